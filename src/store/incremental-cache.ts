// revisionCache (revision-cache.ts) for values that are costly to build but cheap to patch: after
// a write that changed a few records of the named collections, the value of the same day is
// updated from the records that changed instead of built again. At 100,000 vendors building the
// renewals list (200,000 contracts' terms, deadlines and a sort) takes a second; one contract
// edit patches it in a few milliseconds.
import type { CalendarDate } from '../time/calendar-date.ts'
import { type RecordChanges, recordChanges } from './record-changes.ts'
import { sameRecords } from './revision-cache.ts'
import type { CollectionName, StoreView } from './store.ts'

interface Entry<T> {
  revision: number
  today: CalendarDate
  inputs: readonly (readonly { id: string }[])[]
  value: T
}

export interface IncrementalOptions<T, E> {
  /**
   * Builds the value from scratch. Must read nothing from the view but `collections`. `extra` is
   * what the caller passed with this request (e.g. the instant), not part of the cache key.
   */
  build(view: StoreView, today: CalendarDate, extra: E): T
  /**
   * A new value from the previous one of the same day and the changes to each collection (in the
   * order of `collections`). Must not mutate `previous`: other views may still hold it. Null
   * means "build instead".
   */
  update(
    previous: T,
    changes: readonly RecordChanges<{ id: string }>[],
    view: StoreView,
    today: CalendarDate,
    extra: E,
  ): T | null
  /** More changed records than this (all collections together) and the value is built again. */
  limit?: number
}

/** As revisionCache, with `update` tried before `build` when only a few records changed. */
export function incrementalCache<T, E = undefined>(
  collections: readonly CollectionName[],
  options: IncrementalOptions<T, E>,
): (view: StoreView, today?: CalendarDate, extra?: E) => T {
  const limit = options.limit ?? 1000
  const cache = new WeakMap<object, Entry<T>>()
  let last: Entry<T> | undefined
  const patched = (
    base: Entry<T>,
    inputs: Entry<T>['inputs'],
    view: StoreView,
    today: CalendarDate,
    extra: E,
  ) => {
    const changes: RecordChanges<{ id: string }>[] = []
    let room = limit
    for (let i = 0; i < inputs.length; i++) {
      const found = recordChanges(base.inputs[i]!, inputs[i]!, room)
      if (!found) return null
      room -= found.removed.length + found.added.length
      changes.push(found)
    }
    return options.update(base.value, changes, view, today, extra)
  }
  return (view, today = '', extra = undefined as E) => {
    const revision = (view as { revision?: unknown }).revision
    const rev = typeof revision === 'number' ? revision : -1
    const hit = cache.get(view)
    if (rev >= 0 && hit && hit.revision === rev && hit.today === today) return hit.value
    const inputs = collections.map((name) => view.all(name) as readonly { id: string }[])
    const same = (entry: Entry<T> | undefined) =>
      entry?.today === today && inputs.every((records, i) => sameRecords(entry.inputs[i]!, records))
    let value: T
    if (hit && same(hit)) value = hit.value
    else if (last && same(last)) value = last.value
    else {
      const base = hit?.today === today ? hit : last?.today === today ? last : undefined
      value = (base && patched(base, inputs, view, today, extra)) ?? options.build(view, today, extra)
    }
    const entry: Entry<T> = { revision: rev, today, inputs, value }
    cache.set(view, entry)
    last = entry
    return value
  }
}
