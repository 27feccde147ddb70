// Plain calendar dates as ISO strings ('2027-03-31'). Arithmetic runs on whole days through
// Date.UTC, which never sees a time zone or DST, so a date is always a date. ISO strings compare
// correctly with < and >, which keeps sorting and window checks cheap at 20,000 contracts.
import { z } from 'zod'

const DAY_MS = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export type CalendarDate = string

export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)
}

export const CalendarDateSchema = z
  .string()
  .refine(isCalendarDate, { message: 'must be a calendar date as YYYY-MM-DD, for example 2027-03-31' })

function parts(date: CalendarDate): [number, number, number] {
  const m = ISO_DATE.exec(date)
  if (!m) throw new RangeError(`not a calendar date: ${date}`)
  return [Number(m[1]), Number(m[2]), Number(m[3])]
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Days since 1970-01-01; the single numeric form used for day counts. */
export function toDayNumber(date: CalendarDate): number {
  const [y, m, d] = parts(date)
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS)
}

export function fromDayNumber(day: number): CalendarDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

export function fromParts(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days)
}

/** Same day-of-month `months` later, clamped to the month's last day (Jan 31 + 1 → Feb 28/29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = parts(date)
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return fromParts(year, month, Math.min(d, daysInMonth(year, month)))
}

/** b − a in days: positive when b is later. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(b) - toDayNumber(a)
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(date: CalendarDate): number {
  const dow = new Date(toDayNumber(date) * DAY_MS).getUTCDay()
  return dow === 0 ? 7 : dow
}

export function yearOf(date: CalendarDate): number {
  return parts(date)[0]
}

export function monthOf(date: CalendarDate): number {
  return parts(date)[1]
}

export function dayOf(date: CalendarDate): number {
  return parts(date)[2]
}

export function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a < b ? a : b
}

export function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a > b ? a : b
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const

export function weekdayName(date: CalendarDate): string {
  return WEEKDAYS[weekday(date) - 1]!
}
