// fromDayNumber for dates kept in long-lived lists (a renewal row's deadlines, a due check's date):
// each call makes a new 24-byte string, three per renewal row over 200,000 rows at 100,000 vendors,
// where the lists name a few thousand distinct days. Each day's text is made once and shared.
import { type CalendarDate, fromDayNumber } from './calendar-date.ts'

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
