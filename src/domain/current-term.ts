// A contract's current term (SPEC §2). An auto-renewing contract whose end date has passed has
// renewed itself term by term: each new term starts the day after the previous end and ends the
// day before the same calendar date `renewalTermMonths` later. Where that date does not exist
// (a term starting on 31 January, one month), "the same date" is the first of the next month, so
// the term ends on the last day of February. Computed, never stored.
import {
  type CalendarDate,
  civilFromDays,
  daysBetween,
  daysFromCivil,
  daysInMonth,
  fromDayNumber,
  toDayNumber,
} from '../time/calendar-date.ts'
import type { Contract } from './contract.ts'

export type TermFields = Pick<
  Contract,
  'startDate' | 'endDate' | 'autoRenew' | 'renewalTermMonths' | 'status'
>

export interface Term {
  start: CalendarDate
  end: CalendarDate
}

/** The end of the term that starts on day number `start` and lasts `months`. */
function termEnd(start: number, months: number): number {
  const [y, m, d] = civilFromDays(start)
  const index = y * 12 + (m - 1) + months
  const ty = Math.floor(index / 12)
  const tm = (index % 12) + 1
  const same =
    d <= daysInMonth(ty, tm) ? daysFromCivil(ty, tm, d) : daysFromCivil(ty, tm, daysInMonth(ty, tm)) + 1
  return same - 1
}

/**
 * The current term as day numbers, for loops over many contracts. `today` is a day number too.
 * Terms are skipped in bulk once the chain is stable (a start day of 28 or less never moves).
 */
export function currentTermDays(contract: TermFields, today: number): { start: number; end: number } {
  let end = toDayNumber(contract.endDate)
  if (!contract.autoRenew || contract.status === 'ended' || end >= today) {
    return { start: toDayNumber(contract.startDate), end }
  }
  const months = contract.renewalTermMonths
  let start = end + 1
  end = termEnd(start, months)
  while (end < today) {
    start = end + 1
    const [y, m, d] = civilFromDays(start)
    const [ty, tm] = civilFromDays(today)
    const skip = Math.floor((ty * 12 + tm - (y * 12 + m)) / months) - 1
    if (d <= 28 && skip > 0) {
      const index = y * 12 + (m - 1) + skip * months
      start = daysFromCivil(Math.floor(index / 12), (index % 12) + 1, d)
    }
    end = termEnd(start, months)
  }
  return { start, end }
}

/** The term in force on `today` (the last one, for a contract that has ended). */
export function currentTerm(contract: TermFields, today: CalendarDate): Term {
  if (!contract.autoRenew || contract.status === 'ended' || contract.endDate >= today) {
    return { start: contract.startDate, end: contract.endDate }
  }
  const { start, end } = currentTermDays(contract, toDayNumber(today))
  return { start: fromDayNumber(start), end: fromDayNumber(end) }
}

/** Ended by a command, or not auto-renewing and past its end date. */
export function isEnded(contract: TermFields, today: CalendarDate): boolean {
  return contract.status === 'ended' || (!contract.autoRenew && contract.endDate < today)
}

/** Active = started and not ended. */
export function isActive(contract: TermFields, today: CalendarDate): boolean {
  return contract.startDate <= today && !isEnded(contract, today)
}

/** Days from today to a deadline: 0 on the day, negative after. */
export function daysLeft(date: CalendarDate, today: CalendarDate): number {
  return daysBetween(today, date)
}
