// The one calendar module: plain calendar dates as ISO strings ('2027-03-31'), which compare
// correctly with < and >. Month, week and unit arithmetic runs on Temporal.PlainDate, which never
// sees a time zone or DST. Day counts run on integer day numbers (days since 1970-01-01) because
// sweeps, `risk due`, renewals and the agenda convert tens of thousands of dates per call.
import { Temporal } from 'temporal-polyfill'
import { z } from 'zod'

const DAY_MS = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export type CalendarDate = string

export type Unit = 'week' | 'month' | 'quarter' | 'year'

export interface Range {
  from: CalendarDate
  to: CalendarDate
}

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

function plain(date: CalendarDate): Temporal.PlainDate {
  return Temporal.PlainDate.from(date)
}

// Proleptic Gregorian, as Temporal: integer arithmetic because store validation and term loops
// ask for it per record.
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** Days since 1970-01-01; the single numeric form used for day counts. */
export function toDayNumber(date: CalendarDate): number {
  // The common form is read with integer arithmetic (same results as Date.UTC, rolled-over days
  // included). Years below 100 take the Date path, which reads them as 19xx, so results never differ.
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

// Howard Hinnant's civil-date algorithms (days since 1970-01-01 <-> proleptic Gregorian dates),
// exported for the contract term arithmetic, which works in day numbers.
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
  return plain(date).add({ months }).toString()
}

/** b − a in days: positive when b is later. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(b) - toDayNumber(a)
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(date: CalendarDate): number {
  return plain(date).dayOfWeek
}

/** ISO weekday of a day number, for loops over days: 1970-01-01 was a Thursday (4). */
export function weekdayOfDay(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1
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

export function mondayOf(date: CalendarDate): CalendarDate {
  return addDays(date, 1 - weekday(date))
}

/** ISO 8601 week label ('2027-W03'): the week-numbering year can differ from the date's year. */
export function isoWeek(date: CalendarDate): string {
  const d = plain(date)
  return `${d.yearOfWeek}-W${String(d.weekOfYear).padStart(2, '0')}`
}

/** The calendar unit (weeks run Monday..Sunday) containing `date`, for windows and periods. */
export function unitOf(unit: Unit, date: CalendarDate): Range {
  const d = plain(date)
  switch (unit) {
    case 'week': {
      const monday = mondayOf(date)
      return { from: monday, to: addDays(monday, 6) }
    }
    case 'month':
      return spanOf(d.with({ day: 1 }), 1)
    case 'quarter':
      return spanOf(d.with({ month: d.month - ((d.month - 1) % 3), day: 1 }), 3)
    case 'year':
      return spanOf(d.with({ month: 1, day: 1 }), 12)
  }
}

/** `months` whole months from a first day. */
function spanOf(first: Temporal.PlainDate, months: number): Range {
  return { from: first.toString(), to: first.add({ months }).subtract({ days: 1 }).toString() }
}

/** The unit `steps` units after (or before, when negative) the one containing `date`. */
export function shiftUnit(unit: Unit, date: CalendarDate, steps: number): Range {
  const { from } = unitOf(unit, date)
  if (unit === 'week') return unitOf(unit, addDays(from, 7 * steps))
  const months = unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12
  return unitOf(unit, addMonths(from, months * steps))
}
