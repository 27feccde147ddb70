// The month an incident or outage counts in is the organisation's, not UTC's: the fast month lookup
// (a remembered midnight per month, not a zone conversion per instant) must agree with Temporal.
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { monthOfInstant, monthsBetween } from '../../src/sla/credit-months.ts'
import { localDate } from '../../src/time/zone.ts'

describe('monthOfInstant', () => {
  it('puts instants near a month boundary in the zone’s month, on both sides of UTC', () => {
    expect(monthOfInstant('2026-09-30T23:30:00Z', 'Europe/London')).toBe('2026-10') // 00:30 BST
    expect(monthOfInstant('2026-10-31T23:30:00Z', 'Europe/London')).toBe('2026-10') // GMT again
    expect(monthOfInstant('2026-11-30T11:00:00Z', 'Pacific/Auckland')).toBe('2026-12') // 00:00 NZDT
    expect(monthOfInstant('2026-11-30T10:59:59Z', 'Pacific/Auckland')).toBe('2026-11')
    expect(monthOfInstant('2027-01-01T03:00:00Z', 'America/New_York')).toBe('2026-12') // New Year's Eve
    expect(monthOfInstant('2026-12-31T23:59:59Z', 'UTC')).toBe('2026-12')
  })

  it('agrees with a zone conversion for every hour of two years in three zones', () => {
    const start = Temporal.Instant.from('2026-01-01T00:00:00Z').epochMilliseconds
    for (const zone of ['Europe/London', 'Pacific/Chatham', 'America/St_Johns']) {
      for (let h = 0; h < 2 * 366 * 24; h += 7) {
        const instant = Temporal.Instant.fromEpochMilliseconds(start + h * 3_600_000)
        expect(monthOfInstant(instant.toString(), zone)).toBe(localDate(instant, zone).slice(0, 7))
      }
    }
  })
})

describe('monthsBetween', () => {
  it('lists the months from one date to another across a year end', () => {
    expect(monthsBetween('2026-11-15', '2027-02-01')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02'])
    expect(monthsBetween('2026-11', '2026-11')).toEqual(['2026-11'])
  })
})
