// A value derived from some collections, computed once per store revision and day (the pattern
// src/contracts/renewals.ts uses for its rows). A write that leaves those collections' records
// untouched (an incident, a delivery) keeps the value: records are replaced, never mutated, so the
// same record objects in the same order mean the same inputs.
import type { CalendarDate } from '../time/calendar-date.ts'
import type { CollectionName, StoreView } from './store.ts'

interface Entry<T> {
  revision: number
  today: CalendarDate
  inputs: readonly (readonly unknown[])[]
  value: T
}

/** The same record objects in the same order: records are replaced, never mutated. */
export function sameRecords(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/**
 * Returns a function answering `compute(view, today)` from a cache per view, recomputed only when
 * the day changes or a record of `collections` changed. A view without a revision (a transaction)
 * is still compared record by record.
 */
export function revisionCache<T>(
  collections: readonly CollectionName[],
  compute: (view: StoreView, today: CalendarDate) => T,
): (view: StoreView, today: CalendarDate) => T {
  const cache = new WeakMap<object, Entry<T>>()
  return (view, today) => {
    const revision = (view as { revision?: unknown }).revision
    const rev = typeof revision === 'number' ? revision : -1
    const hit = cache.get(view)
    if (rev >= 0 && hit && hit.revision === rev && hit.today === today) return hit.value
    const inputs = collections.map((name) => view.all(name))
    if (hit && hit.today === today && inputs.every((records, i) => sameRecords(hit.inputs[i]!, records))) {
      hit.revision = rev
      return hit.value
    }
    const entry: Entry<T> = { revision: rev, today, inputs, value: compute(view, today) }
    cache.set(view, entry)
    return entry.value
  }
}
