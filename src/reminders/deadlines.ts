// The deadlines reminders apply to (SPEC §5): every active contract's notice deadline in its
// current term and, for a contract that does not auto-renew, its end date when that differs.
// Never the end date of an auto-renewing contract: by then it has already renewed itself.
import type { Contract } from '../domain/contract.ts'
import { currentTerm, isActive } from '../domain/current-term.ts'
import type { DeadlineKind } from '../domain/notice-deadline.ts'
import { noticeDayFor, type WorkingDays } from '../domain/notice-period.ts'
import { type CalendarDate, fromDayNumber, toDayNumber } from '../time/calendar-date.ts'

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
  const notice = fromDayNumber(noticeDayFor(contract, toDayNumber(end), calendar))
  const deadlines: ReminderDeadline[] = [{ kind: 'notice', date: notice, end }]
  if (!contract.autoRenew && notice !== end) deadlines.push({ kind: 'end', date: end, end })
  return deadlines
}
