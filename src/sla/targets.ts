// The SLA targets of a contract and the calendar its business-hours targets run on.
import type { Config } from '../config/config.ts'
import type { Contract } from '../domain/contract.ts'
import type { Priority, SlaTarget } from '../domain/sla.ts'
import type { StoreView } from '../store/store.ts'
import type { Calendar } from './business-clock.ts'

export function targetsOf(view: StoreView, contractId: string): SlaTarget[] {
  return view
    .all('slaTargets')
    .filter((t) => t.contractId === contractId)
    .sort((a, b) => a.priority.localeCompare(b.priority))
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
