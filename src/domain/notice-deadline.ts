// Notice deadline = current end − notice_days (SPEC §2): the last day to cancel or renegotiate.
// Every contract has one; one that does not auto-renew has its end date as a second deadline.
import { type CalendarDate, fromDayNumber, toDayNumber } from '../time/calendar-date.ts'
import type { Contract } from './contract.ts'
import { currentTermDays, isActive, type TermFields } from './current-term.ts'

export type DeadlineFields = TermFields & Pick<Contract, 'noticeDays'>

export type DeadlineKind = 'notice' | 'end'

export interface Deadline {
  kind: DeadlineKind
  date: CalendarDate
}

export function noticeDeadline(contract: DeadlineFields, today: CalendarDate): CalendarDate {
  return fromDayNumber(currentTermDays(contract, toDayNumber(today)).end - contract.noticeDays)
}

/** The notice deadline while it is still ahead (today included), else the end of the term. */
export function nextDeadline(contract: DeadlineFields, today: CalendarDate): Deadline {
  const t = toDayNumber(today)
  const end = currentTermDays(contract, t).end
  const notice = end - contract.noticeDays
  return notice >= t
    ? { kind: 'notice', date: fromDayNumber(notice) }
    : { kind: 'end', date: fromDayNumber(end) }
}

/** An active contract whose notice deadline has passed while its end has not. */
export function noticeMissed(contract: DeadlineFields, today: CalendarDate): boolean {
  if (!isActive(contract, today)) return false
  const t = toDayNumber(today)
  const end = currentTermDays(contract, t).end
  return end - contract.noticeDays < t && end >= t
}
