// "Evidence lapsed" (SPEC §11): a vendor with a risk check overdue, or a critical or high vendor
// with a check never done. Read by the `renewals … lapsed` filter; pure over the store's records.

import { checkStatus } from '../domain/due-date.ts'
import type { RiskCheck } from '../domain/risk-check.ts'
import type { Vendor } from '../domain/vendor.ts'
import type { StoreView } from '../store/store.ts'
import type { CalendarDate } from '../time/calendar-date.ts'

/** The vendor ids whose evidence has lapsed on `today`. */
export function vendorsWithLapsedEvidence(view: StoreView, today: CalendarDate): Set<string> {
  const vendors = new Map<string, Vendor>(view.all('vendors').map((v) => [v.id, v]))
  const out = new Set<string>()
  for (const check of view.all('riskChecks')) {
    const vendor = vendors.get(check.vendorId)
    if (vendor && isLapsed(check, vendor, today)) out.add(vendor.id)
  }
  return out
}

function isLapsed(check: RiskCheck, vendor: Vendor, today: CalendarDate): boolean {
  const status = checkStatus(check, vendor, today)
  if (status.overdue) return true
  return status.neverDone && (vendor.tier === 'critical' || vendor.tier === 'high')
}
