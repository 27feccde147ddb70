// A vendor's contracts without a filter over all of them: at 10,000 vendors (20,000 contracts)
// the filter was a sixth of an `sla log`. The index is built once per store revision (see
// revisionCache), and writes to other collections (incidents, risk checks) keep it.
import type { Contract } from '../domain/contract.ts'
import { groupedBy } from '../store/group-index.ts'
import { revisionCache } from '../store/revision-cache.ts'
import type { StoreView } from '../store/store.ts'

const NONE: readonly Contract[] = []

const byVendor = revisionCache(['contracts'], (view) => groupedBy(view.all('contracts'), (c) => c.vendorId))

/** The vendor's contracts, in register order (the order of `view.all('contracts')`). */
export function contractsOfVendor(view: StoreView, vendorId: string): readonly Contract[] {
  return byVendor(view).get(vendorId) ?? NONE
}
