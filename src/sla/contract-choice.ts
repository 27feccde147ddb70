// Which contract an incident is logged against (SPEC §2 "sla log", §9): the vendor's one active
// contract with SLA targets; if several, the one with a target for the priority; if still several,
// the user picks (nothing is stored). When no active contract has targets, its one active contract
// (logged with no targets), or a pick among them. `contract <title>` names one directly.
import { contractsOfVendor } from '../contracts/contracts-by-vendor.ts'
import type { Contract } from '../domain/contract.ts'
import { isActive } from '../domain/current-term.ts'
import { titleKey } from '../domain/normalize.ts'
import type { Priority } from '../domain/sla.ts'
import type { Vendor } from '../domain/vendor.ts'
import { UserError } from '../errors/errors.ts'
import type { StoreView } from '../store/store.ts'
import { LOG_EXAMPLE, LOG_FORM } from './sla-log-grammar.ts'
import { targetFor, targetsOf } from './targets.ts'

/** `withoutTargets`: no active contract of the vendor has SLA targets to choose one by. */
export type ContractChoice =
  | { kind: 'one'; contract: Contract }
  | { kind: 'several'; contracts: Contract[]; withoutTargets?: true }

export function chooseLogContract(
  view: StoreView,
  vendor: Vendor,
  priority: Priority,
  title: string | null,
  today: string,
): ContractChoice {
  const own = contractsOfVendor(view, vendor.id)
  if (title !== null) {
    const named = own.find((c) => titleKey(c.title) === titleKey(title))
    if (named) return { kind: 'one', contract: named }
    const titles = own.map((c) => `"${c.title}"`).join(', ')
    throw new UserError(
      `${vendor.name} has no contract titled "${title}"${titles ? `; its contracts: ${titles}` : ''}.`,
      LOG_FORM,
      LOG_EXAMPLE,
    )
  }
  const active = own.filter((c) => isActive(c, today)).sort((a, b) => a.title.localeCompare(b.title))
  const withTargets = active.filter((c) => targetsOf(view, c.id).length > 0)
  if (withTargets.length === 0) {
    // SPEC §9: an incident against a contract without targets is still worth recording.
    if (active.length === 1) return { kind: 'one', contract: active[0]! }
    if (active.length > 1) return { kind: 'several', contracts: active, withoutTargets: true }
    throw new UserError(
      `${vendor.name} has no active contract, so there is nothing to log the incident against. Name an ended one with "contract <title>".`,
      LOG_FORM,
      LOG_EXAMPLE,
    )
  }
  if (withTargets.length === 1) return { kind: 'one', contract: withTargets[0]! }
  const forPriority = withTargets.filter((c) => targetFor(view, c.id, priority))
  if (forPriority.length === 1) return { kind: 'one', contract: forPriority[0]! }
  return { kind: 'several', contracts: forPriority.length > 1 ? forPriority : withTargets }
}
