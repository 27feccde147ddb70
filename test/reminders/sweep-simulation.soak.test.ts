// 400 days of hourly sweeps against the JSON store, checked against an independent model of SPEC §5:
// restarts and crashes at seeded random points, a 20-day outage, overlapping sweeps from two store
// instances ("processes"), failed posts, a 429 with Retry-After, a broken channel, and people
// pressing Acknowledge, Snooze and Decide. Every sweep must deliver exactly what the model says is
// due (a subset when the sweep crashed or a channel failed), and nothing is ever delivered twice.
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import type { Contract } from '../../src/domain/contract.ts'
import type { Filters } from '../../src/reminders/filters.ts'
import { runReminderSweep } from '../../src/reminders/sweep.ts'
import type { Reply } from '../../src/reply/reply.ts'
import type { Store } from '../../src/store/store.ts'
import { vendor } from '../support/factories.ts'
import { ManualClock } from '../support/manual-clock.ts'
import { contract, FakeNotifier, makeContext, renewalTarget, say, seed } from './helpers.ts'
import { dataFolders, HourlyEvents, openUnsyncedStore as openJsonStore, random } from './simulation.ts'

// ---- the model: written apart from src/, days as UTC day numbers, zones through Temporal ----
const DAY = 86_400_000
const dayNumber = (date: string) =>
  Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY
const plusDays = (date: string, n: number) => new Date((dayNumber(date) + n) * DAY).toISOString().slice(0, 10)
const diffDays = (from: string, to: string) => dayNumber(to) - dayNumber(from)
const memo = new Map<string, number>()
/** Epoch ms of a wall-clock time on a date in a zone (memoised: the model asks every hour). */
function wallClockMs(date: string, time: string, zone: string): number {
  const key = `${zone}|${date}|${time}`
  let ms = memo.get(key)
  if (ms === undefined) {
    ms = Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: zone, plainTime: time }).epochMilliseconds
    memo.set(key, ms)
  }
  return ms
}

const termEnds = new Map<string, string>()
function modelTermEnd(c: Contract, today: string): string {
  const key = `${c.endDate}|${c.renewalTermMonths}|${c.autoRenew}|${today}`
  const known = termEnds.get(key)
  if (known) return known
  let end = c.endDate
  while (c.autoRenew && end < today) {
    const start = Temporal.PlainDate.from(end).add({ days: 1 })
    end = start.add({ months: c.renewalTermMonths }).subtract({ days: 1 }).toString()
  }
  termEnds.set(key, end)
  return end
}

function modelDeadlines(c: Contract, today: string): string[] {
  if (c.status === 'ended' || c.startDate > today || (!c.autoRenew && c.endDate < today)) return []
  const end = modelTermEnd(c, today)
  const notice = plusDays(end, -c.noticeDays)
  return !c.autoRenew && notice !== end ? [notice, end] : [notice]
}

interface ModelSub {
  channel: string
  createdAtMs: number
  filters: Filters
  live: boolean
  digest: boolean
}

class Model {
  contracts = new Map<string, Contract>()
  tiers = new Map<string, string>()
  owners = new Map<string, string>()
  subs = new Map<string, ModelSub>()
  posted = new Set<string>()
  stopped = new Set<string>()
  snoozed = new Map<string, string>()

  constructor(
    readonly zone: string,
    readonly stages: number[],
  ) {}

  today(at: Temporal.Instant) {
    return at.toZonedDateTimeISO(this.zone).toPlainDate().toString()
  }

  stageFor(deadline: string, day: string): number | null {
    const left = diffDays(day, deadline)
    const due = this.stages.filter((s) => s >= left)
    return left < 0 || due.length === 0 ? null : Math.min(...due)
  }

  passes(sub: ModelSub, c: Contract) {
    const owner = c.owner || this.owners.get(c.vendorId) || ''
    if (sub.filters.tiers.length > 0 && !sub.filters.tiers.includes(this.tiers.get(c.vendorId) as never))
      return false
    return !sub.filters.owner || owner === sub.filters.owner
  }

