// Notice deadline = current end − the notice period (SPEC §2, §11): the last day to cancel or
// renegotiate. Every contract has one; one that does not auto-renew has its end date as a second
// deadline. The period is in days or months and may move to a business day (notice-period.ts).
import type { Contract } from '../domain/contract.ts'
import type { CalendarDate } from '../time/calendar-date.ts'
import { currentTermDays, isActive, type TermFields } from './current-term.ts'
import { dateOf, dayNumber } from './day-math.ts'
import { noticeDayFor, type WorkingDays } from './notice-period.ts'

export type DeadlineFields = TermFields & Pick<Contract, 'noticeDays' | 'noticeMonths' | 'noticeShift'>

export type DeadlineKind = 'notice' | 'end'

export interface Deadline {
  kind: DeadlineKind
  date: CalendarDate
}

export function noticeDeadline(
  contract: DeadlineFields,
  today: CalendarDate,
  calendar: WorkingDays,
): CalendarDate {
  return dateOf(noticeDayFor(contract, currentTermDays(contract, dayNumber(today)).end, calendar))
}

/** The notice deadline while it is still ahead (today included), else the end of the term. */
export function nextDeadline(contract: DeadlineFields, today: CalendarDate, calendar: WorkingDays): Deadline {
  const t = dayNumber(today)
  const end = currentTermDays(contract, t).end
  const notice = noticeDayFor(contract, end, calendar)
  return notice >= t ? { kind: 'notice', date: dateOf(notice) } : { kind: 'end', date: dateOf(end) }
}

/** An active contract whose notice deadline has passed while its end has not. */
export function noticeMissed(contract: DeadlineFields, today: CalendarDate, calendar: WorkingDays): boolean {
  if (!isActive(contract, today)) return false
  const t = dayNumber(today)
  const end = currentTermDays(contract, t).end
  return noticeDayFor(contract, end, calendar) < t && end >= t
}
