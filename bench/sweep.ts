// The reminder sweep over the whole register, as the scheduler runs it. The ledger is first filled
// as a Tickler that has been running all along would hold it (every post due up to yesterday
// recorded as posted), so the first real sweep posts one day's newly due stages, as the first
// sweep after midnight does. Then: dry runs (planning only), that first real sweep, and the steady
// state (later sweeps with nothing new to post). Each timed sweep follows an unrelated write, so
// no per-revision cache answers for it: the cost measured is the full plan.
import type { Temporal } from 'temporal-polyfill'
import type { Tickler } from '../src/app/open-tickler.ts'
import type { Delivery } from '../src/domain/reminder.ts'
import type { Notifier } from '../src/reminders/notifier.ts'
import { planSweep, runReminderSweep } from '../src/reminders/sweep.ts'
import { type SampleOptions, sample, time } from './stats.ts'

export function fakeNotifiers(): { notifiers: Notifier[]; posts: () => number } {
  let posts = 0
  const notifier = (platform: 'slack' | 'teams'): Notifier => ({
    platform,
    async post() {
      posts++
      return { ok: true }
    },
  })
  return { notifiers: [notifier('slack'), notifier('teams')], posts: () => posts }
}

/** A bookkeeping write (a Teams conversation reference refreshed) that moves the store's revision. */
export async function touch(tickler: Tickler, i: number): Promise<void> {
  const { store, clock } = tickler.context
  const at = clock.now()
  await store.transact({ who: 'bench', at, action: 'conversation' }, (tx) => {
    tx.put('conversations', {
      id: 'teams:19:bench@thread.tacv2',
      platform: 'teams',
      reference: { conversation: { id: '19:bench@thread.tacv2' }, touched: i },
      updatedAt: at.toString({ smallestUnit: 'second' }),
    })
  })
}

/** Records every post planned at `at` as posted, in one write: the ledger of earlier sweeps. */
export async function fillLedger(tickler: Tickler, at: Temporal.Instant): Promise<number> {
  const planned = await planSweep(tickler.context, at)
  const stamp = at.toString({ smallestUnit: 'second' })
  await tickler.context.store.transact({ who: 'tickler', at, action: 'reminder posted' }, (tx) => {
    for (const post of planned) {
      const delivery: Delivery = {
        id: post.key,
        topic: post.topic,
        channel: post.channel,
        contractId: post.contractId,
        deadline: post.deadline,
        stage: post.stage,
        status: 'posted',
        attempts: 1,
        error: null,
        at: stamp,
      }
      tx.put('deliveries', delivery)
    }
  })
  return planned.length
}

export interface SweepSamples {
  ledger: number
  dryRun: number[]
  planned: number
  first: { ms: number; posted: number }
  steady: number[]
  steadyPosted: number
}

export async function measureSweep(
  tickler: Tickler,
  now: Temporal.Instant,
  options: SampleOptions,
): Promise<SweepSamples> {
  const context = tickler.context
  const { notifiers } = fakeNotifiers()
  const ledger = await fillLedger(tickler, now.subtract({ hours: 24 }))
  let planned = 0
  const dryRun = await sample(
    async () => {
      planned = (await runReminderSweep({ context, notifiers, now, dryRun: true })).posts.length
    },
    { ...options, before: (i) => touch(tickler, i) },
  )
  const first = await time(() => runReminderSweep({ context, notifiers, now }))
  let steadyPosted = 0
  const steady = await sample(
    async () => {
      steadyPosted += (await runReminderSweep({ context, notifiers, now })).posted
    },
    { ...options, before: (i) => touch(tickler, 1_000_000 + i) },
  )
  return {
    ledger,
    dryRun,
    planned,
    first: { ms: first.ms, posted: first.value.posted },
    steady,
    steadyPosted,
  }
}
