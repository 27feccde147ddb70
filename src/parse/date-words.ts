// A calendar date typed in a command: ISO ("2027-03-31") or words through chrono ("March 31",
// "next friday", "31 March 2027"). Windows look forward, so a date without a year is the next one.
// English only: the package root loads every locale, a large share of a cold start.
import * as chrono from 'chrono-node/en'
import { addDays, type CalendarDate, fromParts, isCalendarDate, toDayNumber } from '../time/calendar-date.ts'

const FILLER = /^(?:[\s,.]+|\b(?:on|the|of)\b)*$/i

export function parseDateWords(
  text: string,
  today: CalendarDate,
  direction: 'forward' | 'backward' = 'forward',
): CalendarDate | null {
  const trimmed = fullMonthAfterEnd(text.trim())
  if (isCalendarDate(trimmed)) return trimmed
  if (trimmed === '') return null
  // Noon UTC at offset 0: chrono's components then are the calendar date itself, whatever the zone.
  const reference = { instant: new Date(toDayNumber(today) * 86_400_000 + 43_200_000), timezone: 0 }
  const results = chrono.parse(trimmed, reference, { forwardDate: direction === 'forward' })
  const result = results[0]
  if (!result || results.length !== 1) return null
  const left = trimmed.slice(0, result.index) + trimmed.slice(result.index + result.text.length)
  if (!FILLER.test(left)) return null
  const start = result.start
  const date = fromParts(start.get('year')!, start.get('month')!, start.get('day')!)
  if (!isCalendarDate(date)) return null
  // "March 31" typed on April 2 means the last one when looking back.
  if (direction === 'backward' && date > today && !start.isCertain('year')) {
    return fromParts(start.get('year')! - 1, start.get('month')!, start.get('day')!)
  }
  return date
}

/** chrono reads "end of february" but not "end of feb": the month is spelt out for it. */
function fullMonthAfterEnd(text: string): string {
  return text.replace(/\b(end of (?:the )?)([a-z]{3,9})\.?(?=\s|$)/i, (whole, lead: string, word: string) => {
    const month = monthNumber(word)
    return month ? `${lead}${MONTHS[month - 1]}` : whole
  })
}

/** The day before, for "before D" windows. */
export function dayBefore(date: CalendarDate): CalendarDate {
  return addDays(date, -1)
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

/** 1..12 for a month name or its first three letters ("mar", "Sept"), else null. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '')
  if (w.length < 3) return null
  const i = MONTHS.findIndex((m) => m.startsWith(w) || (w === 'sept' && m === 'september'))
  return i < 0 ? null : i + 1
}

export function monthName(month: number): string {
  const name = MONTHS[month - 1]!
  return name[0]!.toUpperCase() + name.slice(1)
}
