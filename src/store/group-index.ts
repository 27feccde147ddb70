// One collection's records grouped by a field (a vendor's checks, a vendor's incidents), built once
// per change of that collection (revisionCache), so a per-vendor read is a Map get instead of a
// filter over every record: at 100,000 vendors the filters made `vendor <name>` grow 12x per 10x.
import { revisionCache } from './revision-cache.ts'
import type { CollectionName, RecordOf, StoreView } from './store.ts'

const NONE: readonly never[] = []

/**
 * The records by the string `keyOf` gives them (others left out), each group in record order.
 * A group grown by push holds room for 17 records where most vendors have two or three: at
 * 100,000 vendors the spare room was a third of each index, so every group is cut to its length.
 */
export function groupedBy<T, V = T>(
  records: readonly T[],
  keyOf: (record: T) => unknown,
  entryOf: (record: T, position: number) => V = (record) => record as unknown as V,
): Map<string, V[]> {
  const index = new Map<string, V[]>()
  for (let i = 0; i < records.length; i++) {
    const key = keyOf(records[i]!)
    if (typeof key !== 'string') continue
    const value = entryOf(records[i]!, i)
    const same = index.get(key)
    if (same) same.push(value)
    else index.set(key, [value])
  }
  for (const [key, group] of index) if (group.length > 1) index.set(key, group.slice())
  return index
}

/**
 * Each string value of `field` → the positions, in `view.all(collection)` order, of the records
 * holding it. Positions let a caller merge several groups back into register order.
 */
export function positionIndex(
  collection: CollectionName,
  field: string,
): (view: StoreView) => ReadonlyMap<string, readonly number[]> {
  return revisionCache([collection], (view) =>
    groupedBy(
      view.all(collection) as readonly Readonly<Record<string, unknown>>[],
      (record) => record[field],
      (_, i) => i,
    ),
  )
}

/** The records of `collection` whose `field` is the key asked for, in register order. */
export function groupIndex<K extends CollectionName>(
  collection: K,
  field: keyof RecordOf<K> & string,
): (view: StoreView, key: string) => readonly RecordOf<K>[] {
  const groups = revisionCache([collection], (view) =>
    groupedBy(view.all(collection), (record) => (record as Record<string, unknown>)[field]),
  )
  return (view, key) => groups(view).get(key) ?? NONE
}
