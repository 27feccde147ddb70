// Which records differ between two listings of one collection, by identity: records are replaced,
// never mutated, so an unchanged record is the same object. A store lists a collection in insertion
// order (a replaced record keeps its place, a new one goes last), so one walk over both listings
// finds the few a write changed without hashing 200,000 records; any other order still comes out
// right, only with more records reported (the same object both removed and added).

export interface RecordChanges<T> {
  /** Records of `before` that are gone (replaced or removed). */
  removed: T[]
  /** Records of `after` that are new (replacements or additions). */
  added: T[]
}

/** The changes from `before` to `after`, or null when more than `limit` records changed. */
export function recordChanges<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  limit: number,
): RecordChanges<T> | null {
  const removed: T[] = []
  const added: T[] = []
  let i = 0
  let j = 0
  while (i < before.length && j < after.length) {
    const old = before[i]!
    const now = after[j]!
    if (old === now) {
      i++
      j++
    } else if (old.id === now.id) {
      removed.push(old)
      added.push(now)
      i++
      j++
    } else {
      // Not in its place: removed, or moved (then it is added again below).
      removed.push(old)
      i++
    }
    if (removed.length + added.length > limit) return null
  }
  for (; i < before.length; i++) removed.push(before[i]!)
  for (; j < after.length; j++) added.push(after[j]!)
  return removed.length + added.length > limit ? null : { removed, added }
}
