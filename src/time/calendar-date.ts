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
  // Sweeps, `risk due` and the agenda convert tens of thousands of dates per call: the common
  // form is read with integer arithmetic (same results as Date.UTC, rolled-over days included).
  // Years below 100 take the Date path, which reads them as 19xx, so results never differ.
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const y = digits(date, 0, 4)
    const m = digits(date, 5, 7)
    const d = digits(date, 8, 10)
    if (y >= 100 && m >= 1 && m <= 12 && d >= 0) return daysFromCivil(y, m, d)
  }
  const [y, m, d] = parts(date)
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS)
}

export function fromDayNumber(day: number): CalendarDate {
  if (Number.isInteger(day) && day >= MIN_FAST_DAY && day <= MAX_FAST_DAY) {
    const [y, m, d] = civilFromDays(day)
    return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`
  }
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/** The non-negative integer written in date[from..to), or -1 if a character is not a digit. */
function digits(date: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) {
    const c = date.charCodeAt(i) - 48
    if (c < 0 || c > 9) return -1
    n = n * 10 + c
  }
  return n
}

// Howard Hinnant's civil-date algorithms (days since 1970-01-01 <-> proleptic Gregorian dates).
// Exported for the contract term arithmetic (src/time/day-math.ts), which works in numbers.
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468
}

/** Day numbers of 1000-01-01 and 9999-12-31: four-digit years, formatted without Date. */
const MIN_FAST_DAY = -354285
const MAX_FAST_DAY = 2932896

/** [year, month, day] of a day number. */
export function civilFromDays(n: number): [number, number, number] {
  const z = n + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d]
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
