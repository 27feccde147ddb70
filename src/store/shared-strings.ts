// Repeated text in the register held once. JSON.parse makes a new string for every value it reads,
// so a register opened from its snapshot or journal holds a copy of a vendor's id in each of its
// contracts, incidents and checks, and one of "report on file" or "questionnaire" in every risk
// check: at 10,000 vendors about 150,000 copies and 6 MB of a serve's 90 MB live heap. After
// start-up (Store.warm) every short string in the register is swapped for the first record's
// instance of it, a step at a time; an equal string in its place changes nothing a reader sees.

/** Longer values (notes, summaries) are rarely repeated, and pooling them would cost more. */
const SHORTEST_UNSHARED = 65

/** Records handled between two yields: a few milliseconds' work. */
export const SHARE_STEP = 2000

type Pool = Map<string, string>

function shared(pool: Pool, text: string): string {
  if (text.length >= SHORTEST_UNSHARED) return text
  const first = pool.get(text)
  if (first !== undefined) return first
  pool.set(text, text)
  return text
}

/** Shares the strings of `value`'s fields, and of lists and objects in them (`depth` levels). */
function shareFields(pool: Pool, value: Record<string, unknown> | unknown[], depth: number): void {
  const fields = value as Record<string, unknown>
  for (const key of Array.isArray(value) ? value.keys() : Object.keys(value)) {
    const field = fields[key]
    if (typeof field === 'string') fields[key] = shared(pool, field)
    else if (depth > 0 && typeof field === 'object' && field !== null)
      shareFields(pool, field as Record<string, unknown>, depth - 1)
  }
}

/**
 * Shares repeated strings across `collections`' records in place, yielding every `step` records.
 * Ids go first, the key's own instance, so later references to a record share its key. Records
 * replaced meanwhile (a commit between steps) are visited or not; either way nothing changes.
 */
export function* shareStrings(
  collections: Iterable<ReadonlyMap<string, unknown>>,
  step = SHARE_STEP,
): Generator<void, void> {
  const pool: Pool = new Map()
  let done = 0
  for (const records of collections) {
    for (const [id, record] of records) {
      shared(pool, id)
      if (typeof record === 'object' && record !== null)
        shareFields(pool, record as Record<string, unknown>, 2)
      if (++done >= step) {
        done = 0
        yield
      }
    }
  }
}
