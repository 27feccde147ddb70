// Notice deadline = current end − the notice period (SPEC §2, §11): the last day to cancel or
// renegotiate. Every contract has one; one that does not auto-renew has its end date as a second
// deadline. The period is in days or months and may move to a business day (notice-period.ts).
import { type CalendarDate, fromDayNumber, toDayNumber } from '../time/calendar-date.ts'
import type { Contract } from './contract.ts'
import { currentTermDays, isActive, type TermFields } from './current-term.ts'
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
  return fromDayNumber(noticeDayFor(contract, currentTermDays(contract, toDayNumber(today)).end, calendar))
}

/** The notice deadline while it is still ahead (today included), else the end of the term. */
export function nextDeadline(contract: DeadlineFields, today: CalendarDate, calendar: WorkingDays): Deadline {
  const t = toDayNumber(today)
  const end = currentTermDays(contract, t).end
  const notice = noticeDayFor(contract, end, calendar)
  return notice >= t
    ? { kind: 'notice', date: fromDayNumber(notice) }
    : { kind: 'end', date: fromDayNumber(end) }
}

/** An active contract whose notice deadline has passed while its end has not. */
export function noticeMissed(contract: DeadlineFields, today: CalendarDate, calendar: WorkingDays): boolean {
  if (!isActive(contract, today)) return false
  const t = toDayNumber(today)
  const end = currentTermDays(contract, t).end
  return noticeDayFor(contract, end, calendar) < t && end >= t
}
