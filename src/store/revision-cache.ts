// The one cache for values derived from store contents: computed once per store revision and day.
// A write that leaves the named collections' records untouched (an incident, a delivery) keeps the
// value: records are replaced, never mutated, so the same record objects in the same order mean
// the same inputs. That also holds across views, so a transaction reading the records its store
// already had reuses the store's value instead of computing it again.
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

function sameInputs(entry: Entry<unknown>, today: CalendarDate, inputs: readonly (readonly unknown[])[]) {
  return entry.today === today && inputs.every((records, i) => sameRecords(entry.inputs[i]!, records))
}

/**
 * Returns a function answering `compute(view, today)` from a cache per view, recomputed only when
 * the day changes or a record of `collections` changed. `compute` must read nothing else from the
 * view. A view without a revision (a transaction) is compared record by record. Values that do not
 * depend on the day are asked for without one.
 */
export function revisionCache<T>(
  collections: readonly CollectionName[],
  compute: (view: StoreView, today: CalendarDate) => T,
): (view: StoreView, today?: CalendarDate) => T {
  const cache = new WeakMap<object, Entry<T>>()
  let last: Entry<T> | undefined
  return (view, today = '') => {
    const revision = (view as { revision?: unknown }).revision
    const rev = typeof revision === 'number' ? revision : -1
    const hit = cache.get(view)
    if (rev >= 0 && hit && hit.revision === rev && hit.today === today) return hit.value
    const inputs = collections.map((name) => view.all(name))
    if (hit && sameInputs(hit, today, inputs)) {
      hit.revision = rev
      return hit.value
    }
    const value = last && sameInputs(last, today, inputs) ? last.value : compute(view, today)
    const entry: Entry<T> = { revision: rev, today, inputs, value }
    cache.set(view, entry)
    last = entry
    return value
  }
}
