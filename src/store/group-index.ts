// One collection's records grouped by a field (a vendor's checks, a vendor's incidents), built once
// per change of that collection (revisionCache), so a per-vendor read is a Map get instead of a
// filter over every record: at 100,000 vendors the filters made `vendor <name>` grow 12x per 10x.
import { revisionCache } from './revision-cache.ts'
import type { CollectionName, RecordOf, StoreView } from './store.ts'

const NONE: readonly never[] = []

/**
 * Each string value of `field` → the positions, in `view.all(collection)` order, of the records
 * holding it. Positions let a caller merge several groups back into register order.
 */
export function positionIndex(
  collection: CollectionName,
  field: string,
): (view: StoreView) => ReadonlyMap<string, readonly number[]> {
  return revisionCache([collection], (view) => {
    const index = new Map<string, number[]>()
    const records = view.all(collection) as readonly Readonly<Record<string, unknown>>[]
    for (let i = 0; i < records.length; i++) {
      const key = records[i]![field]
      if (typeof key !== 'string') continue
      const same = index.get(key)
      if (same) same.push(i)
      else index.set(key, [i])
    }
    return index
  })
}

/** The records of `collection` whose `field` is the key asked for, in register order. */
export function groupIndex<K extends CollectionName>(
  collection: K,
  field: keyof RecordOf<K> & string,
): (view: StoreView, key: string) => readonly RecordOf<K>[] {
  const groups = revisionCache([collection], (view) => {
    const index = new Map<string, RecordOf<K>[]>()
    for (const record of view.all(collection)) {
      const key = (record as Record<string, unknown>)[field]
      if (typeof key !== 'string') continue
      const same = index.get(key)
      if (same) same.push(record)
      else index.set(key, [record])
    }
    return index
  })
  return (view, key) => groups(view).get(key) ?? NONE
}
