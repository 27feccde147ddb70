// Contract titles as compared (nameKey), worked out once per contract record: records are replaced,
// never mutated. `requireContract` tries every leading run of the typed words as a title, and
// normalising every title of the register per run was most of a contract write at 100,000 vendors.
import type { Contract } from '../domain/contract.ts'
import { nameKey } from '../domain/normalize.ts'
import { revisionCache } from '../store/revision-cache.ts'
import type { StoreView } from '../store/store.ts'

const keys = new WeakMap<Contract, string>()

export function titleKeyOf(contract: Contract): string {
  let key = keys.get(contract)
  if (key === undefined) {
    key = nameKey(contract.title)
    keys.set(contract, key)
  }
  return key
}

/** Title key → the contracts so titled, in register order: built once per change of the contracts. */
export const contractsByTitle: (view: StoreView) => ReadonlyMap<string, readonly Contract[]> = revisionCache(
  ['contracts'],
  (view) => {
    const index = new Map<string, Contract[]>()
    for (const contract of view.all('contracts')) {
      const key = titleKeyOf(contract)
      const same = index.get(key)
      if (same) same.push(contract)
      else index.set(key, [contract])
    }
    return index
  },
)
