// SLA clocks measured in business hours: only the open hours of a calendar count. Each local day
// of the calendar opens and closes on the organisation's wall clock (DST included, through
// Temporal); between those two instants real time runs, so a day on which the clocks change is
// as long as it really is.
import type { Temporal } from 'temporal-polyfill'
import { fromDayNumber, toDayNumber, weekdayOfDay } from '../time/calendar-date.ts'
import { instantAt, localDate } from '../time/zone.ts'
import { boundedMemo } from './bounded-memo.ts'
import type { BusinessCalendar } from './business-calendar.ts'
import { localDayNumber } from './local-day.ts'

const MINUTE_MS = 60_000
/** Ten years of days: a calendar that never opens again is a configuration error, not a hang. */
const MAX_DAYS = 3660

export type Calendar = Pick<BusinessCalendar, 'weekdays' | 'opens' | 'closes' | 'holidays'>

/**
 * Opening and closing instants of a local day (days since 1970-01-01), memoised: `sla open` and
 * the agenda judge many incidents against the same few calendars, and a long-open incident spans
 * many days. Days are walked as numbers; only a cache miss goes through Temporal.
 */
const hoursCache = boundedMemo<[number, number]>(100_000)

function openingHours(day: number, calendar: Calendar, zone: string): [number, number] {
  return hoursCache.get(`${zone}|${calendar.opens}|${calendar.closes}|${day}`, () => {
    const date = fromDayNumber(day)
    return [
      instantAt(date, calendar.opens, zone).epochMilliseconds,
      instantAt(date, calendar.closes, zone).epochMilliseconds,
    ]
  })
}

function openOn(day: number, calendar: Calendar, zone: string): [number, number] | null {
  if (!calendar.weekdays.includes(weekdayOfDay(day))) return null
  if (calendar.holidays.length > 0 && calendar.holidays.includes(fromDayNumber(day))) return null
  return openingHours(day, calendar, zone)
}

/** Minutes in one business day of the calendar (closes − opens on the wall clock; 480 by default). */
export function businessDayMinutes(calendar: Calendar): number {
  const [oh, om] = calendar.opens.split(':').map(Number) as [number, number]
  const [ch, cm] = calendar.closes.split(':').map(Number) as [number, number]
  return ch * 60 + cm - (oh * 60 + om)
}

/**
 * The instant `minutes` business minutes after `start`. Time before opening, after closing, on
 * closed weekdays and on holidays does not count; a deadline that falls exactly at closing time
 * stays on that day.
 */
export function addBusinessMinutes(
  start: Temporal.Instant,
  minutes: number,
  calendar: Calendar,
  zone: string,
): Temporal.Instant {
  if (minutes <= 0) return start
  let remaining = minutes * MINUTE_MS
  const from = start.epochMilliseconds
  const first = localDayNumber(from, zone)
  for (let day = first; day < first + MAX_DAYS; day++) {
    const open = openOn(day, calendar, zone)
    if (!open) continue
    const begin = Math.max(from, open[0])
    if (begin >= open[1]) continue
    const available = open[1] - begin
    if (remaining <= available) return start.add({ milliseconds: begin + remaining - from })
    remaining -= available
  }
  throw new RangeError(`the business calendar has no open hours within ${MAX_DAYS} days`)
}

/** Business minutes between two instants (0 when `to` is not after `from`); may be fractional. */
export function businessMinutesBetween(
  from: Temporal.Instant,
  to: Temporal.Instant,
  calendar: Calendar,
  zone: string,
): number {
  const a = from.epochMilliseconds
  const b = to.epochMilliseconds
  if (b <= a) return 0
  return businessMinutesInDays(
    a,
    b,
    toDayNumber(localDate(from, zone)),
    toDayNumber(localDate(to, zone)),
    calendar,
    zone,
  )
}

/**
 * businessMinutesBetween in epoch milliseconds, given the local days (day numbers) of `a` and `b`:
 * a caller judging many incidents at one instant converts that instant's day once, and each due
 * time's once, instead of two Temporal conversions per incident per request.
 */
export function businessMinutesInDays(
  a: number,
  b: number,
  firstDay: number,
  lastDay: number,
  calendar: Calendar,
  zone: string,
): number {
  if (b <= a) return 0
  let total = 0
  for (let day = firstDay; day <= lastDay; day++) {
    const open = openOn(day, calendar, zone)
    if (!open) continue
    const overlap = Math.min(b, open[1]) - Math.max(a, open[0])
    if (overlap > 0) total += overlap
  }
  return total / MINUTE_MS
}
