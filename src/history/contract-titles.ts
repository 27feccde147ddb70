// Live contracts by title key, built once per store revision (revisionCache): a filter comparing
// every title was most of a `history` at 20,000 contracts once the trail was no longer scanned.
import type { Contract } from '../domain/contract.ts'
import { nameKey } from '../domain/normalize.ts'
import { revisionCache } from '../store/revision-cache.ts'
import type { StoreView } from '../store/store.ts'

const NONE: readonly Contract[] = []

const byTitle = revisionCache(['contracts'], (view) => {
  const index = new Map<string, Contract[]>()
  for (const contract of view.all('contracts')) {
    const key = nameKey(contract.title)
    const same = index.get(key)
    if (same) same.push(contract)
    else index.set(key, [contract])
  }
  return index
})

/** The live contracts whose title has this name key, in register order. */
export function contractsTitled(view: StoreView, key: string): readonly Contract[] {
  return byTitle(view).get(key) ?? NONE
}
