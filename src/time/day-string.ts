// fromDayNumber for dates kept in long-lived lists (a renewal row's deadlines, a due check's date,
// an unclaimed credit's claim deadline): each call makes a new 24-byte string, three per renewal
// row over 200,000 rows at 100,000 vendors, where the lists name a few thousand distinct days.
// Each day's text is made once and shared; months ('YYYY-MM', which every credit row and every
// incident's month key carries) likewise.
import { type CalendarDate, fromDayNumber, fromParts } from './calendar-date.ts'

/** One shared text per number. Past `limit` numbers the memo starts again: a copy not shared costs bytes, never an answer. */
function sharedTexts<T extends string>(limit: number, make: (n: number) => T): (n: number) => T {
  const texts = new Map<number, T>()
  return (n) => {
    let text = texts.get(n)
    if (text === undefined) {
      if (texts.size >= limit) texts.clear()
      text = make(n)
      texts.set(n, text)
    }
    return text
  }
}

/** The same text as fromDayNumber(day), one shared copy per day. */
export const dayString: (day: number) => CalendarDate = sharedTexts(1 << 16, fromDayNumber)

/** 'YYYY-MM' of a month index (year × 12 + month − 1), one shared copy per month. */
export const monthString: (index: number) => string = sharedTexts(1 << 14, (index) =>
  fromParts(Math.floor(index / 12), (index % 12) + 1, 1).slice(0, 7),
)
