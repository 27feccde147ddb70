// A simulated year of hourly sweeps (SPEC §11) in two zones, on the JSON store, with restarts:
// every renewal stage goes to the contract's owner as a DM exactly once (none for a stage that fell
// due before the contract was added, none for an owner no platform reaches), and a stage of 14
// days or fewer that nobody acknowledged or decided within ESCALATE_AFTER_DAYS of its first
// posting goes to the escalation channel exactly once. Nothing follows an acknowledgement or a
// decision. An independent model written apart from src/ says what each sweep must post.
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import type { Contract } from '../../src/domain/contract.ts'
import type { PeopleDirectory, Presence } from '../../src/domain/people.ts'
import { runReminderSweep } from '../../src/reminders/sweep.ts'
import type { Reply } from '../../src/reply/reply.ts'
import type { Store } from '../../src/store/store.ts'
import { contract, FakeNotifier, makeContext, renewalTarget, say, seed } from '../reminders/helpers.ts'
import {
  dataFolders,
  HourlyEvents,
  openUnsyncedStore as openJsonStore,
  random,
} from '../reminders/simulation.ts'
import { vendor } from '../support/factories.ts'
import { ManualClock } from '../support/manual-clock.ts'

/** A notifier that also answers who its users are: a fixed directory per platform. */
class DirectoryNotifier extends FakeNotifier implements PeopleDirectory {
  constructor(
    platform: 'slack' | 'teams',
    private readonly users: Record<string, Presence>,
  ) {
    super(platform)
  }
  async presence(user: string): Promise<Presence> {
    return this.users[user] ?? 'unknown'
  }
  async directChannel(user: string): Promise<string | undefined> {
    if (this.users[user] !== 'active') return undefined
    return this.platform === 'slack' ? `slack:dm:${user}` : `teams:user:${user}`
  }
}

// ---- the model: plain dates through Temporal, nothing from src/ ----
const plusDays = (date: string, n: number) => Temporal.PlainDate.from(date).add({ days: n }).toString()
const diffDays = (from: string, to: string) =>
  Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: 'days' }).days

// The model's contracts are never changed once made, so each object's deadlines are known per day.
const deadlineMemo = new WeakMap<Contract, Map<string, string[]>>()
function modelDeadlines(c: Contract, today: string): string[] {
  let byDay = deadlineMemo.get(c)
  if (!byDay) {
    byDay = new Map()
    deadlineMemo.set(c, byDay)
  }
  let result = byDay.get(today)
  if (!result) {
    result = computeDeadlines(c, today)
    byDay.set(today, result)
  }
  return result
}

function computeDeadlines(c: Contract, today: string): string[] {
  if (c.status === 'ended' || c.startDate > today || (!c.autoRenew && c.endDate < today)) return []
  let end = c.endDate
  while (c.autoRenew && end < today) {
    end = Temporal.PlainDate.from(end)
      .add({ days: 1 })
      .add({ months: c.renewalTermMonths })
      .subtract({ days: 1 })
      .toString()
  }
  const notice = plusDays(end, -c.noticeDays)
  return !c.autoRenew && notice !== end ? [notice, end] : [notice]
}

const STAGES = [90, 60, 30, 14, 7, 1]
const ESCALATE_AFTER_DAYS = 2
const CHANNEL = 'slack:T1:C1'
const ESCALATIONS = 'slack:T1:CESC'
const REACH: Record<string, string> = { U0OWNER1: 'slack:dm:U0OWNER1', U0OWNER2: 'teams:user:U0OWNER2' }

class Model {
  contracts = new Map<string, { contract: Contract; addedMs: number }>()
  owners = new Map<string, string>()
  subs = new Map<string, number>()
  posted = new Set<string>()
  stopped = new Set<string>()
  /** DMs the rules hold back: the stage fell due before the contract was added. */
  heldBack = new Set<string>()
  /** contract|deadline|stage → when it was first posted anywhere. */
  firstPosted = new Map<string, number>()

  constructor(readonly zone: string) {}

