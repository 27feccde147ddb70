import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { cadenceOf, checkStatus, defaultCadence, nextDue } from '../../src/domain/due-date.ts'
import { localDate } from '../../src/time/zone.ts'

describe('defaultCadence', () => {
  it.each([
    ['critical', 90],
    ['high', 180],
    ['medium', 365],
    ['low', 730],
  ] as const)('%s → %i days', (tier, days) => {
    expect(defaultCadence(tier)).toBe(days)
  })
})

describe('nextDue', () => {
  const base = { cadenceDays: null, lastDone: null, addedOn: '2026-03-10' }
  it.each([
    // [case, check fields, tier, expected next due]
    ['never done: due on the day it was added', {}, 'high', '2026-03-10'],
    ['tier default, critical 90 days', { lastDone: '2026-01-01' }, 'critical', '2026-04-01'],
    ['tier default, high 180 days', { lastDone: '2026-01-01' }, 'high', '2026-06-30'],
    ['tier default, medium 365 days', { lastDone: '2026-01-01' }, 'medium', '2027-01-01'],
    ['tier default, low 730 days', { lastDone: '2026-01-01' }, 'low', '2028-01-01'],
    ['own cadence wins over the tier', { lastDone: '2026-01-01', cadenceDays: 30 }, 'low', '2026-01-31'],
    ['done late counts from the day done', { lastDone: '2026-05-20' }, 'critical', '2026-08-18'],
    ['done early counts from the day done', { lastDone: '2025-12-01' }, 'critical', '2026-03-01'],
    ['across 29 February (leap year)', { lastDone: '2028-02-01', cadenceDays: 30 }, 'low', '2028-03-02'],
    ['across February (common year)', { lastDone: '2027-02-01', cadenceDays: 30 }, 'low', '2027-03-03'],
    ['done on 29 February', { lastDone: '2028-02-29' }, 'medium', '2029-02-28'],
    ['landing on 29 February', { lastDone: '2027-12-01', cadenceDays: 90 }, 'low', '2028-02-29'],
    ['year end', { lastDone: '2026-12-31', cadenceDays: 1 }, 'low', '2027-01-01'],
  ] as const)('%s', (_, fields, tier, expected) => {
    expect(nextDue({ ...base, ...fields }, { tier })).toBe(expected)
  })

  it('a cadence change recomputes from the last-done date', () => {
    const check = { ...base, lastDone: '2026-01-01', cadenceDays: 90 as number | null }
    expect(nextDue(check, { tier: 'low' })).toBe('2026-04-01')
    check.cadenceDays = 180
    expect(nextDue(check, { tier: 'low' })).toBe('2026-06-30')
    check.cadenceDays = null
    expect(nextDue(check, { tier: 'low' })).toBe('2028-01-01')
  })

  it('a tier change recomputes a check on the tier default, not one with its own cadence', () => {
    const onDefault = { ...base, lastDone: '2026-01-01' }
    const own = { ...base, lastDone: '2026-01-01', cadenceDays: 60 }
    expect(nextDue(onDefault, { tier: 'medium' })).toBe('2027-01-01')
    expect(nextDue(onDefault, { tier: 'critical' })).toBe('2026-04-01')
    expect(nextDue(own, { tier: 'medium' })).toBe('2026-03-02')
    expect(nextDue(own, { tier: 'critical' })).toBe('2026-03-02')
  })

  it('cadenceOf falls back to the tier', () => {
    expect(cadenceOf({ cadenceDays: null }, { tier: 'high' })).toBe(180)
    expect(cadenceOf({ cadenceDays: 7 }, { tier: 'high' })).toBe(7)
  })
})

describe('checkStatus', () => {
  const check = { cadenceDays: 90, lastDone: '2026-01-01', addedOn: '2025-12-01' }
  it.each([
    ['2026-03-20', 12, false],
    ['2026-03-31', 1, false],
    ['2026-04-01', 0, false],
    ['2026-04-02', -1, true],
    ['2026-04-17', -16, true],
  ] as const)('on %s: %i days left, overdue %s', (today, daysLeft, overdue) => {
    const s = checkStatus(check, { tier: 'low' }, today)
    expect(s).toEqual({ due: '2026-04-01', daysLeft, overdue, neverDone: false })
  })

  it('never done is due on its added date and says so', () => {
    const s = checkStatus({ ...check, lastDone: null }, { tier: 'low' }, '2025-12-05')
    expect(s).toEqual({ due: '2025-12-01', daysLeft: -4, overdue: true, neverDone: true })
  })

  // "Today" is the date in TICKLER_TIMEZONE, not the machine's UTC date.
  it.each([
    ['UTC', '2026-03-31T23:30:00Z', 1, false],
    ['Pacific/Auckland', '2026-03-31T23:30:00Z', 0, false], // already 1 April there
    ['Pacific/Kiritimati', '2026-04-01T11:00:00Z', -1, true], // UTC+14: 2 April
    ['America/Los_Angeles', '2026-04-02T05:00:00Z', 0, false], // still 1 April there
    ['Pacific/Pago_Pago', '2026-04-02T10:59:00Z', 0, false], // UTC−11: 23:59 on 1 April
  ] as const)('in %s at %s: %i days left', (zone, instant, daysLeft, overdue) => {
    const today = localDate(Temporal.Instant.from(instant), zone)
    const s = checkStatus(check, { tier: 'low' }, today)
    expect(s.daysLeft).toBe(daysLeft)
    expect(s.overdue).toBe(overdue)
  })
})
