// The SLA targets of a contract and the calendar its business-hours targets run on.
import type { Config } from '../config/config.ts'
import type { Calendar } from '../domain/business-clock.ts'
import type { Contract } from '../domain/contract.ts'
import { PRIORITIES, type Priority, type SlaTarget } from '../domain/sla.ts'
import type { StoreView } from '../store/store.ts'

/**
 * A contract's targets, P1 first. Four keyed lookups (a target's id is derived from contract and
 * priority, see targetId), not a filter over every target: `sla log` asks this for each of a
 * vendor's contracts, and at 10,000 vendors (40,000 targets) the scan was a third of a write.
 */
export function targetsOf(view: StoreView, contractId: string): SlaTarget[] {
  const targets: SlaTarget[] = []
  for (const priority of PRIORITIES) {
    const target = view.get('slaTargets', targetId(contractId, priority))
    if (target) targets.push(target)
  }
  return targets
}

export function targetFor(view: StoreView, contractId: string, priority: Priority): SlaTarget | undefined {
  return view.get('slaTargets', targetId(contractId, priority))
}

/** One target per contract and priority, so the id is derived from both (imports match on it). */
export function targetId(contractId: string, priority: Priority): string {
  return `${contractId}:${priority}`
}

/** The contract's own calendar, else BUSINESS_HOURS and HOLIDAYS from configuration. */
export function calendarFor(
  contract: Contract | undefined,
  config: Pick<Config, 'businessCalendar'>,
): Calendar {
  return contract?.calendar ?? config.businessCalendar
}