  today(at: Temporal.Instant) {
    return at.toZonedDateTimeISO(this.zone).toPlainDate().toString()
  }
  stageMemo = new Map<string, number | null>()
  midnights = new Map<string, number>()
  midnight(date: string) {
    let ms = this.midnights.get(date)
    if (ms === undefined) {
      ms = Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: this.zone }).epochMilliseconds
      this.midnights.set(date, ms)
    }
    return ms
  }
  stageFor(deadline: string, day: string): number | null {
    const memoKey = `${deadline}|${day}`
    if (this.stageMemo.has(memoKey)) return this.stageMemo.get(memoKey)!
    const stage = this.computeStage(deadline, day)
    this.stageMemo.set(memoKey, stage)
    return stage
  }
  computeStage(deadline: string, day: string): number | null {
    const left = diffDays(day, deadline)
    const due = STAGES.filter((s) => s >= left)
    return left < 0 || due.length === 0 ? null : Math.min(...due)
  }
  escalationDue = new Map<string, number>()
  /** ESCALATE_AFTER_DAYS local days after the first posting (asked every hour for every posting). */
  escalationDueMs(key: string, postedMs: number) {
    let ms = this.escalationDue.get(key)
    if (ms === undefined) {
      ms = Temporal.Instant.fromEpochMilliseconds(postedMs)
        .toZonedDateTimeISO(this.zone)
        .add({ days: ESCALATE_AFTER_DAYS }).epochMilliseconds
      this.escalationDue.set(key, ms)
    }
    return ms
  }
  ownerOf(c: Contract) {
    return c.owner || this.owners.get(c.vendorId) || ''
  }

  expected(at: Temporal.Instant, today: string): Set<string> {
    const due = new Set<string>()
    for (const { contract: c, addedMs } of this.contracts.values()) {
      for (const deadline of modelDeadlines(c, today)) {
        const stage = this.stageFor(deadline, today)
        if (stage === null || this.stopped.has(`${c.id}|${deadline}`)) continue
        const dueAt = this.midnight(plusDays(deadline, -stage))
        const channelCreated = this.subs.get(CHANNEL)
        if (channelCreated !== undefined && dueAt >= channelCreated) {
          const key = `renewal|${c.id}|${deadline}|${stage}|${CHANNEL}`
          if (!this.posted.has(key)) due.add(key)
        }
        const owner = this.ownerOf(c)
        const key = `dm|${c.id}|${deadline}|${stage}|${owner}`
        if (REACH[owner] && dueAt < addedMs) this.heldBack.add(key)
        else if (REACH[owner] && !this.posted.has(key)) due.add(key)
      }
    }
    const latest = new Map<string, { stage: number; dueMs: number }>()
    for (const [key, postedMs] of this.firstPosted) {
      const [id, deadline, stage] = key.split('|') as [string, string, string]
      if (Number(stage) > 14) continue
      const dueMs = this.escalationDueMs(key, postedMs)
      if (dueMs > at.epochMilliseconds) continue
      const known = latest.get(`${id}|${deadline}`)
      if (!known || Number(stage) < known.stage)
        latest.set(`${id}|${deadline}`, { stage: Number(stage), dueMs })
    }
    const escCreated = this.subs.get(ESCALATIONS)
    for (const [target, { stage, dueMs }] of latest) {
      const [id, deadline] = target.split('|') as [string, string]
      const c = this.contracts.get(id)!.contract
      if (this.stopped.has(target) || deadline < today || !modelDeadlines(c, today).includes(deadline))
        continue
      if (escCreated === undefined || dueMs < escCreated) continue
      const key = `escalation|${id}|${deadline}|${stage}|${ESCALATIONS}`
      if (!this.posted.has(key)) due.add(key)
    }
    return due
  }

  keyOf(channel: string, reply: Reply, today: string): string {
    const { contractId, deadline } = renewalTarget(reply)
    if (reply.title?.startsWith('Escalation')) {
      const stage = reply.fields!.find((f) => f.label === 'Stage')!.value as string
      return `escalation|${contractId}|${deadline}|${Number.parseInt(stage, 10)}|${channel}`
    }
    const stage = this.stageFor(deadline, today)
    const owner = Object.entries(REACH).find(([, dm]) => dm === channel)?.[0]
    return owner
      ? `dm|${contractId}|${deadline}|${stage}|${owner}`
      : `renewal|${contractId}|${deadline}|${stage}|${channel}`
  }
}

const START = Temporal.Instant.from('2026-12-01T00:00:00Z')
const HOURS = 365 * 24
const dataFolder = dataFolders('tickler-governance-')

