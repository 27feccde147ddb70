import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { UserError } from '../../src/errors/errors.ts'
import { readAddArgs, readDoneArgs, readKindOnly } from '../../src/risk/risk-args.ts'

const now = Temporal.Instant.from('2026-11-25T10:00:00Z')
const g = { form: 'FORM', example: 'EXAMPLE' }

describe('readDoneArgs', () => {
  it.each([
    ['soc2', { kind: 'soc2', date: null, note: '' }],
    ['soc2 report received', { kind: 'soc2', date: null, note: 'report received' }],
    ['SOC 2 on 2026-11-20 Type II report', { kind: 'soc2', date: '2026-11-20', note: 'Type II report' }],
    ['soc-2 --on 2026-11-20', { kind: 'soc2', date: '2026-11-20', note: '' }],
    ['soc2 portal copy --on 2026-11-20', { kind: 'soc2', date: '2026-11-20', note: 'portal copy' }],
    ['soc2 --on=2026-11-20 portal', { kind: 'soc2', date: '2026-11-20', note: 'portal' }],
    [
      'adverse media on November 3 nothing found',
      { kind: 'adverse_media', date: '2026-11-03', note: 'nothing found' },
    ],
    ['insurance certificate on yesterday', { kind: 'insurance', date: '2026-11-24', note: '' }],
    ['pentest "all clear, see ticket 42"', { kind: 'pentest', date: null, note: 'all clear, see ticket 42' }],
  ])('%s', (rest, expected) => {
    expect(readDoneArgs(rest, now, 'UTC', g)).toEqual(expected)
  })

  it('reads "yesterday" in the organisation zone', () => {
    // 10:00 UTC on 25 Nov is already 26 Nov in Kiritimati (UTC+14)
    expect(readDoneArgs('soc2 on yesterday', now, 'Pacific/Kiritimati', g).date).toBe('2026-11-25')
  })

  it.each([
    ['', /Name the check/],
    ['on 2026-11-20', /"on" is not a check kind/],
    ['soc2 on the vendor portal', /"the vendor portal" after on is not a date/],
    ['soc2 --on', /--on needs a date/],
    ['#!', /"#!" is not a check kind/],
  ])('rejects %j', (rest, message) => {
    expect(() => readDoneArgs(rest, now, 'UTC', g)).toThrow(UserError)
    expect(() => readDoneArgs(rest, now, 'UTC', g)).toThrow(message)
  })
})

describe('readAddArgs', () => {
  it.each([
    ['pentest', { kind: 'pentest', cadenceDays: null }],
    ['pentest every 30 days', { kind: 'pentest', cadenceDays: 30 }],
    ['SOC 2 every 1 day', { kind: 'soc2', cadenceDays: 1 }],
    ['financial every 3650 days', { kind: 'financial', cadenceDays: 3650 }],
  ])('%s', (rest, expected) => {
    expect(readAddArgs(rest, g)).toEqual(expected)
  })

  it.each([
    ['pentest every 0 days', /every 0 days is not a cadence/],
    ['pentest every 4000 days', /between 1 and 3650/],
    ['pentest every month', /give the cadence as every <n> days/],
    ['pen test', /"test"/],
    ['every 30 days', /"every" is not a check kind/],
  ])('rejects %j', (rest, message) => {
    expect(() => readAddArgs(rest, g)).toThrow(message)
  })
})

describe('readKindOnly', () => {
  it('takes one kind and nothing else', () => {
    expect(readKindOnly('adverse media', g)).toBe('adverse_media')
    expect(() => readKindOnly('soc2 extra', g)).toThrow(/"extra"/)
  })
})
