// The deadlines reminders apply to (SPEC §5): every active contract's notice deadline in its
// current term and, for a contract that does not auto-renew, its end date when that differs.
// Never the end date of an auto-renewing contract: by then it has already renewed itself.
import { currentTerm, isActive } from '../contracts/current-term.ts'
import { dateOf, dayNumber } from '../contracts/day-math.ts'
import type { DeadlineKind } from '../contracts/notice-deadline.ts'
import { noticeDayFor, type WorkingDays } from '../contracts/notice-period.ts'
import type { Contract } from '../domain/contract.ts'
import type { CalendarDate } from '../time/calendar-date.ts'

export interface ReminderDeadline {
  kind: DeadlineKind
  date: CalendarDate
  /** The current term's end date (the notice deadline's meaning refers to it). */
  end: CalendarDate
}

export function reminderDeadlines(
  contract: Contract,
  today: CalendarDate,
  calendar: WorkingDays,
): ReminderDeadline[] {
  if (!isActive(contract, today)) return []
  const { end } = currentTerm(contract, today)
  const notice = dateOf(noticeDayFor(contract, dayNumber(end), calendar))
  const deadlines: ReminderDeadline[] = [{ kind: 'notice', date: notice, end }]
  if (!contract.autoRenew && notice !== end) deadlines.push({ kind: 'end', date: end, end })
  return deadlines
}
