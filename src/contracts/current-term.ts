// A contract's current term (SPEC §2). An auto-renewing contract whose end date has passed has
// renewed itself term by term: each new term starts the day after the previous end and ends the
// day before the same calendar date `renewalTermMonths` later. Computed, never stored.
import type { Contract } from '../domain/contract.ts'
import { addDays, addMonths, type CalendarDate, daysBetween } from '../time/calendar-date.ts'

export type TermFields = Pick<
  Contract,
  'startDate' | 'endDate' | 'autoRenew' | 'renewalTermMonths' | 'status'
>

export interface Term {
  start: CalendarDate
  end: CalendarDate
}

/** The term in force on `today` (the last one, for a contract that has ended). */
export function currentTerm(contract: TermFields, today: CalendarDate): Term {
  let start = contract.startDate
  let end = contract.endDate
  if (!contract.autoRenew || contract.status === 'ended') return { start, end }
  // An end date is met until the end of that day, so the term rolls only once it is behind today.
  while (end < today) {
    start = addDays(end, 1)
    end = addDays(addMonths(start, contract.renewalTermMonths), -1)
  }
  return { start, end }
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
