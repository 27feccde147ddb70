// Turning auto-renew off (SPEC §9). A contract that has rolled forward is in a later term than its
// stored end date says; ending it at that stored date would end a live contract years ago. So it
// ends where its current term ends, unless the same change gives a new end date.
import type { Contract } from '../../domain/contract.ts'
import { currentTerm } from '../../domain/current-term.ts'
import type { CalendarDate } from '../../time/calendar-date.ts'

/** `next` as edited from `before`, ending at the current term's end when auto-renew goes off. */
export function endAtCurrentTerm(before: Contract, next: Contract, today: CalendarDate): Contract {
  if (!before.autoRenew || next.autoRenew || next.endDate !== before.endDate) return next
  const end = currentTerm(before, today).end
  return end === before.endDate ? next : { ...next, endDate: end }
}

/** The reply's line for a change that turned auto-renew off: the date the contract now ends. */
export function autoRenewOffNote(before: Contract, after: Contract, today: CalendarDate): string[] {
  if (!before.autoRenew || after.autoRenew) return []
  const rolled = after.endDate !== before.endDate && after.endDate === currentTerm(before, today).end
  return [`Auto-renew is off: it ends on ${after.endDate}${rolled ? ', the end of its current term' : ''}.`]
}
