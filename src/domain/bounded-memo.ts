// The one memo for pure functions keyed by their inputs (due times, midnights, opening hours):
// values depend on the key alone, so nothing invalidates them; the limit only keeps a server that
// runs for months from holding every key it ever saw. Past the limit it starts again from empty,
// which costs one recomputation per key and never a wrong answer.
export interface BoundedMemo<V> {
  get(key: string, compute: () => V): V
}

export function boundedMemo<V extends NonNullable<unknown>>(limit: number): BoundedMemo<V> {
  const entries = new Map<string, V>()
  return {
    get(key, compute) {
      const hit = entries.get(key)
      if (hit !== undefined) return hit
      if (entries.size >= limit) entries.clear()
      const value = compute()
      entries.set(key, value)
      return value
    },
  }
}
