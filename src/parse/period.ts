// Report periods (SPEC §3): whole calendar units that never lie in the future. `last month` (the
// default) = the previous calendar month; a month name or Q1..Q4 = the latest such month or
// quarter that has begun; `2026` = that year; `this month` = the month so far.
import {
  type CalendarDate,
  fromParts,
  isCalendarDate,
  minDate,
  type Range,
  shiftUnit,
  type Unit,
  unitOf,
  yearOf,
} from '../time/calendar-date.ts'
import { monthName, monthNumber } from './date-words.ts'

export interface Period {
  from: CalendarDate
  to: CalendarDate
  /** "December 2026", "Q1 2027", "2026", "January 2027 so far". */
  label: string
}

const LEAD = /^(?:(?:in|for|during|over|the|of)\s+)+/i

export function parsePeriod(text: string, today: CalendarDate): Period | null {
  const t = text.trim().replace(/\s+/g, ' ').replace(LEAD, '').toLowerCase()
  if (t === '') return labelled(shiftUnit('month', today, -1), 'month', today)

  const rel = /^(last|previous|this|current)\s+(month|quarter|year)$/.exec(t)
  if (rel) {
    const unit = rel[2] as Unit
    const range =
      rel[1] === 'last' || rel[1] === 'previous' ? shiftUnit(unit, today, -1) : unitOf(unit, today)
    return labelled(range, unit, today)
  }

  const quarter = /^q([1-4])(?:\s+(\d{4}))?$/.exec(t)
  if (quarter) {
    const q = Number(quarter[1])
    const year = quarter[2] ? Number(quarter[2]) : latestYear(fromParts(yearOf(today), q * 3 - 2, 1), today)
    return labelled(unitOf('quarter', fromParts(year, q * 3 - 2, 1)), 'quarter', today)
  }

  const year = /^(\d{4})$/.exec(t)
  if (year) return labelled(unitOf('year', fromParts(Number(year[1]), 1, 1)), 'year', today)

  const isoMonth = /^(\d{4})-(\d{2})$/.exec(t)
  if (isoMonth && isCalendarDate(`${t}-01`)) return labelled(unitOf('month', `${t}-01`), 'month', today)

  const month = /^([a-z]+\.?)(?:\s+(\d{4}))?$/.exec(t)
  const m = month ? monthNumber(month[1]!) : null
  if (month && m !== null) {
    const y = month[2] ? Number(month[2]) : latestYear(fromParts(yearOf(today), m, 1), today)
    return labelled(unitOf('month', fromParts(y, m, 1)), 'month', today)
  }
  return null
}

/** This year if a unit starting on `start` has begun by today, else last year. */
function latestYear(start: CalendarDate, today: CalendarDate): number {
  return start <= today ? yearOf(start) : yearOf(start) - 1
}

/** Null for a period that has not begun; a current one ends today ("so far"). */
function labelled(range: Range, unit: Unit, today: CalendarDate): Period | null {
  if (range.from > today) return null
  const to = minDate(range.to, today)
  const y = yearOf(range.from)
  let label: string
  if (unit === 'month') label = `${monthName(Number(range.from.slice(5, 7)))} ${y}`
  else if (unit === 'quarter') label = `Q${Math.floor((Number(range.from.slice(5, 7)) - 1) / 3) + 1} ${y}`
  else label = `${y}`
  return { from: range.from, to, label: to < range.to ? `${label} so far` : label }
}
