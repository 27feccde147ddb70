// First and last days of calendar weeks, months, quarters and years, for windows and periods.
import {
  addDays,
  addMonths,
  type CalendarDate,
  daysInMonth,
  fromParts,
  monthOf,
  weekday,
  yearOf,
} from '../time/calendar-date.ts'

export type Unit = 'week' | 'month' | 'quarter' | 'year'

export interface Range {
  from: CalendarDate
  to: CalendarDate
}

/** The calendar unit (weeks run Monday..Sunday) containing `date`. */
export function unitOf(unit: Unit, date: CalendarDate): Range {
  const y = yearOf(date)
  const m = monthOf(date)
  switch (unit) {
    case 'week': {
      const monday = addDays(date, 1 - weekday(date))
      return { from: monday, to: addDays(monday, 6) }
    }
    case 'month':
      return { from: fromParts(y, m, 1), to: fromParts(y, m, daysInMonth(y, m)) }
    case 'quarter': {
      const first = m - ((m - 1) % 3)
      return { from: fromParts(y, first, 1), to: fromParts(y, first + 2, daysInMonth(y, first + 2)) }
    }
    case 'year':
      return { from: fromParts(y, 1, 1), to: fromParts(y, 12, 31) }
  }
}

/** The unit `steps` units after (or before, when negative) the one containing `date`. */
export function shiftUnit(unit: Unit, date: CalendarDate, steps: number): Range {
  const { from } = unitOf(unit, date)
  if (unit === 'week') return unitOf(unit, addDays(from, 7 * steps))
  const months = unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12
  return unitOf(unit, addMonths(from, months * steps))
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
