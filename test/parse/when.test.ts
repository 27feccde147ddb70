import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { parseWhen } from '../../src/parse/when.ts'

function at(text: string, now: string, zone: string): string | undefined {
  return parseWhen(text, Temporal.Instant.from(now), zone)?.toString()
}

describe('parseWhen', () => {
  it.each([
    // Europe/London in winter (UTC+0) and summer (UTC+1)
    ['9:05', '2027-01-15T12:00:00Z', 'Europe/London', '2027-01-15T09:05:00Z'],
    ['9:05', '2027-07-15T12:00:00Z', 'Europe/London', '2027-07-15T08:05:00Z'],
    ['2h ago', '2027-07-15T12:00:00Z', 'Europe/London', '2027-07-15T10:00:00Z'],
    ['2027-03-31T14:05', '2027-01-15T12:00:00Z', 'Europe/London', '2027-03-31T13:05:00Z'],
    ['2027-03-31T14:05Z', '2027-01-15T12:00:00Z', 'Europe/London', '2027-03-31T14:05:00Z'],
    ['2027-03-31T14:05+02:00', '2027-01-15T12:00:00Z', 'Europe/London', '2027-03-31T12:05:00Z'],
    ['yesterday 3pm', '2027-01-15T12:00:00Z', 'America/New_York', '2027-01-14T20:00:00Z'],
    ['at 8:30', '2027-01-15T12:00:00Z', 'America/New_York', '2027-01-15T13:30:00Z'],
    // a time with no date is today's in the zone, not in UTC: 01:00 UTC is still the 14th in New York
    ['9:05', '2027-01-15T01:00:00Z', 'America/New_York', '2027-01-14T14:05:00Z'],
    // zones either side of the date line
    ['9:05', '2027-01-15T12:00:00Z', 'Pacific/Kiritimati', '2027-01-15T19:05:00Z'],
    ['9:05', '2027-01-15T12:00:00Z', 'Pacific/Pago_Pago', '2027-01-15T20:05:00Z'],
  ])('%s at %s in %s is %s', (text, now, zone, expected) => {
    expect(at(text, now, zone)).toBe(expected)
  })

  it('reads March 31 as that date in the zone', () => {
    const r = parseWhen('March 31', Temporal.Instant.from('2027-01-15T12:00:00Z'), 'Europe/London')!
    expect(r.toZonedDateTimeISO('Europe/London').toPlainDate().toString()).toBe('2027-03-31')
  })

  describe('on DST change days', () => {
    // Europe/London springs forward on 2026-03-29 at 01:00 UTC and falls back on 2026-10-25.
    it('puts yesterday 3pm at yesterday’s offset after spring forward', () => {
      expect(at('yesterday 3pm', '2026-03-29T10:00:00Z', 'Europe/London')).toBe('2026-03-28T15:00:00Z')
    })
    it('puts a morning time before the change at the old offset', () => {
      expect(at('00:30', '2026-03-29T10:00:00Z', 'Europe/London')).toBe('2026-03-29T00:30:00Z')
      expect(at('9:05', '2026-03-29T10:00:00Z', 'Europe/London')).toBe('2026-03-29T08:05:00Z')
    })
    it('counts "2h ago" in real elapsed time across the change', () => {
      expect(at('2h ago', '2026-03-29T02:30:00Z', 'Europe/London')).toBe('2026-03-29T00:30:00Z')
    })
    it('handles spring in New York (springs forward on 2026-03-08 at 07:00 UTC)', () => {
      expect(at('yesterday 3pm', '2026-03-08T18:00:00Z', 'America/New_York')).toBe('2026-03-07T20:00:00Z')
      expect(at('1:30', '2026-03-08T18:00:00Z', 'America/New_York')).toBe('2026-03-08T06:30:00Z')
      // 02:30 does not exist that day: the later valid time is taken
      expect(at('2:30', '2026-03-08T18:00:00Z', 'America/New_York')).toBe('2026-03-08T07:30:00Z')
    })
    it('handles autumn in New York (falls back on 2026-11-01 at 06:00 UTC)', () => {
      expect(at('yesterday 3pm', '2026-11-01T18:00:00Z', 'America/New_York')).toBe('2026-10-31T19:00:00Z')
      expect(at('3pm', '2026-11-01T18:00:00Z', 'America/New_York')).toBe('2026-11-01T20:00:00Z')
      expect(at('2026-10-25T09:00', '2026-11-01T18:00:00Z', 'Europe/London')).toBe('2026-10-25T09:00:00Z')
      expect(at('2026-10-24T09:00', '2026-11-01T18:00:00Z', 'Europe/London')).toBe('2026-10-24T08:00:00Z')
    })
  })

  it.each(['', 'soon', 'printer down', 'soon 9:05'])('returns null for %j', (text) => {
    expect(at(text, '2027-01-15T12:00:00Z', 'UTC')).toBeUndefined()
  })
})
