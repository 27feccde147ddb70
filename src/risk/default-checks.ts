// A vendor with no risk check gets its tier's default set (SPEC §2 Risk rules), when it is created
// by a command or after a whole import is applied. Only vendors with no check at all get them, so
// running this twice, or after an import that brought its own checks, adds nothing.
import { randomUUID } from 'node:crypto'
import type { Tier } from '../domain/vendor.ts'
import type { Transaction } from '../store/store.ts'

export const DEFAULT_CHECKS: Record<Tier, readonly string[]> = {
  critical: ['soc2', 'questionnaire', 'insurance', 'adverse_media'],
  high: ['soc2', 'questionnaire', 'insurance', 'adverse_media'],
  medium: ['questionnaire', 'adverse_media'],
  low: ['adverse_media'],
}

/** Gives each listed vendor that has no risk check its tier's defaults: never done, added today. */
export function applyDefaultRiskChecks(tx: Transaction, vendorIds: Iterable<string>, today: string): void {
  // One pass over the checks, not one per vendor: an import may create thousands of vendors.
  const withChecks = new Set(tx.all('riskChecks').map((c) => c.vendorId))
  for (const vendorId of vendorIds) {
    if (withChecks.has(vendorId)) continue
    const vendor = tx.get('vendors', vendorId)
    if (!vendor) continue
    for (const kind of DEFAULT_CHECKS[vendor.tier]) {
      tx.put('riskChecks', {
        id: randomUUID(),
        vendorId,
        kind,
        cadenceDays: null,
        lastDone: null,
        evidence: '',
        doneBy: '',
        addedOn: today,
      })
    }
    withChecks.add(vendorId)
  }
}
