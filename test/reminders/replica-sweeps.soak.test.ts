// Issue 18: three replicas on one PostgreSQL database sweep reminders at the same instants, every
// day of a simulated year, each restarted at seeded random days (a new store instance, its
// mirror loaded afresh). Every (contract, deadline, stage, channel) is posted exactly once, and
// the set posted is exactly what a single sweeper over a memory store posts on the same days.
import { Temporal } from 'temporal-polyfill'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { rng } from '../../bench/generate.ts'
import type { Context } from '../../src/commands/command.ts'
import type { Notifier } from '../../src/reminders/notifier.ts'
import { runReminderSweep } from '../../src/reminders/sweep.ts'
import { openPostgresStore } from '../../src/store/postgres/postgres-store.ts'
import type { Store } from '../../src/store/store.ts'
import { vendor } from '../support/factories.ts'
import { ManualClock } from '../support/manual-clock.ts'
import { MemoryStore } from '../support/memory-store.ts'
import { createDatabase } from '../support/postgres.ts'
import { contract, makeContext, say, seed } from './helpers.ts'

const START = '2027-01-01T09:00:00Z'
const DAYS = 366
const REPLICAS = 3
const CHANNELS = ['slack:T1:C1', 'slack:T1:C2', 'slack:T1:C3']
const ENV = { TICKLER_TIMEZONE: 'Europe/London', REMINDER_DM: 'off' }

/** Twelve contracts whose deadlines fall all through the year, fixed and auto-renewing. */
function contracts() {
  return Array.from({ length: 12 }, (_, i) =>
    contract(`c${i + 1}`, 'v1', {
      title: `Contract ${i + 1}`,
      endDate: Temporal.PlainDate.from('2027-02-15')
        .add({ days: 29 * i })
        .toString(),
      noticeDays: 30 + 10 * (i % 4),
      autoRenew: i % 3 === 0,
    }),
  )
}

async function prepare(context: Context): Promise<void> {
  await seed(context, [vendor('v1', 'Contoso', { tier: 'high' })], contracts())
  for (const channel of CHANNELS) await say(context, 'subscribe renewals', { channel })
}

/** Accepts every post after a moment of latency, as a real API call has, so replicas interleave. */
const notifier: Notifier = {
  platform: 'slack',
  async post() {
    await new Promise((resolve) => setTimeout(resolve, 1))
    return { ok: true }
  },
}

let database: string
const stores: Store[] = []
beforeAll(async () => {
  database = await createDatabase('sweeps')
})
afterAll(async () => {
  for (const store of stores) await store.close().catch(() => undefined)
})

it('posts every renewal stage exactly once with three replicas sweeping together for a year', {
  timeout: 1_200_000,
}, async () => {
  const random = rng(0x5eed18)
  const clock = new ManualClock(Temporal.Instant.from(START))

  // The reference: one sweeper, no database, no restarts.
  const reference = makeContext({ store: new MemoryStore(), clock, env: ENV })
  await prepare(reference)
  const expected: string[] = []
  for (let day = 0; day < DAYS; day++) {
    clock.set(Temporal.Instant.from(START).add({ hours: 24 * day }))
    const result = await runReminderSweep({ context: reference, notifiers: [notifier] })
    expected.push(...result.posts.filter((p) => p.outcome === 'posted').map((p) => p.key))
  }
  expect(expected.length).toBeGreaterThan(100)
  expect(new Set(expected).size).toBe(expected.length)

  clock.set(START)
  const open = async () => {
    const store = await openPostgresStore(database)
    stores.push(store)
    return makeContext({ store, clock, env: ENV })
  }
  const replicas: Context[] = []
  for (let i = 0; i < REPLICAS; i++) replicas.push(await open())
  await prepare(replicas[0]!)

  const posted: string[] = []
  const bySlot = replicas.map(() => 0)
  let restarts = 0
  for (let day = 0; day < DAYS; day++) {
    const now = Temporal.Instant.from(START).add({ hours: 24 * day })
    clock.set(now)
    for (let i = 0; i < REPLICAS; i++) {
      if (random() < 0.04) {
        await replicas[i]!.store.close()
        replicas[i] = await open()
        restarts++
      }
    }
    const results = await Promise.all(
      replicas.map((context) => runReminderSweep({ context, now, notifiers: [notifier] })),
    )
    results.forEach((result, i) => {
      const keys = result.posts.filter((p) => p.outcome === 'posted').map((p) => p.key)
      posted.push(...keys)
      bySlot[i]! += keys.length
    })
  }

  expect(restarts).toBeGreaterThan(20)
  const twice = posted.filter((key, i) => posted.indexOf(key) !== i)
  expect(twice).toEqual([])
  expect([...posted].sort()).toEqual([...expected].sort())
  // Each post was made by whichever replica claimed it first: every replica did some of the work.
  expect(bySlot.every((n) => n > 0)).toBe(true)
  const ledger = replicas[0]!.store
  await ledger.refresh()
  const delivered = ledger.all('deliveries').filter((d) => d.status === 'posted')
  expect(delivered.map((d) => d.id).sort()).toEqual([...expected].sort())
})