describe.each([
  { zone: 'Pacific/Auckland', seed: 11 },
  { zone: 'America/New_York', seed: 2027 },
])('a year of hourly sweeps in $zone', ({ zone, seed: rngSeed }) => {
  it('sends each owner DM and each escalation exactly once, and none after an acknowledgement or decision', async () => {
    const rng = random(rngSeed)
    const dir = await dataFolder()
    const env = {
      TICKLER_TIMEZONE: zone,
      TICKLER_ADMINS: 'U0PRESS',
      ESCALATE_AFTER_DAYS: String(ESCALATE_AFTER_DAYS),
    }
    const clock = new ManualClock(START)
    let store: Store = await openJsonStore(dir)
    let context = makeContext({ store, clock, env })
    const model = new Model(zone)
    const slack = new DirectoryNotifier('slack', { U0OWNER1: 'active', U0GONE: 'gone' })
    const teams = new DirectoryNotifier('teams', { U0OWNER2: 'active' })
    const stats = { dms: 0, escalations: 0, channel: 0, presses: 0, restarts: 0, heldBack: 0 }

    const vendors = [
      vendor('v1', 'Contoso', { tier: 'critical', owner: 'U0OWNER1' }),
      vendor('v2', 'Fabrikam', { tier: 'high', owner: 'U0OWNER2' }),
      vendor('v3', 'Northwind', { tier: 'medium', owner: 'U0GONE' }),
      vendor('v4', 'Tailspin', { tier: 'low', owner: '' }),
    ]
    for (const v of vendors) model.owners.set(v.id, v.owner)
    const makeContract = (id: string): Contract =>
      contract(id, rng.pick(vendors).id, {
        endDate: plusDays('2027-01-10', rng.int(400)),
        autoRenew: rng.next() < 0.5,
        renewalTermMonths: rng.pick([12, 6, 3]),
        noticeDays: rng.pick([0, 14, 30, 60, 90]),
        owner: rng.next() < 0.25 ? rng.pick(['U0OWNER1', 'U0OWNER2', 'U0GONE']) : '',
      })
    const add = async (list: Contract[]) => {
      await seed(context, [], list)
      for (const c of list) model.contracts.set(c.id, { contract: c, addedMs: clock.now().epochMilliseconds })
    }
    await seed(context, vendors, [])
    await add(Array.from({ length: 14 }, (_, i) => makeContract(`c${i + 1}`)))

    const events = new HourlyEvents()
    const subscribe = async (channel: string, line: string) => {
      expect((await say(context, line, { channel })).status).toBe('ok')
      model.subs.set(channel, clock.now().epochMilliseconds)
    }
    events.at(0, () => subscribe(ESCALATIONS, 'subscribe escalations'))
    events.at(20 * 24 + 6, () => subscribe(CHANNEL, 'subscribe renewals'))
    // Contracts added later: a stage that fell due before they were added is not DMed.
    events.at(45 * 24 + 15, () => add([makeContract('c15'), makeContract('c16'), makeContract('c17')]))
    events.at(190 * 24 + 2, () => add([makeContract('c18'), makeContract('c19')]))

    let current = 0
    const press = (channel: string, id: string, deadline: string) => {
      if (rng.next() >= 0.35) return
      const action = rng.next() < 0.6 ? 'ack' : 'decide'
      events.at(current + 1 + rng.int(96), async () => {
        const today = model.today(clock.now())
        const live = modelDeadlines(model.contracts.get(id)!.contract, today).includes(deadline)
        const line = `reminder ${action} ${id} ${deadline}${action === 'decide' ? ' renegotiate' : ''}`
        const reply = await say(context, line, { channel, user: 'U0PRESS' })
        expect(reply.status === 'ok', `${line} on ${today}`).toBe(live)
        if (!live) return
        model.stopped.add(`${id}|${deadline}`)
        stats.presses++
      })
    }

    for (current = 0; current < HOURS; current++) {
      const now = START.add({ hours: current })
      clock.set(now)
      await events.run(current)
      if (rng.next() < 1 / 500) {
        await store.close()
        store = await openJsonStore(dir)
        context = makeContext({ store, clock, env })
        stats.restarts++
      }
      const today = model.today(now)
      const due = model.expected(now, today)
      const before = { slack: slack.posts.length, teams: teams.posts.length }
      await runReminderSweep({ context, notifiers: [slack, teams], now })
      const delivered = [...slack.posts.slice(before.slack), ...teams.posts.slice(before.teams)].map((p) => ({
        key: model.keyOf(p.channel, p.reply, today),
        post: p,
      }))
      const label = `${now} (${today})`
      const keys = delivered.map((d) => d.key)
      expect(new Set(keys).size, `duplicate at ${label}`).toBe(keys.length)
      for (const key of keys) expect(model.posted.has(key), `posted twice: ${key} at ${label}`).toBe(false)
      expect([...keys].sort(), `at ${label}`).toEqual([...due].sort())

      for (const { key, post } of delivered) {
        model.posted.add(key)
        const [kind, id, deadline, stage] = key.split('|') as [string, string, string, string]
        if (kind === 'escalation') {
          stats.escalations++
          expect(post.reply.fields!.find((f) => f.label === 'Owner')).toBeDefined()
          continue
        }
        if (kind === 'dm') stats.dms++
        else stats.channel++
        const first = `${id}|${deadline}|${stage}`
        if (!model.firstPosted.has(first)) model.firstPosted.set(first, now.epochMilliseconds)
        // The owner's DM carries the same buttons as the channel post.
        expect(post.reply.actions?.map((a) => a.label)).toEqual([
          'Acknowledge',
          'Snooze 7 days',
          'Decide: Renew',
          'Decide: Renegotiate',
          'Decide: Cancel',
        ])
        press(post.channel, id, deadline)
      }
    }
    stats.heldBack = model.heldBack.size
    await store.close()
    console.info(`${zone}: ${JSON.stringify(stats)}`)
    // The scenario exercised what it claims to.
    expect(stats.dms).toBeGreaterThan(20)
    expect(stats.escalations).toBeGreaterThan(5)
    expect(stats.presses).toBeGreaterThan(5)
    expect(stats.restarts).toBeGreaterThan(5)
    expect(stats.heldBack).toBeGreaterThan(0)
  }, 240_000)
})
