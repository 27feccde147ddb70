// A vendor's contracts without a filter over all of them: at 10,000 vendors (20,000 contracts)
// the filter was a sixth of an `sla log`. The index is built once per contracts array; the store
// hands out the same array until a contract changes, so writes to other collections (incidents,
// risk checks) keep it, and a changed array simply gets a new index.
import type { Contract } from '../domain/contract.ts'
import type { StoreView } from '../store/store.ts'

const NONE: readonly Contract[] = []
const indexes = new WeakMap<readonly Contract[], Map<string, Contract[]>>()

/** The vendor's contracts, in register order (the order of `view.all('contracts')`). */
export function contractsOfVendor(view: StoreView, vendorId: string): readonly Contract[] {
  const all = view.all('contracts')
  let index = indexes.get(all)
  if (!index) {
    index = new Map()
    for (const contract of all) {
      const own = index.get(contract.vendorId)
      if (own) own.push(contract)
      else index.set(contract.vendorId, [contract])
    }
    indexes.set(all, index)
  }
  return index.get(vendorId) ?? NONE
}