  /** Keys of every post due at `at`: `renewal|c|deadline|stage|channel` and `digest|week|channel`. */
  expected(at: Temporal.Instant, today: string): Set<string> {
    const due = new Set<string>()
    for (const c of this.contracts.values()) {
      for (const deadline of modelDeadlines(c, today)) {
        const stage = this.stageFor(deadline, today)
        if (stage === null || this.stopped.has(`${c.id}|${deadline}`)) continue
        const until = this.snoozed.get(`${c.id}|${deadline}`)
        if (until && today < until) continue
        const dueAt = wallClockMs(plusDays(deadline, -stage), '00:00', this.zone)
        for (const sub of this.subs.values()) {
          if (sub.digest || !sub.live || dueAt < sub.createdAtMs || !this.passes(sub, c)) continue
          const key = `renewal|${c.id}|${deadline}|${stage}|${sub.channel}`
          if (!this.posted.has(key)) due.add(key)
        }
      }
    }
    const date = Temporal.PlainDate.from(today)
    const slot = wallClockMs(plusDays(today, 1 - date.dayOfWeek), '08:00', this.zone)
    const week = `${date.yearOfWeek}-W${String(date.weekOfYear).padStart(2, '0')}`
    for (const sub of this.subs.values()) {
      if (!sub.digest || !sub.live || slot > at.epochMilliseconds || slot < sub.createdAtMs) continue
      const key = `digest|${week}|${sub.channel}`
      if (!this.posted.has(key)) due.add(key)
    }
    return due
  }

  /** The key of a delivered post, read from the post itself and the local day it arrived. */
  keyOf(channel: string, reply: Reply, today: string): string {
    if (reply.title?.startsWith('Agenda')) {
      const date = Temporal.PlainDate.from(today)
      return `digest|${date.yearOfWeek}-W${String(date.weekOfYear).padStart(2, '0')}|${channel}`
    }
    const { contractId, deadline } = renewalTarget(reply)
    return `renewal|${contractId}|${deadline}|${this.stageFor(deadline, today)}|${channel}`
  }
}

// ---- the scenario ----
const S1 = 'slack:T1:C1'
const S2 = 'slack:T1:C2'
const TM = 'teams:19:conv-1@thread.tacv2'
const START = Temporal.Instant.from('2026-12-01T00:00:00Z')
const HOURS = 400 * 24
const OUTAGE = { from: 200 * 24 + 7, to: 220 * 24 + 7 }

const dataFolder = dataFolders('tickler-sweep-')

