// Which contract an incident is logged against (SPEC §2 "sla log"): the vendor's one active
// contract with SLA targets; if several, the one with a target for the priority; if still several,
// the user picks (nothing is stored). `contract <title>` names one directly.
import { contractsOfVendor } from '../contracts/contracts-by-vendor.ts'
import { isActive } from '../contracts/current-term.ts'
import type { Contract } from '../domain/contract.ts'
import type { Priority } from '../domain/sla.ts'
import type { Vendor } from '../domain/vendor.ts'
import { UserError } from '../errors/errors.ts'
import type { StoreView } from '../store/store.ts'
import { LOG_EXAMPLE, LOG_FORM } from './sla-log-grammar.ts'
import { targetFor, targetsOf } from './targets.ts'

export type ContractChoice = { kind: 'one'; contract: Contract } | { kind: 'several'; contracts: Contract[] }

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()

export function chooseLogContract(
  view: StoreView,
  vendor: Vendor,
  priority: Priority,
  title: string | null,
  today: string,
): ContractChoice {
  const own = contractsOfVendor(view, vendor.id)
  if (title !== null) {
    const named = own.find((c) => fold(c.title) === fold(title))
    if (named) return { kind: 'one', contract: named }
    const titles = own.map((c) => `"${c.title}"`).join(', ')
    throw new UserError(
      `${vendor.name} has no contract titled "${title}"${titles ? `; its contracts: ${titles}` : ''}.`,
      LOG_FORM,
      LOG_EXAMPLE,
    )
  }
  const withTargets = own
    .filter((c) => isActive(c, today) && targetsOf(view, c.id).length > 0)
    .sort((a, b) => a.title.localeCompare(b.title))
  if (withTargets.length === 0) {
    throw new UserError(
      `${vendor.name} has no active contract with SLA targets, so there is nothing to log the incident against. Add targets through sla_targets.csv, or name a contract with "contract <title>".`,
      LOG_FORM,
      LOG_EXAMPLE,
    )
  }
  if (withTargets.length === 1) return { kind: 'one', contract: withTargets[0]! }
  const forPriority = withTargets.filter((c) => targetFor(view, c.id, priority))
  if (forPriority.length === 1) return { kind: 'one', contract: forPriority[0]! }
  return { kind: 'several', contracts: forPriority.length > 1 ? forPriority : withTargets }
}
