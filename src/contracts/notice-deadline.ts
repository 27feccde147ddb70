// Notice deadline = current end − notice_days (SPEC §2): the last day to cancel or renegotiate.
// Every contract has one; one that does not auto-renew has its end date as a second deadline.
import type { Contract } from '../domain/contract.ts'
import { addDays, type CalendarDate } from '../time/calendar-date.ts'
import { currentTerm, isActive, type TermFields } from './current-term.ts'

export type DeadlineFields = TermFields & Pick<Contract, 'noticeDays'>

export type DeadlineKind = 'notice' | 'end'

export interface Deadline {
  kind: DeadlineKind
  date: CalendarDate
}

export function noticeDeadline(contract: DeadlineFields, today: CalendarDate): CalendarDate {
  return addDays(currentTerm(contract, today).end, -contract.noticeDays)
}

/** The notice deadline while it is still ahead (today included), else the end of the term. */
export function nextDeadline(contract: DeadlineFields, today: CalendarDate): Deadline {
  const end = currentTerm(contract, today).end
  const notice = addDays(end, -contract.noticeDays)
  return notice >= today ? { kind: 'notice', date: notice } : { kind: 'end', date: end }
}

/** An active contract whose notice deadline has passed while its end has not. */
export function noticeMissed(contract: DeadlineFields, today: CalendarDate): boolean {
  if (!isActive(contract, today)) return false
  const end = currentTerm(contract, today).end
  return addDays(end, -contract.noticeDays) < today && end >= today
}
