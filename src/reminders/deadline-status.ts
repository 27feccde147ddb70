// What people said about a deadline through a reminder's buttons. Acknowledge and any decision stop
// the later stages of that deadline in every channel; a snooze holds them until its end date.
import type { Contract, Decision } from '../domain/contract.ts'
import type { DeadlineAction } from '../domain/reminder.ts'
import type { StoreView } from '../store/store.ts'
import type { CalendarDate } from '../time/calendar-date.ts'

export interface DeadlineStatus {
  acknowledged: DeadlineAction | null
  /** The latest snooze's end: stages stay quiet while today < until. */
  snoozedUntil: CalendarDate | null
  decision: Decision | null
}

export function deadlineActionId(
  contractId: string,
  deadline: CalendarDate,
  action: DeadlineAction['action'],
) {
  return `${contractId}|${deadline}|${action}`
}

/** One pass over the actions, so a sweep looks each deadline up in O(1). */
export function indexDeadlineActions(view: StoreView): Map<string, DeadlineAction[]> {
  const index = new Map<string, DeadlineAction[]>()
  for (const action of view.all('deadlineActions')) {
    const key = `${action.contractId}|${action.deadline}`
    const list = index.get(key)
    if (list) list.push(action)
    else index.set(key, [action])
  }
  return index
}

export function deadlineStatus(
  contract: Contract,
  deadline: CalendarDate,
  actions: Map<string, DeadlineAction[]>,
): DeadlineStatus {
  let acknowledged: DeadlineAction | null = null
  let snoozedUntil: CalendarDate | null = null
  for (const a of actions.get(`${contract.id}|${deadline}`) ?? []) {
    if (a.action === 'acknowledge') acknowledged = a
    else if (a.until && (snoozedUntil === null || a.until > snoozedUntil)) snoozedUntil = a.until
  }
  const decision = latestDecision(contract, deadline)
  return { acknowledged, snoozedUntil, decision }
}

export function latestDecision(contract: Contract, deadline: CalendarDate): Decision | null {
  let latest: Decision | null = null
  for (const d of contract.decisions)
    if (d.deadline === deadline && (!latest || d.at >= latest.at)) latest = d
  return latest
}

/** Whether stages of this deadline may be posted today. */
export function remindersAllowed(status: DeadlineStatus, today: CalendarDate): boolean {
  if (status.acknowledged || status.decision) return false
  return status.snoozedUntil === null || today >= status.snoozedUntil
}
