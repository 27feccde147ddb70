import { describe, expect, it } from 'vitest'
import {
  FieldError,
  parseAliases,
  parseContractKind,
  parseContractStatus,
  parseCurrency,
  parseDateTime,
  parseEmail,
  parseIsoDate,
  parseMoney,
  parsePercent,
  parseTier,
  parseWholeNumber,
  parseYesNo,
  sameAmount,
} from '../../src/parse/fields.ts'

const ok: [string, () => unknown, unknown][] = [
  ['yes', () => parseYesNo(' Yes '), true],
  ['no', () => parseYesNo('false'), false],
  ['currency lower case', () => parseCurrency('eur'), 'EUR'],
  ['amount with commas', () => parseMoney('1,499.5', 'USD'), '1499.50'],
  ['whole amount', () => parseMoney('207000', 'USD'), '207000.00'],
  ['yen has no decimals', () => parseMoney('120000', 'JPY'), '120000'],
  ['dinar has three', () => parseMoney('1.234', 'BHD'), '1.234'],
  ['date', () => parseIsoDate('2028-02-29'), '2028-02-29'],
  ['date-time in zone', () => parseDateTime('2027-03-31T14:05', 'Europe/London'), '2027-03-31T13:05:00Z'],
  ['date-time with offset', () => parseDateTime('2027-03-31T14:05+02:00', 'UTC'), '2027-03-31T12:05:00Z'],
  ['whole number', () => parseWholeNumber('0'), 0],
  ['tier', () => parseTier('HIGH'), 'high'],
  ['kind', () => parseContractKind('SaaS'), 'saas'],
  ['American spelling', () => parseContractKind('license'), 'licence'],
  ['email', () => parseEmail(' a@b.example '), 'a@b.example'],
  ['aliases', () => parseAliases('Contoso; CTS;;contoso ;'), ['Contoso', 'CTS']],
  ['percent sign', () => parsePercent('5%'), '5'],
  ['percent decimal', () => parsePercent('2.5'), '2.5'],
  ['status empty', () => parseContractStatus(''), 'active'],
  ['status ended', () => parseContractStatus('Ended'), 'ended'],
]

const bad: [string, () => unknown, string][] = [
  ['maybe', () => parseYesNo('maybe'), 'not yes or no'],
  ['currency', () => parseCurrency('XYZ1'), 'ISO 4217'],
  ['three decimals in USD', () => parseMoney('12.345', 'USD'), 'has 3 decimals; USD amounts have at most 2'],
  ['decimals in JPY', () => parseMoney('10.5', 'JPY'), 'at most 0'],
  ['not an amount', () => parseMoney('ten', 'USD'), 'not an amount'],
  ['negative', () => parseMoney('-5', 'USD'), 'not an amount'],
  ['impossible date', () => parseIsoDate('2027-02-29'), 'YYYY-MM-DD'],
  ['date-time without time', () => parseDateTime('2027-03-31', 'UTC'), 'date and time'],
  ['negative number', () => parseWholeNumber('-1'), 'whole number'],
  ['too large', () => parseWholeNumber('200', { max: 120 }), 'the most is 120'],
  ['tier', () => parseTier('urgent'), 'critical, high, medium, low'],
  ['kind', () => parseContractKind('lease'), 'licence, saas'],
  ['email', () => parseEmail('nobody'), 'email'],
  ['percent', () => parsePercent('150'), 'from 0 to 100'],
  ['status', () => parseContractStatus('paused'), 'active or ended'],
]

describe('field parsers', () => {
  it.each(ok)('%s', (_name, run, expected) => {
    expect(run()).toEqual(expected)
  })

  it.each(bad)('rejects %s', (_name, run, message) => {
    expect(run).toThrow(FieldError)
    expect(run).toThrow(message)
  })

  it('compares amounts by value', () => {
    expect(sameAmount('207000', '207000.00', 'USD')).toBe(true)
    expect(sameAmount('207000', '207000.01', 'USD')).toBe(false)
    expect(sameAmount(null, null, 'USD')).toBe(true)
    expect(sameAmount(null, '1', 'USD')).toBe(false)
  })
})
