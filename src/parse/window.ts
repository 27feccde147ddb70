// Forward-looking windows (SPEC §3), both ends included: `N days` = today..today+N (default 90),
// `this week` = today..Sunday, `this month|quarter|year` = today..the unit's last day,
// `next week|month|quarter|year` = the whole next unit, `before D` = today..D−1,
// `by D` / `until D` = today..D, `Q1`..`Q4` = that quarter of this year (of next year once it has
// ended), `eoy` = this year. D may be ISO or words ("March 31"). Abbreviations: window-words.ts.
import {
  addDays,
  addMonths,
  type CalendarDate,
  fromParts,
  maxDate,
  shiftUnit,
  type Unit,
  unitOf,
  yearOf,
} from '../time/calendar-date.ts'
import { dayBefore, parseDateWords } from './date-words.ts'
import { spellWindowWords } from './window-words.ts'

export interface Window {
  from: CalendarDate
  to: CalendarDate
  /** How the reply names it: "next 90 days", "this week", "before 2027-03-31". */
  label: string
}

export const DEFAULT_WINDOW_DAYS = 90

const LEAD = /^(?:(?:in|within|for|over|during|the|of)\s+)+/i
const COUNT =
  /^(?:next\s+|coming\s+)?(\d{1,4})\s*(d|days?|w|wks?|weeks?|m|mos?|months?)?(?:\s+(?:ahead|from now))?$/i
const UNIT = /^(this|next|coming)\s+(week|month|quarter|year)$/i
const LIMIT = /^(before|by|until|till|til|through|thru)\s+(.+)$/i

export function parseWindow(text: string, today: CalendarDate): Window | null {
  const t = spellWindowWords(text.trim().replace(/\s+/g, ' ')).replace(LEAD, '')
  if (t === '') return countWindow(DEFAULT_WINDOW_DAYS, 'd', today)
  if (/^today$/i.test(t)) return { from: today, to: today, label: 'today' }

  const count = COUNT.exec(t)
  if (count) return countWindow(Number(count[1]), (count[2] ?? 'd').toLowerCase()[0]!, today)

  const unit = UNIT.exec(t)
  if (unit) {
    const which = unit[1]!.toLowerCase() === 'this' ? 'this' : 'next'
    const u = unit[2]!.toLowerCase() as Unit
    if (which === 'this') return { from: today, to: unitOf(u, today).to, label: `this ${u}` }
    return { ...shiftUnit(u, today, 1), label: `next ${u}` }
  }

  const quarter = /^q([1-4])(?:\s+(\d{4}))?$/i.exec(t)
  if (quarter) return quarterWindow(Number(quarter[1]), quarter[2] ? Number(quarter[2]) : undefined, today)

  const limit = LIMIT.exec(t)
  if (limit) {
    const date = parseDateWords(limit[2]!, today)
    if (!date) return null
    const before = limit[1]!.toLowerCase() === 'before'
    return before
      ? { from: today, to: dayBefore(date), label: `before ${date}` }
      : { from: today, to: date, label: `by ${date}` }
  }
  return null
}

function countWindow(n: number, unit: string, today: CalendarDate): Window {
  if (unit === 'w')
    return { from: today, to: addDays(today, 7 * n), label: `next ${n} ${n === 1 ? 'week' : 'weeks'}` }
  if (unit === 'm')
    return { from: today, to: addMonths(today, n), label: `next ${n} ${n === 1 ? 'month' : 'months'}` }
  return { from: today, to: addDays(today, n), label: `next ${n} ${n === 1 ? 'day' : 'days'}` }
}

/** A quarter named without a year is this year's until it has ended; days already gone are left out. */
function quarterWindow(q: number, year: number | undefined, today: CalendarDate): Window {
  const first = (y: number) => fromParts(y, q * 3 - 2, 1)
  let y = year ?? yearOf(today)
  if (year === undefined && unitOf('quarter', first(y)).to < today) y += 1
  const range = unitOf('quarter', first(y))
  return { from: maxDate(range.from, today), to: range.to, label: `Q${q} ${y}` }
}
