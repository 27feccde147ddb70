// How far a computation of the unclaimed credits in slices (unclaimed-slices.ts) has got, so that
// a request needing the whole list meanwhile (the agenda, `sla claims`), which cannot wait for the
// slices, finishes it from there: at 100,000 vendors starting again from the first contract took
// seconds that the slices had already spent.
import type { Temporal } from 'temporal-polyfill'
import type { StoreView } from '../store/store.ts'
import type { CalendarDate } from '../time/calendar-date.ts'
import { localDate } from '../time/zone.ts'
import {
  allUnclaimed,
  byUrgency,
  CREDIT_COLLECTIONS,
  contractCredits,
  type ForConfig,
  keyOf,
  type UnclaimedCredit,
} from './unclaimed.ts'

type CreditConfig = ForConfig['config']

/**
 * What a computation in slices (unclaimed-slices.ts) has made so far: the rows of the contracts
 * before `next`, as sorted runs, from `inputs` (the CREDIT_COLLECTIONS' records) on `today`.
 */
export interface SlicesDone {
  key: string
  today: CalendarDate
  inputs: readonly (readonly unknown[])[]
  runs: readonly (readonly UnclaimedCredit[])[]
  next: number
}

let underWay: SlicesDone | undefined

/** Set by a computation in slices as it goes; undefined when it ends. */
export function slicesUnderWay(done: SlicesDone | undefined): void {
  underWay = done
}

/**
 * Every contract's rows, sorted: a request that cannot wait for the slices under way for the same
 * records finishes from where they are rather than from the first contract.
 */
export function finishedOrAll(
  view: StoreView,
  config: CreditConfig,
  now: Temporal.Instant,
): UnclaimedCredit[] {
  const done = underWay
  const today = localDate(now, config.TICKLER_TIMEZONE)
  const same =
    done?.key === keyOf(config) &&
    done.today === today &&
    CREDIT_COLLECTIONS.every((name, i) => view.all(name) === done.inputs[i])
  if (!same) return allUnclaimed(view, config, now)
  const contracts = view.all('contracts')
  const rows = done.runs.flat()
  for (let i = done.next; i < contracts.length; i++)
    rows.push(...contractCredits(view, config, now, today, contracts[i]!))
  // No two rows are equal by urgency (one per contract and month), so sorting the runs and the
  // rest gives the order allUnclaimed gives.
  return rows.sort(byUrgency)
}