describe.each([
  { zone: 'Pacific/Auckland', stages: '90,60,30,14,7,1', seed: 7 },
  { zone: 'America/New_York', stages: '60,21,3,0', seed: 1234 },
])('400 days of hourly sweeps in $zone (stages $stages)', ({ zone, stages, seed: rngSeed }) => {
  it('posts every due stage exactly once, on its local day, through restarts, crashes and an outage', async () => {
    const rng = random(rngSeed)
    const dir = await dataFolder()
    // U0PRESS presses every button, Decide included, which is for admins and owners (SPEC §6.1).
    const env = { TICKLER_TIMEZONE: zone, REMINDER_STAGES: stages, TICKLER_ADMINS: 'U0PRESS' }
    const clock = new ManualClock(START)
    let store: Store = await openJsonStore(dir)
    let context = makeContext({ store, clock, env })
    const model = new Model(zone, stages.split(',').map(Number))
    const slack = new FakeNotifier('slack')
    const teams = new FakeNotifier('teams')
    const stats = {
      restarts: 0,
      crashes: 0,
      overlaps: 0,
      rateLimited: 0,
      failed: 0,
      broken: 0,
      presses: 0,
      posts: 0,
      late: 0,
    }

    // Vendors and contracts: tiers and owners for the filters, all kinds of deadlines.
    const vendors = [
      vendor('v1', 'Contoso', { tier: 'critical', owner: 'U0OWNER1' }),
      vendor('v2', 'Fabrikam', { tier: 'high', owner: 'U0OWNER2' }),
      vendor('v3', 'Northwind', { tier: 'medium', owner: 'U0OWNER1' }),
      vendor('v4', 'Tailspin', { tier: 'low' }),
    ]
    const makeContract = (id: string): Contract =>
      contract(id, rng.pick(vendors).id, {
        title: `Contract ${id}`,
        startDate: rng.next() < 0.15 ? '2027-02-15' : '2025-01-01',
        endDate: plusDays('2027-03-01', rng.int(420)),
        autoRenew: rng.next() < 0.5,
        renewalTermMonths: rng.pick([12, 6, 3, 1]),
        noticeDays: rng.pick([0, 14, 30, 45, 60, 90]),
        owner: rng.next() < 0.2 ? 'U0OWNER1' : '',
      })
    const initial = Array.from({ length: 18 }, (_, i) => makeContract(`c${i + 1}`))
    await seed(context, vendors, initial)
    for (const v of vendors) {
      model.tiers.set(v.id, v.tier)
      model.owners.set(v.id, v.owner)
    }
    for (const c of initial) model.contracts.set(c.id, c)

    const subscribe = async (channel: string, line: string, digest = false) => {
      const reply = await say(context, line, { channel })
      expect(reply.status, line).toBe('ok')
      const existing = model.subs.get(`${channel}|${digest}`)
      const rec = store.get('subscriptions', `${digest ? 'digest' : 'renewals'}|${channel}`)!
      model.subs.set(`${channel}|${digest}`, {
        channel,
        createdAtMs: existing?.createdAtMs ?? clock.now().epochMilliseconds,
        filters: rec.filters,
        live: true,
        digest,
      })
    }

    // Things that happen at given hours (before that hour's sweep).
    const events = new HourlyEvents()
    events.at(0, () => subscribe(S1, 'subscribe renewals'))
    events.at(0, () => subscribe(S1, 'subscribe digest', true))
    events.at(0, () => subscribe(S2, 'subscribe renewals owner U0OWNER1'))
    events.at(30 * 24 + 5, () => subscribe(TM, 'subscribe renewals tier critical,high'))
    events.at(50 * 24 + 3, async () => {
      const added = [makeContract('c19'), makeContract('c20')]
      await seed(context, [], added)
      for (const c of added) model.contracts.set(c.id, c)
    })
    events.at(170 * 24 + 9, async () => {
      const ended = {
        ...model.contracts.get('c2')!,
        status: 'ended' as const,
        endedOn: model.today(clock.now()),
      }
      await seed(context, [], [ended])
      model.contracts.set('c2', ended)
    })
    let s2Broken = false
    events.at(160 * 24 + 12, async () => {
      slack.failures.delete(S2)
      await subscribe(S2, 'subscribe renewals owner U0OWNER1')
      s2Broken = false
    })

    const press = (channel: string, key: string) => {
      const [, contractId, deadline] = key.split('|')
      const roll = rng.next()
      const action = roll < 0.1 ? 'ack' : roll < 0.2 ? 'snooze' : roll < 0.26 ? 'decide' : null
      if (!action) return
      events.at(current + 1 + rng.int(72), async () => {
        const line = `reminder ${action} ${contractId} ${deadline}${action === 'decide' ? ` ${rng.pick(['renew', 'renegotiate', 'cancel'])}` : ''}`
        const reply = await say(context, line, { channel, user: 'U0PRESS' })
        const today = model.today(clock.now())
        const current = modelDeadlines(model.contracts.get(contractId!)!, today).includes(deadline!)
        expect(reply.status === 'ok', `${line} on ${today}`).toBe(current)
        if (!current) return
        stats.presses++
        if (action === 'snooze') model.snoozed.set(`${contractId}|${deadline}`, plusDays(today, 7))
        else model.stopped.add(`${contractId}|${deadline}`)
      })
    }

    const openContext = async () => {
      store = await openJsonStore(dir)
      context = makeContext({ store, clock, env })
    }

    let current = 0
    for (current = 0; current < HOURS; current++) {
      const now = START.add({ hours: current })
      clock.set(now)
      await events.run(current)
      if (current >= OUTAGE.from && current < OUTAGE.to) continue

      if (rng.next() < 1 / 800) {
        // A restart: a new store instance reads everything back from the files.
        await store.close()
        await openContext()
        stats.restarts++
      }

      const today = model.today(now)
      const due = model.expected(now, today)
      const dueIn = (channel: string) => [...due].some((k) => k.endsWith(`|${channel}`))
      const failing = new Set<string>()
      if (dueIn(TM) && rng.next() < 0.2) {
        teams.failures.set(TM, {
          ok: false,
          error: 'Too Many Requests',
          broken: false,
          retryAfterSeconds: 30,
        })
        failing.add(TM)
        stats.rateLimited++
      }
      if (dueIn(S1) && rng.next() < 0.05) {
        slack.failures.set(S1, { ok: false, error: 'internal_error', broken: false })
        failing.add(S1)
        stats.failed++
      }
      const breakNow = !s2Broken && current >= 120 * 24 && stats.broken === 0 && dueIn(S2)
      if (breakNow) {
        slack.failures.set(S2, { ok: false, error: 'channel_not_found', broken: true })
        failing.add(S2)
        stats.broken++
      }
      const crash = !breakNow && due.size > 0 && rng.next() < 0.04
      const overlap = !crash && !breakNow && due.size > 1 && rng.next() < 0.1

      slack.now = teams.now = now.toString()
      const before = { slack: slack.posts.length, teams: teams.posts.length }
      const callsBefore = slack.calls.length + teams.calls.length
      const sweep = (ctx = context) =>
        runReminderSweep({
          context: ctx,
          notifiers: [slack, teams],
          now,
          sources: { digest: () => ({ status: 'ok', title: `Agenda ${now}` }) },
        })
      if (crash) {
        // The process dies while posting: some posts went out, the rest stay claimed.
        const hung = new Promise<void>((resolve) => {
          slack.onHang = teams.onHang = resolve
        })
        slack.hangAfter = teams.hangAfter = rng.int(due.size)
        await Promise.race([sweep(), hung])
        slack.hangAfter = teams.hangAfter = null
        // The dead process's store is gone with it; a new one reads the files back.
        await store.close()
        await openContext()
        stats.crashes++
      } else if (overlap) {
        // Two sweeps at once from two store instances, as two processes on one data folder (the
        // scheduler and `tickler remind`): the claim transaction under the store's lock decides.
        const other = await openJsonStore(dir)
        const [a, b] = await Promise.all([sweep(), sweep(makeContext({ store: other, clock, env }))])
        await other.close()
        expect(a.posted + b.posted).toBe(
          due.size - [...due].filter((k) => [...failing].some((ch) => k.endsWith(`|${ch}`))).length,
        )
        stats.overlaps++
      } else {
        await sweep()
      }

      const delivered = [...slack.posts.slice(before.slack), ...teams.posts.slice(before.teams)].map((p) =>
        model.keyOf(p.channel, p.reply, today),
      )
      const label = `${now} (${today})`
      expect(new Set(delivered).size, `duplicate within one sweep at ${label}`).toBe(delivered.length)
      for (const key of delivered) {
        expect(model.posted.has(key), `posted twice: ${key} at ${label}`).toBe(false)
        expect(due.has(key), `not due: ${key} at ${label}; due: ${[...due].join(', ')}`).toBe(true)
      }
      if (!crash) {
        const missing = [...due].filter(
          (k) => !delivered.includes(k) && ![...failing].some((ch) => k.endsWith(`|${ch}`)),
        )
        expect(missing, `due but not posted at ${label}`).toEqual([])
      }
      if (s2Broken) {
        const calls = [...slack.calls, ...teams.calls].slice(callsBefore)
        expect(
          calls.filter((c) => c.channel === S2),
          'posted to a broken channel',
        ).toEqual([])
      }
      if (breakNow) {
        s2Broken = true
        model.subs.get(`${S2}|false`)!.live = false
      }
      for (const key of delivered) {
        model.posted.add(key)
        stats.posts++
        const parts = key.split('|')
        if (parts[0] === 'renewal') {
          if (plusDays(parts[2]!, -Number(parts[3])) !== today) stats.late++
          press(parts[4]!, key)
        }
      }
      slack.failures.delete(S1)
      teams.failures.clear()
    }
    await store.close()

    // The run exercised what it claims to, and the ledger agrees with what the channels saw.
    expect(stats.restarts).toBeGreaterThan(5)
    expect(stats.crashes).toBeGreaterThan(2)
    expect(stats.overlaps).toBeGreaterThan(2)
    expect(stats.rateLimited).toBeGreaterThan(2)
    expect(stats.failed).toBeGreaterThan(0)
    expect(stats.broken).toBe(1)
    expect(stats.presses).toBeGreaterThan(3)
    expect(stats.posts).toBeGreaterThan(150)
    // Most posts arrive on their stage's own day; the rest follow an outage, crash or failure.
    expect(stats.late).toBeLessThan(stats.posts / 4)
    const reopened = await openJsonStore(dir)
    const ledger = reopened.all('deliveries').filter((d) => d.status === 'posted')
    expect(ledger.length).toBe(model.posted.size)
    await reopened.close()
  }, 120_000)
})
