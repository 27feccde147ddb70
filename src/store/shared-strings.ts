// Repeated text in the register held once. JSON.parse makes a new string for every value it reads,
// so a register opened from its snapshot or journal holds a copy of a vendor's id in each of its
// contracts, incidents and checks, and one of "report on file" or "questionnaire" in every risk
// check. After start-up (Store.warm) they are swapped for one instance, a step at a time; an equal
// string in its place changes nothing a reader sees. At 10,000 vendors that gives back 2.5 MB of
// the heap, in 62 steps of at most 4 ms (85 ms in all).
// A reference takes the referenced record's own id, so it needs no pool. Other fields are pooled
// per field while they have few distinct values (kinds, tiers, owners, evidence); a field that
// turns out to have many (names, dates, notes) stops being pooled. One pool of every short string
// freed 0.7 MB more at 10,000 vendors but took 233 ms, and at 100,000 would have held millions.

/** References by field name, to the collection whose record ids they hold. */
const REFERENCES: Readonly<Record<string, string>> = { vendorId: 'vendors', contractId: 'contracts' }

/** A field with more distinct values than this is left as it is from then on. */
const MOST_VALUES = 256

/** Records handled between two yields: a few milliseconds' work. */
export const SHARE_STEP = 2000

type Collections = Readonly<Record<string, ReadonlyMap<string, unknown>>>

/** One collection's pools by field path ("history.by"); null once a field has too many values. */
type Pools = Map<string, Map<string, string> | null>

function shared(pools: Pools, field: string, text: string): string {
  let pool = pools.get(field)
  if (pool === null) return text
  if (pool === undefined) {
    pool = new Map()
    pools.set(field, pool)
  }
  const first = pool.get(text)
  if (first !== undefined) return first
  if (pool.size === MOST_VALUES) pools.set(field, null)
  else pool.set(text, text)
  return text
}

/** Shares `value`'s strings, and those in its lists and objects, `depth` levels down. */
function shareFields(
  value: Record<string, unknown> | unknown[],
  path: string,
  pools: Pools,
  collections: Collections,
  depth: number,
): void {
  const fields = value as Record<string, unknown>
  const list = Array.isArray(value)
  for (const key of list ? value.keys() : Object.keys(value)) {
    const field = fields[key]
    const at = list ? path : path ? `${path}.${key}` : (key as string)
    if (typeof field === 'string') {
      const target = REFERENCES[at]
      if (target === undefined) fields[key] = shared(pools, at, field)
      else {
        const referenced = collections[target]?.get(field) as { id?: unknown } | undefined
        if (referenced?.id === field) fields[key] = referenced.id
      }
    } else if (depth > 0 && typeof field === 'object' && field !== null) {
      shareFields(field as Record<string, unknown>, at, pools, collections, depth - 1)
    }
  }
}

/**
 * Shares repeated strings across the records of `collections` (by name) in place, yielding every
 * `step` records. Records replaced meanwhile (a commit between steps) are visited or not; either
 * way nothing a reader sees changes.
 */
export function* shareStrings(collections: Collections, step = SHARE_STEP): Generator<void, void> {
  let done = 0
  for (const records of Object.values(collections)) {
    const pools: Pools = new Map([['id', null]])
    for (const record of records.values()) {
      if (typeof record === 'object' && record !== null)
        shareFields(record as Record<string, unknown>, '', pools, collections, 2)
      if (++done >= step) {
        done = 0
        yield
      }
    }
  }
}
