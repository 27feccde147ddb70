import { describe, expect, it } from 'vitest'
import { formatPercent, monthCredit } from '../../src/domain/credit.ts'

describe('monthCredit', () => {
  const cases: Array<[string, number, string, string | null, string, string, string, string]> = [
    // [case, breaches, percent, cap, fee, currency, minor units owed, working]
    [
      'under the cap',
      2,
      '5',
      '20',
      '10000.00',
      'USD',
      '100000',
      '2 breaches × 5% = 10%; 10% of 10,000.00 USD = 1,000.00 USD',
    ],
    [
      'the cap applies',
      5,
      '5',
      '15',
      '10000.00',
      'USD',
      '150000',
      '5 breaches × 5% = 25%, capped at 15%; 15% of 10,000.00 USD = 1,500.00 USD',
    ],
    [
      'exactly at the cap is not capped',
      3,
      '5',
      '15',
      '10000.00',
      'EUR',
      '150000',
      '3 breaches × 5% = 15%; 15% of 10,000.00 EUR = 1,500.00 EUR',
    ],
    [
      'no cap',
      1,
      '2.5',
      null,
      '999.99',
      'GBP',
      '2500',
      '1 breach × 2.5% = 2.5%; 2.5% of 999.99 GBP = 25.00 GBP',
    ],
    [
      'rounds half-up to the minor unit',
      1,
      '2.5',
      null,
      '0.20',
      'USD',
      '1',
      '1 breach × 2.5% = 2.5%; 2.5% of 0.20 USD = 0.01 USD',
    ],
    [
      'zero-decimal currency',
      3,
      '1.5',
      '10',
      '12345',
      'JPY',
      '556',
      '3 breaches × 1.5% = 4.5%; 4.5% of 12,345 JPY = 556 JPY',
    ],
    [
      'no breaches owe nothing',
      0,
      '5',
      '20',
      '10000.00',
      'USD',
      '0',
      '0 breaches × 5% = 0%; 0% of 10,000.00 USD = 0.00 USD',
    ],
  ]
  it.each(cases)('%s', (_name, breaches, percent, cap, fee, currency, minor, working) => {
    const credit = monthCredit(breaches, {
      monthlyFee: fee,
      percentPerBreach: percent,
      capPercent: cap,
      currency,
    })
    expect(credit.minor).toBe(BigInt(minor))
    expect(credit.working).toBe(working)
  })

  it('formats percents without trailing zeros', () => {
    expect(formatPercent('50')).toBe('50%')
    expect(formatPercent('2.50')).toBe('2.5%')
  })
})
