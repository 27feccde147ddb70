import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { addBusinessMinutes, businessMinutesBetween, type Calendar } from '../../src/domain/business-clock.ts'
import { dueAt } from '../../src/sla/deadlines.ts'

const office: Calendar = { weekdays: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00', holidays: [] }
const withHoliday: Calendar = { ...office, holidays: ['2026-11-30'] }
/** Open every day across the small hours, so a DST change falls inside opening hours. */
const night: Calendar = { weekdays: [1, 2, 3, 4, 5, 6, 7], opens: '00:30', closes: '03:00', holidays: [] }

const at = (s: string) => Temporal.Instant.from(s)

describe('addBusinessMinutes', () => {
  const cases: Array<[string, string, string, number, Calendar, string]> = [
    // [case, zone, start (UTC), minutes, calendar, expected (UTC)]
    [
      'Friday 16:30 + 4h runs over the weekend',
      'Europe/London',
      '2026-11-27T16:30:00Z',
      240,
      office,
      '2026-11-30T12:30:00Z',
    ],
    [
      'a holiday Monday is skipped',
      'Europe/London',
      '2026-11-27T16:30:00Z',
      240,
      withHoliday,
      '2026-12-01T12:30:00Z',
    ],
    [
      'London spring forward (Sun 28 Mar) across the weekend',
      'Europe/London',
      '2027-03-26T16:00:00Z',
      240,
      office,
      '2027-03-29T11:00:00Z',
    ],
    [
      'London fall back (Sun 31 Oct) across the weekend',
      'Europe/London',
      '2027-10-29T15:00:00Z',
      240,
      office,
      '2027-11-01T12:00:00Z',
    ],
    [
      'New York spring forward (Sun 14 Mar)',
      'America/New_York',
      '2027-03-12T21:00:00Z',
      240,
      office,
      '2027-03-15T16:00:00Z',
    ],
    [
      'New York fall back (Sun 7 Nov)',
      'America/New_York',
      '2027-11-05T20:00:00Z',
      240,
      office,
      '2027-11-08T17:00:00Z',
    ],
    [
      'started before opening counts from 09:00',
      'Europe/London',
      '2026-11-25T07:15:00Z',
      30,
      office,
      '2026-11-25T09:30:00Z',
    ],
    [
      'started after closing counts from next opening',
      'Europe/London',
      '2026-11-25T18:00:00Z',
      60,
      office,
      '2026-11-26T10:00:00Z',
    ],
    [
      'a deadline exactly at closing stays that day',
      'Europe/London',
      '2026-11-25T09:00:00Z',
      480,
      office,
      '2026-11-25T17:00:00Z',
    ],
    [
      'started at closing moves to the next day',
      'Europe/London',
      '2026-11-25T17:00:00Z',
      1,
      office,
      '2026-11-26T09:01:00Z',
    ],
    [
      'a short DST day in open hours has 90 real minutes',
      'Europe/London',
      '2027-03-28T00:30:00Z',
      120,
      night,
      '2027-03-29T00:00:00Z',
    ],
    [
      'zero minutes is the start itself',
      'Europe/London',
      '2026-11-28T12:00:00Z',
      0,
      office,
      '2026-11-28T12:00:00Z',
    ],
  ]
  it.each(cases)('%s', (_name, zone, start, minutes, calendar, expected) => {
    expect(addBusinessMinutes(at(start), minutes, calendar, zone).toString()).toBe(expected)
  })
})

describe('businessMinutesBetween', () => {
  const cases: Array<[string, string, string, string, Calendar, number]> = [
    ['over a weekend', 'Europe/London', '2026-11-27T16:30:00Z', '2026-11-30T12:30:00Z', office, 240],
    ['over a holiday', 'Europe/London', '2026-11-27T16:30:00Z', '2026-12-01T12:30:00Z', withHoliday, 240],
    [
      'New York across spring forward',
      'America/New_York',
      '2027-03-12T21:00:00Z',
      '2027-03-15T16:00:00Z',
      office,
      240,
    ],
    ['London across fall back', 'Europe/London', '2027-10-29T15:00:00Z', '2027-11-01T12:00:00Z', office, 240],
    ['before opening to 10:00', 'Europe/London', '2026-11-25T07:00:00Z', '2026-11-25T10:00:00Z', office, 60],
    [
      'a whole weekend is nothing',
      'Europe/London',
      '2026-11-28T08:00:00Z',
      '2026-11-29T20:00:00Z',
      office,
      0,
    ],
    [
      'end before start is nothing',
      'Europe/London',
      '2026-11-25T12:00:00Z',
      '2026-11-25T10:00:00Z',
      office,
      0,
    ],
    [
      'a whole week is five days of 8h',
      'Europe/London',
      '2026-11-23T00:00:00Z',
      '2026-11-30T00:00:00Z',
      office,
      2400,
    ],
    [
      'seconds count as a fraction',
      'Europe/London',
      '2026-11-25T10:00:00Z',
      '2026-11-25T10:00:30Z',
      office,
      0.5,
    ],
  ]
  it.each(cases)('%s', (_name, zone, from, to, calendar, expected) => {
    expect(businessMinutesBetween(at(from), at(to), calendar, zone)).toBe(expected)
  })

  it('is the inverse of addBusinessMinutes', () => {
    for (const minutes of [1, 59, 241, 480, 481, 2400, 5000]) {
      const start = at('2027-03-11T14:17:00Z')
      const due = addBusinessMinutes(start, minutes, office, 'America/New_York')
      expect(businessMinutesBetween(start, due, office, 'America/New_York')).toBe(minutes)
    }
  })
})

describe('dueAt', () => {
  const cases: Array<[string, string, string, string, '24x7' | 'business', string]> = [
    [
      '24x7 is real elapsed time over London spring forward',
      'Europe/London',
      '2027-03-27T23:00:00Z',
      '4h',
      '24x7',
      '2027-03-28T03:00:00Z',
    ],
    [
      '24x7 over New York fall back',
      'America/New_York',
      '2027-11-07T03:00:00Z',
      '4h',
      '24x7',
      '2027-11-07T07:00:00Z',
    ],
    ['24x7 days are 24 hours', 'Europe/London', '2026-11-27T16:30:00Z', '2d', '24x7', '2026-11-29T16:30:00Z'],
    [
      'business days are 8 business hours',
      'Europe/London',
      '2026-11-27T16:30:00Z',
      '2d',
      'business',
      '2026-12-01T16:30:00Z',
    ],
    ['business minutes', 'Europe/London', '2026-11-27T16:30:00Z', '45m', 'business', '2026-11-30T09:15:00Z'],
  ]
  it.each(cases)('%s', (_name, zone, start, duration, hours, expected) => {
    expect(dueAt(at(start), duration, hours, office, zone).toString()).toBe(expected)
  })

  it('a business day follows the calendar length', () => {
    const short: Calendar = { ...office, opens: '10:00', closes: '14:00' }
    expect(dueAt(at('2026-11-25T10:00:00Z'), '1d', 'business', short, 'UTC').toString()).toBe(
      '2026-11-25T14:00:00Z',
    )
  })
})
