// A full garbage collection that compacts every page and gives the freed ones back to the system.
// V8 frees garbage but keeps the pages it was on while any live object remains there, and grows
// the old generation to a multiple of what survived its last collection: after opening 100,000
// vendors and computing their unclaimed credits, `serve` kept 1.1 GB of pages for 0.8 GB of live
// objects until the process ended. Its memory reducer compacts only after seconds of low
// allocation, and `gc()` alone frees without moving, so the half-empty pages stay resident.
import { getHeapSpaceStatistics, getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

type Collect = (options?: { type: 'major' | 'minor' }) => void

let collect: Collect | undefined

/**
 * V8's gc() without --expose-gc on the command line: the flag is read when a context is made, so
 * a new context has the function, and later contexts are left as they were.
 */
function garbageCollector(): Collect {
  const global = (globalThis as { gc?: Collect }).gc
  if (global) return global
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as Collect
  setFlagsFromString('--no-expose-gc')
  return gc
}

export interface Compaction {
  /** Committed heap bytes before and after. */
  before: number
  after: number
  /** How long the event loop was held. */
  ms: number
}

/** Holds the event loop (about 0.1 s per 100 MB of live objects): call it only when idle. */
export function compactHeap(): Compaction {
  collect ??= garbageCollector()
  const before = getHeapStatistics().total_physical_size
  const started = performance.now()
  // Read at each full collection: on for this one only, so ordinary collections keep V8's
  // heuristics (compacting every time would move the whole register on each one).
  setFlagsFromString('--compact-on-every-full-gc')
  try {
    collect()
  } finally {
    setFlagsFromString('--no-compact-on-every-full-gc')
  }
  return { before, after: getHeapStatistics().total_physical_size, ms: performance.now() - started }
}

const youngCommitted = () =>
  getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.physical_space_size ?? 0

/**
 * Gives back the young generation's pages beyond its floor. V8 grows it to 32 MB under allocation
 * (opening the store, any command at 100,000 vendors) and shrinks it only in a collection that
 * finds allocation slow over the last five seconds, which a quiet server never runs: a young-only
 * collection (about a millisecond) called after five quiet seconds is one. Returns the committed
 * bytes before and after.
 */
export function shrinkYoungGeneration(): Compaction {
  collect ??= garbageCollector()
  const before = youngCommitted()
  const started = performance.now()
  collect({ type: 'minor' })
  return { before, after: youngCommitted(), ms: performance.now() - started }
}

/**
 * Stops V8 growing the young generation (it doubles it, up to 32 MB, when many objects survive a
 * young collection, as they all do while the store is read). Set before the store is opened by
 * `serve`: it kept 32 MB of young generation that the running server never used again, and the
 * larger young generation let more of the open's temporaries pile up; at 10,000 vendors RSS at
 * ready went from about 205 MB to about 165 MB, the open as fast. Read at each collection.
 */
export function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1')
}
