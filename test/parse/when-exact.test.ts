// The exact fast path must give the instant chrono gives, form by form, in the organisation's zone,
// on and around DST changes: a time that moved by an hour would store a wrong incident silently.
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { chronoWhen, parseWhen } from '../../src/parse/when.ts'
import { exactWhen } from '../../src/parse/when-exact.ts'

/** Where and when the line is typed: around both 2026 New York changes, and a few other zones. */
const MOMENTS: [zone: string, now: string][] = [
  // spring forward, 2026-03-08 07:00 UTC: 01:30 EST before, 03:30 EDT after, afternoon, next night
  ['America/New_York', '2026-03-08T06:30:00Z'],
  ['America/New_York', '2026-03-08T07:30:00Z'],
  ['America/New_York', '2026-03-08T18:00:00Z'],
  ['America/New_York', '2026-03-09T05:30:00Z'],
  // fall back, 2026-11-01 06:00 UTC: the first 01:30 (EDT), the second (EST), afternoon, next day
  ['America/New_York', '2026-11-01T05:30:00Z'],
  ['America/New_York', '2026-11-01T06:30:00Z'],
  ['America/New_York', '2026-11-01T18:00:00Z'],
  ['America/New_York', '2026-11-02T04:30:00Z'],
  ['America/New_York', '2026-11-25T10:00:00Z'],
  ['Europe/London', '2026-03-29T10:00:00Z'],
  ['Asia/Kolkata', '2026-11-25T20:00:00Z'],
  ['Pacific/Kiritimati', '2027-01-15T12:00:00Z'],
  ['UTC', '2026-11-25T10:00:00Z'],
]

/** Every form the fast path reads (docs/sla.md's `<when>` forms and those the tests type). */
const EXACT = [
  'now',
  'NOW',
  '1m ago',
  '10m ago',
  '10m  ago',
  '10 min ago',
  '45 mins ago',
  '30 minutes ago',
  '1 minute ago',
  '5 s ago',
  '90 sec ago',
  '1 second ago',
  '20 seconds ago',
  '2h ago',
  '2 h ago',
  '1 hr ago',
  '3 hrs ago',
  '1 hour ago',
  '2 hours ago',
  '26 hours ago',
  '9:05',
  '09:05',
  '0:30',
  '00:30',
  '1:30',
  '2:30',
  '12:00',
  '23:59',
  '9:05:30',
  '3pm',
  '3 pm',
  '3PM',
  '9am',
  '12am',
  '12pm',
  '12:30am',
  '9:05am',
  '11:59pm',
  '9:05:30pm',
  '1:30am',
  '2:30am',
  'at 8:30',
  'at 3pm',
  'today 9:05',
  'today at 9:05',
  'yesterday 3pm',
  'Yesterday 1:30am',
  'yesterday 2:30',
  'yesterday at 3pm',
  'yesterday 23:30',
  '2026-11-24 14:00',
  '2026-11-24T14:00',
  '2026-11-24T14:00:45',
  '2026-03-08T02:30',
  '2026-03-08 01:59',
  '2026-11-01T01:30',
  '2026-11-01 01:30:15',
  '2027-03-31T14:05Z',
  '2027-03-31t14:05z',
  '2027-03-31T14:05+02:00',
  '2027-03-31T14:05-05:00',
  '2027-03-31T14:05+05:30',
]

/** Forms the fast path leaves to chrono: what chrono makes of them (often nothing) must stay. */
const LEFT_TO_CHRONO = [
  '25:99',
  '24:00',
  '9',
  'at 9',
  '13pm',
  '0am',
  '9.05',
  '9::30',
  '10 secs ago',
  '2 days ago',
  'an hour ago',
  '1.5h ago',
  'yesterday',
  'tomorrow 9am',
  'March 31',
  'soon 9:05',
  'printer down',
  '2026-02-30T10:00',
  '2026-11-24 14:00Z',
  '2026-11-24 14:00+02:00',
  '2027-03-31T14:05-00:30',
]

const show = (i: Temporal.Instant | null | undefined) => i?.toString() ?? null

describe('exactWhen', () => {
  describe.each(MOMENTS)('in %s at %s', (zone, nowText) => {
    const now = Temporal.Instant.from(nowText)
    it.each(EXACT)('reads %j as chrono does', (text) => {
      const exact = exactWhen(text, now, zone)
      expect(exact, 'the fast path reads it').toBeDefined()
      expect(show(exact)).toBe(show(chronoWhen(text, now, zone)))
      expect(show(parseWhen(text, now, zone))).toBe(show(exact))
    })
    it.each(LEFT_TO_CHRONO)('leaves %j to chrono', (text) => {
      expect(exactWhen(text, now, zone)).toBeUndefined()
      expect(show(parseWhen(text, now, zone))).toBe(show(chronoWhen(text, now, zone)))
    })
  })

  it('keeps wall-clock times on each side of the New York changes at their own offsets', () => {
    const at = (text: string, now: string) =>
      show(exactWhen(text, Temporal.Instant.from(now), 'America/New_York'))
    // 02:30 does not exist on 2026-03-08: the later valid time, 03:30 EDT
    expect(at('2:30', '2026-03-08T18:00:00Z')).toBe('2026-03-08T07:30:00Z')
    expect(at('1:30', '2026-03-08T18:00:00Z')).toBe('2026-03-08T06:30:00Z')
    // 01:30 happens twice on 2026-11-01: the earlier (EDT), even when typed during the second
    expect(at('1:30', '2026-11-01T06:30:00Z')).toBe('2026-11-01T05:30:00Z')
    expect(at('yesterday 3pm', '2026-11-02T12:00:00Z')).toBe('2026-11-01T20:00:00Z')
    // 23:30 EST on the 1st is the 2nd in UTC: yesterday is still the 31st
    expect(at('yesterday 3pm', '2026-11-02T04:30:00Z')).toBe('2026-10-31T19:00:00Z')
    // durations are elapsed time: 2h before 03:30 EDT is 00:30 EST
    expect(at('2h ago', '2026-03-08T07:30:00Z')).toBe('2026-03-08T05:30:00Z')
  })
})
