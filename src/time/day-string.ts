// fromDayNumber for dates kept in long-lived lists (a renewal row's deadlines, a due check's date,
// an unclaimed credit's claim deadline): each call makes a new 24-byte string, three per renewal
// row over 200,000 rows at 100,000 vendors, where the lists name a few thousand distinct days.
// Each day's text is made once and shared; months ('YYYY-MM', which every credit row and every
// incident's month key carries) likewise.
import { type CalendarDate, fromDayNumber, fromParts } from './calendar-date.ts'

/** Past this many days the memo starts again: a copy not shared costs bytes, never an answer. */
const DAYS_KEPT = 1 << 16
const days = new Map<number, CalendarDate>()

/** The same text as fromDayNumber(day), one shared copy per day. */
export function dayString(day: number): CalendarDate {
  let text = days.get(day)
  if (text === undefined) {
    if (days.size >= DAYS_KEPT) days.clear()
    text = fromDayNumber(day)
    days.set(day, text)
  }
  return text
}

const MONTHS_KEPT = 1 << 14
const months = new Map<number, string>()

/** 'YYYY-MM' of a month index (year × 12 + month − 1), one shared copy per month. */
export function monthString(index: number): string {
  let text = months.get(index)
  if (text === undefined) {
    if (months.size >= MONTHS_KEPT) months.clear()
    text = fromParts(Math.floor(index / 12), (index % 12) + 1, 1).slice(0, 7)
    months.set(index, text)
  }
  return text
}
