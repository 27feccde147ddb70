// Every contract's unclaimed credits computed a slice at a time (unclaimed.ts computes them in one
// go): 1.2 s at 10,000 vendors and about 10 s at 100,000. The reminder sweep needs them (its
// weekly digest is an agenda) and computed them in one piece about a second after `serve` was
// ready, so every request in that time waited for it. Between slices the event loop is free;
// the rows, sorted and merged the same way, are kept where unclaimedOn finds them.
import { setImmediate as turn } from 'node:timers/promises'
import type { Temporal } from 'temporal-polyfill'
import type { Contract } from '../domain/contract.ts'
import type { StoreView } from '../store/store.ts'
import { localDate } from '../time/zone.ts'
import {
  byUrgency,
  CREDIT_COLLECTIONS,
  contractCredits,
  type ForConfig,
  keyOf,
  knownUnclaimed,
  rememberUnclaimed,
  type UnclaimedCredit,
  unclaimedOn,
} from './unclaimed.ts'
import { slicesUnderWay } from './unclaimed-progress.ts'

type CreditConfig = ForConfig['config']

export interface Slicing {
  /** Contracts computed between two turns of the event loop, at most. */
  contracts: number
  /**
   * Milliseconds of computing after which a slice ends early: in a fresh process the first slices
   * run cold (unoptimised code, the shared indexes built), and 200 contracts took 275 ms at
   * 10,000 vendors where a warm slice takes 4 ms.
   */
  sliceMs: number
  /** Rows placed between two turns while merging the slices' sorted rows. */
  merged: number
  /** Gives the event loop its turn; tests count them. */
  pause: () => Promise<unknown>
}

/** About 10 ms of work each on this machine at 100,000 vendors, once warm. */
const DEFAULT: Slicing = { contracts: 200, sliceMs: 10, merged: 20_000, pause: () => turn() }

/** A write to the records credits are made of while slicing: what was computed is thrown away. */
const ATTEMPTS = 3

/** The computation under way for a store, which a second caller joins instead of starting one. */
const computations = new WeakMap<StoreView, Promise<ForConfig>>()

/**
 * The unclaimed credits on `now`'s day, as unclaimedOn gives them, computed in slices when they are
 * not kept yet. A write to a contract, incident, claim or another record credits are made of
 * while it runs starts it again; after a few such writes it computes in one piece as before.
 * A request that needs the whole list (the agenda, `sla claims`) awaits this first: while the
 * sweep's slices are under way it waits for them with the event loop free, where finishing them
 * in one piece held every other request for seconds at 100,000 vendors.
 */
export function unclaimedInSlices(
  view: StoreView,
  config: CreditConfig,
  now: Temporal.Instant,
  slicing: Partial<Slicing> = {},
): Promise<ForConfig> {
  const known = knownUnclaimed(view, config, now)
  if (known) return Promise.resolve(known)
  const running = computations.get(view)
  // Another day or configuration than the one under way is computed, in one piece, when it ends.
  if (running) return running.catch(() => undefined).then(() => unclaimedOn(view, config, now))
  const computing = inSlices(view, config, now, slicing).finally(() => computations.delete(view))
  computations.set(view, computing)
  return computing
}

async function inSlices(
  view: StoreView,
  config: CreditConfig,
  now: Temporal.Instant,
  slicing: Partial<Slicing>,
): Promise<ForConfig> {
  const { contracts: perSlice, sliceMs, merged, pause } = { ...DEFAULT, ...slicing }
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const known = knownUnclaimed(view, config, now)
    if (known) return known
    const inputs = CREDIT_COLLECTIONS.map((name) => view.all(name))
    const changed = () => CREDIT_COLLECTIONS.some((name, i) => view.all(name) !== inputs[i])
    const today = localDate(now, config.TICKLER_TIMEZONE)
    const contracts = view.all('contracts') as readonly Contract[]
    const runs: UnclaimedCredit[][] = []
    const key = keyOf(config)
    try {
      for (let from = 0; from < contracts.length; ) {
        const run: UnclaimedCredit[] = []
        const started = performance.now()
        const end = Math.min(from + perSlice, contracts.length)
        do run.push(...contractCredits(view, config, now, today, contracts[from++]!))
        while (from < end && performance.now() - started < sliceMs)
        // Rows come out as one stable sort of every contract's in order, wherever slices end.
        runs.push(run.sort(byUrgency))
        slicesUnderWay({ key, today, inputs, runs, next: from })
        await pause()
        // A request that needed the list meanwhile finished it (unclaimedOn).
        const finished = knownUnclaimed(view, config, now)
        if (finished) return finished
        if (changed()) break
      }
    } finally {
      slicesUnderWay(undefined)
    }
    if (changed()) continue
    const rows = await mergedInSlices(runs, merged, pause)
    const finished = knownUnclaimed(view, config, now)
    if (finished) return finished
    if (changed()) continue
    return rememberUnclaimed(view, config, now, rows)
  }
  return unclaimedOn(view, config, now)
}

/**
 * The runs (each sorted by urgency) merged into one sorted list, pairs of neighbours at a time;
 * on equal rows the earlier run's comes first, so the list is what one stable sort of the runs
 * laid end to end gives.
 */
async function mergedInSlices(
  runs: UnclaimedCredit[][],
  perTurn: number,
  pause: () => Promise<unknown>,
): Promise<UnclaimedCredit[]> {
  let placed = 0
  while (runs.length > 1) {
    const next: UnclaimedCredit[][] = []
    for (let r = 0; r < runs.length; r += 2) {
      const a = runs[r]!
      const b = runs[r + 1]
      if (!b) {
        next.push(a)
        continue
      }
      const out: UnclaimedCredit[] = []
      let i = 0
      let j = 0
      while (i < a.length && j < b.length) {
        out.push(byUrgency(b[j]!, a[i]!) < 0 ? b[j++]! : a[i++]!)
        if (++placed >= perTurn) {
          placed = 0
          await pause()
        }
      }
      while (i < a.length) out.push(a[i++]!)
      while (j < b.length) out.push(b[j++]!)
      next.push(out)
    }
    runs = next
  }
  return runs[0] ?? []
}
