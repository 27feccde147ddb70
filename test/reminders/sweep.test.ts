import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { allCommands } from '../../src/app/command-table.ts'
import type { Context } from '../../src/commands/command.ts'
import { renewalKey } from '../../src/reminders/ledger-keys.ts'
import { formatSweep, runReminderSweep } from '../../src/reminders/sweep.ts'
import { plain } from '../../src/reply/reply.ts'
import type { ManualClock } from '../../src/time/clock.ts'
import { vendor } from '../support/factories.ts'
import { contract, FakeNotifier, makeContext, renewalTarget, say, seed } from './helpers.ts'

const C1 = 'slack:T1:C1'
const C2 = 'slack:T1:C2'
const TEAMS = 'teams:19:abc@thread.tacv2'

// Notice deadline 2027-04-01 (end 2027-05-31, 60 days' notice): stage 60 on 2027-01-31,
// 30 on 2027-03-02, 14 on 2027-03-18, 7 on 2027-03-25, 1 on 2027-03-31.
async function setup(now = '2027-01-01T12:00:00Z', env: Record<string, string> = {}) {
  const context = makeContext({ now, env })
  const clock = context.clock as ManualClock
  await seed(
    context,
    [
      vendor('v1', 'Contoso', { tier: 'critical', owner: 'U0NORTH' }),
      vendor('v2', 'Fabrikam', { tier: 'low' }),
    ],
    [
      contract('c1', 'v1', {
        title: 'Azure EA',
        endDate: '2027-05-31',
        noticeDays: 60,
        annualValue: '207000.00',
      }),
    ],
  )
  const slack = new FakeNotifier('slack')
  const teams = new FakeNotifier('teams')
  const sweep = (dryRun = false) =>
    runReminderSweep({ context, notifiers: [slack, teams], now: clock.now(), dryRun })
  return { context, clock, slack, teams, sweep }
}

function at(clock: ManualClock, instant: string) {
  clock.set(Temporal.Instant.from(instant))
}

function posted(notifier: FakeNotifier) {
  return notifier.posts.map(
    (p) => `${p.channel} ${renewalTarget(p.reply).deadline} ${plain(p.reply.fields![3]!.value)}`,
  )
}

describe('renewal reminders', () => {
  it('posts the stage that falls due, once, with vendor, deadline, value, owner and buttons', async () => {
    const { context, clock, slack, sweep } = await setup()
    await say(context, 'subscribe renewals', { channel: C1 })
    at(clock, '2027-01-30T23:00:00Z')
    expect((await sweep()).posts).toEqual([])
    at(clock, '2027-01-31T00:00:00Z')
    const result = await sweep()
    expect(result.posts.map((p) => [p.key, p.outcome])).toEqual([
      [renewalKey('c1', '2027-04-01', 60, C1), 'posted'],
    ])
    const reply = slack.posts[0]!.reply
    expect(reply.private).toBe(false)
    expect(reply.title).toBe('Renewal reminder: Contoso Azure EA')
    expect(Object.fromEntries(reply.fields!.map((f) => [f.label, f.value]))).toEqual({
      Vendor: 'Contoso',
      Contract: 'Azure EA',
      Deadline: 'notice deadline 2027-04-01 Thu',
      'Days left': '60 days',
      'Auto-renew': 'yes',
      'Annual value': '207,000.00 USD',
      Owner: [{ mention: 'U0NORTH' }],
    })
    expect(reply.actions!.map((a) => `${a.label}: ${a.command}`)).toEqual([
      'Acknowledge: reminder ack c1 2027-04-01',
      'Snooze 7 days: reminder snooze c1 2027-04-01',
      'Decide: Renew: reminder decide c1 2027-04-01 renew',
      'Decide: Renegotiate: reminder decide c1 2027-04-01 renegotiate',
      'Decide: Cancel: reminder decide c1 2027-04-01 cancel',
    ])
    clock.advance({ hours: 5 })
    expect((await sweep()).posts).toEqual([])
    expect(context.store.get('deliveries', renewalKey('c1', '2027-04-01', 60, C1))?.status).toBe('posted')
    expect(slack.posts).toHaveLength(1)
  })

  it('uses local midnight in the organisation zone, not UTC', async () => {
    const { context, clock, slack, sweep } = await setup('2027-01-01T12:00:00Z', {
      TICKLER_TIMEZONE: 'Pacific/Auckland',
    })
    await say(context, 'subscribe renewals', { channel: C1 })
    // 2027-01-31 00:00 in Auckland (UTC+13) is 2027-01-30T11:00Z.
    at(clock, '2027-01-30T10:59:00Z')
    await sweep()
    expect(slack.posts).toHaveLength(0)
    at(clock, '2027-01-30T11:00:00Z')
    await sweep()
    expect(posted(slack)).toEqual([`${C1} 2027-04-01 60 days`])
  })

  it('does not post stages that fell due before the channel subscribed, and summarises them instead', async () => {
    const { context, clock, slack, sweep } = await setup('2027-02-10T09:00:00Z')
    const reply = await say(context, 'subscribe renewals', { channel: C1 })
    expect(reply.status).toBe('ok')
    const items = reply.sections![0]!.items!.map((i) => plain(i.text))
    expect(items).toEqual([
      'Contoso Azure EA: notice deadline 2027-04-01 Thu, 50 days, auto-renew yes, 207,000.00 USD; next reminder 2027-03-02 (30 days before)',
    ])
    await sweep()
    expect(slack.posts).toHaveLength(0)
    at(clock, '2027-03-02T00:00:00Z')
    await sweep()
    expect(posted(slack)).toEqual([`${C1} 2027-04-01 30 days`])
  })

  it('gives a contract added later its latest due stage', async () => {
    const { context, clock, slack, sweep } = await setup('2026-12-01T09:00:00Z')
    await say(context, 'subscribe renewals', { channel: C1 })
    at(clock, '2027-03-10T09:00:00Z')
    await sweep()
    slack.posts.length = 0
    await seed(context, [], [contract('c2', 'v2', { title: 'Late', endDate: '2027-04-30', noticeDays: 30 })])
    await sweep()
    // Notice deadline 2027-03-31 is 21 days away: stage 30 is the latest due.
    expect(posted(slack)).toEqual([`${C1} 2027-03-31 21 days`])
  })

  it('posts only the latest missed stage after downtime, then carries on', async () => {
    const { context, clock, slack, sweep } = await setup('2027-01-15T09:00:00Z')
    await say(context, 'subscribe renewals', { channel: C1 })
    at(clock, '2027-03-20T09:00:00Z') // 60 and 30 and 14 fell due while nothing ran
    await sweep()
    await sweep()
    at(clock, '2027-03-25T00:30:00Z')
    await sweep()
    expect(posted(slack)).toEqual([`${C1} 2027-04-01 12 days`, `${C1} 2027-04-01 7 days`])
    expect(context.store.get('deliveries', renewalKey('c1', '2027-04-01', 30, C1))).toBeUndefined()
  })

  it('posts nothing for a deadline already past', async () => {
    const { context, clock, slack, sweep } = await setup('2027-01-15T09:00:00Z')
    await say(context, 'subscribe renewals', { channel: C1 })
    at(clock, '2027-04-02T09:00:00Z')
    await sweep()
    expect(slack.posts).toHaveLength(0)
  })

  it('applies tier and owner filters', async () => {
    const { context, clock, slack, sweep } = await setup('2027-01-01T09:00:00Z')
    await seed(context, [], [contract('c2', 'v2', { title: 'Cheap', endDate: '2027-05-31', noticeDays: 60 })])
    await say(context, 'subscribe renewals tier critical,high', { channel: C1 })
    await say(context, 'subscribe renewals owner <@U0NORTH|north>', { channel: C2 })
    at(clock, '2027-01-31T09:00:00Z')
    await sweep()
    expect(slack.posts.map((p) => `${p.channel} ${renewalTarget(p.reply).contractId}`).sort()).toEqual([
      `${C1} c1`,
      `${C2} c1`,
    ])
  })

  it('prints the same list for a dry run as the real sweep posts, and the dry run stores nothing', async () => {
    const { context, clock, sweep } = await setup('2027-01-01T09:00:00Z')
    await seed(context, [], [contract('c2', 'v2', { title: 'Cheap', endDate: '2027-05-31', noticeDays: 60 })])
    await say(context, 'subscribe renewals', { channel: C1 })
    await say(context, 'subscribe renewals', { channel: TEAMS })
    at(clock, '2027-01-31T09:00:00Z')
    const revision = context.store.revision
    const dry = await sweep(true)
    expect(context.store.revision).toBe(revision)
    expect(context.store.all('deliveries')).toHaveLength(0)
    const real = await sweep()
    expect(dry.posts).toHaveLength(4)
    expect(formatSweep(dry).slice(1)).toEqual(formatSweep(real).slice(1))
    expect(real.posts.map((p) => p.outcome)).toEqual(['posted', 'posted', 'posted', 'posted'])
    expect(formatSweep(dry)[0]).toMatch(/^Would post 4 messages at 2027-01-31T09:00:00Z \(dry run/)
    expect(formatSweep(real)[0]).toBe('Posted 4 of 4 messages at 2027-01-31T09:00:00Z:')
    expect(formatSweep(await sweep(true))).toEqual(['Nothing would be posted at 2027-01-31T09:00:00Z.'])
  })
})

describe('failures', () => {
  it('retries a failed post on the next sweep and never drops it', async () => {
    const { context, clock, slack, sweep } = await setup()
    await say(context, 'subscribe renewals', { channel: C1 })
    at(clock, '2027-01-31T09:00:00Z')
    slack.failures.set(C1, { ok: false, error: 'internal_error', broken: false })
    expect((await sweep()).posts.map((p) => p.outcome)).toEqual(['failed'])
    expect(context.store.get('deliveries', renewalKey('c1', '2027-04-01', 60, C1))).toMatchObject({
      status: 'failed',
      attempts: 1,
      error: 'internal_error',
    })
    slack.failures.clear()
    clock.advance({ minutes: 5 })
    expect((await sweep()).posts.map((p) => p.outcome)).toEqual(['posted'])
    expect(context.store.get('deliveries', renewalKey('c1', '2027-04-01', 60, C1))).toMatchObject({
      status: 'posted',
      attempts: 2,
    })
  })

  it('honours Retry-After by skipping that channel for the rest of the sweep only', async () => {
    const { context, clock, slack, sweep } = await setup()
    await seed(context, [], [contract('c2', 'v2', { title: 'Cheap', endDate: '2027-05-31', noticeDays: 60 })])
    await say(context, 'subscribe renewals', { channel: C1 })
    await say(context, 'subscribe renewals', { channel: C2 })
    at(clock, '2027-01-31T09:00:00Z')
    slack.failures.set(C1, { ok: false, error: 'ratelimited', broken: false, retryAfterSeconds: 30 })
    const first = await sweep()
    expect(first.posts.map((p) => `${p.channel} ${p.outcome}`)).toEqual([
      `${C1} rate limited`,
      `${C2} posted`,
      `${C1} deferred`,
      `${C2} posted`,
    ])
    // One call to the rate-limited channel, none after it said to wait.
    expect(slack.calls.filter((c) => c.channel === C1)).toHaveLength(1)
    slack.failures.clear()
    clock.advance({ minutes: 5 })
    const second = await sweep()
    expect(second.posts.map((p) => `${p.channel} ${p.outcome}`)).toEqual([`${C1} posted`, `${C1} posted`])
  })

  it('marks a broken channel, stops posting there until someone subscribes it again', async () => {
    const { context, clock, slack, sweep } = await setup()
    await say(context, 'subscribe renewals', { channel: C1 })
    await say(context, 'subscribe digest', { channel: C1 })
    at(clock, '2027-01-31T09:00:00Z')
    slack.failures.set(C1, { ok: false, error: 'channel_not_found', broken: true })
    // The digest for the week is due too: not attempted once the channel is known to be broken.
    expect((await sweep()).posts.map((p) => `${p.topic} ${p.outcome}`)).toEqual([
      'renewals broken',
      'digest deferred',
    ])
    expect(context.store.all('subscriptions').every((s) => s.broken?.reason === 'channel_not_found')).toBe(
      true,
    )
    const listing = await say(context, 'subscriptions', { channel: C1 })
    expect(plain(listing.sections![0]!.items![0]!.text)).toMatch(
      /BROKEN since 2027-01-31 09:00: channel_not_found/,
    )
    slack.failures.clear()
    at(clock, '2027-03-03T09:00:00Z')
    await sweep()
    expect(slack.calls).toHaveLength(1)
    const again = await say(context, 'subscribe renewals', { channel: C1 })
    expect(plain(again.text![0]!)).toMatch(
      /^This channel gets renewals \(everything\) again \(it was paused: channel_not_found\)/,
    )
    await sweep()
    expect(posted(slack)).toEqual([`${C1} 2027-04-01 29 days`])
  })

  it('lets two overlapping sweeps post each message once', async () => {
    const { context, clock, slack, teams } = await setup()
    await seed(context, [], [contract('c2', 'v2', { title: 'Cheap', endDate: '2027-05-31', noticeDays: 60 })])
    await say(context, 'subscribe renewals', { channel: C1 })
    await say(context, 'subscribe renewals', { channel: TEAMS })
    at(clock, '2027-01-31T09:00:00Z')
    const run = () => runReminderSweep({ context, notifiers: [slack, teams], now: clock.now() })
    const [a, b] = await Promise.all([run(), run()])
    expect(slack.calls.length + teams.calls.length).toBe(4)
    const outcomes = [...a.posts, ...b.posts].map((p) => p.outcome)
    expect(outcomes.filter((o) => o === 'posted')).toHaveLength(4)
    expect(outcomes.filter((o) => o !== 'posted' && o !== 'claimed elsewhere')).toEqual([])
    expect(a.posted + b.posted).toBe(4)
    expect(context.store.all('deliveries').map((d) => d.status)).toEqual([
      'posted',
      'posted',
      'posted',
      'posted',
    ])
  })

  it('retries a claim left by a crashed sweep only after the claim timeout, and logs it', async () => {
    const { context, clock, slack } = await setup()
    await say(context, 'subscribe renewals', { channel: C1 })
    at(clock, '2027-01-31T09:00:00Z')
    slack.hangAfter = 0 // the process dies while posting: the claim stays behind
    void runReminderSweep({ context, notifiers: [slack], now: clock.now() })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(context.store.get('deliveries', renewalKey('c1', '2027-04-01', 60, C1))?.status).toBe('claimed')
    slack.hangAfter = null
    const restarted = makeContext({ store: context.store, clock })
    clock.advance({ minutes: 10 })
    const early = await runReminderSweep({ context: restarted, notifiers: [slack], now: clock.now() })
    expect(early.posts).toEqual([])
    clock.advance({ minutes: 25 })
    const late = await runReminderSweep({ context: restarted, notifiers: [slack], now: clock.now() })
    expect(late.posts.map((p) => p.outcome)).toEqual(['posted'])
    expect(slack.posts).toHaveLength(1)
  })

  it('leaves posts for a platform without a notifier unclaimed', async () => {
    const { context, clock, slack } = await setup()
    await say(context, 'subscribe renewals', { channel: TEAMS })
    at(clock, '2027-01-31T09:00:00Z')
    const result = await runReminderSweep({ context, notifiers: [slack], now: clock.now() })
    expect(result.posts.map((p) => p.outcome)).toEqual(['no notifier'])
    expect(context.store.all('deliveries')).toHaveLength(0)
  })
})

describe('buttons', () => {
  async function afterFirstPost() {
    const s = await setup()
    await say(s.context, 'subscribe renewals', { channel: C1 })
    await say(s.context, 'subscribe renewals', { channel: TEAMS })
    at(s.clock, '2027-01-31T09:00:00Z')
    await s.sweep()
    return s
  }

  it('Acknowledge stops the later stages of that deadline in every channel', async () => {
    const { context, clock, slack, teams, sweep } = await afterFirstPost()
    const reply = await say(context, 'reminder ack c1 2027-04-01', { channel: C1, user: 'U0BOB' })
    expect(reply.status).toBe('ok')
    expect(plain(reply.text![0]!)).toBe(
      'Acknowledged by U0BOB: Contoso Azure EA, notice deadline 2027-04-01 Thu.',
    )
    expect((await say(context, 'reminder ack c1 2027-04-01', { channel: C1 })).text![0]).toEqual([
      'Contoso Azure EA: notice deadline 2027-04-01 Thu was already acknowledged by ',
      { mention: 'U0BOB' },
      '.',
    ])
    for (const day of ['2027-03-02', '2027-03-18', '2027-03-25', '2027-03-31']) {
      at(clock, `${day}T09:00:00Z`)
      await sweep()
    }
    expect(slack.posts).toHaveLength(1)
    expect(teams.posts).toHaveLength(1)
    expect(context.store.audit().some((a) => a.action === 'reminder ack' && a.who === 'U0BOB')).toBe(true)
  })

  it('a decision stops later stages and offers the next command as a button', async () => {
    const { context, clock, slack, sweep } = await afterFirstPost()
    // A decision ends the reminders everywhere: the contract's owner (here the vendor's) makes it.
    const cancel = await say(context, 'reminder decide c1 2027-04-01 cancel', {
      channel: C1,
      user: 'U0NORTH',
    })
    expect(cancel.actions).toEqual([
      {
        label: 'End the contract',
        command: 'contract end "Contoso" "Azure EA" on 2027-05-31',
        style: 'danger',
      },
    ])
    expect(context.store.get('contracts', 'c1')!.decisions).toMatchObject([
      { decision: 'cancel', deadline: '2027-04-01', by: 'U0NORTH' },
    ])
    const renew = await say(context, 'reminder decide c1 2027-04-01 renew', { channel: C1, user: 'U0NORTH' })
    expect(renew.actions).toEqual([
      { label: 'Record the renewal', command: 'contract renew "Contoso" "Azure EA"', style: 'primary' },
    ])
    expect(plain(renew.text!.at(-1)!)).toContain(
      'contract renew "Contoso" "Azure EA" end 2028-05-31 value 207000.00 USD',
    )
    at(clock, '2027-03-02T09:00:00Z')
    await sweep()
    expect(slack.posts).toHaveLength(1)
    const bad = await say(context, 'reminder decide c1 2027-04-01 maybe', { channel: C1, user: 'U0NORTH' })
    expect(bad.status).toBe('rejected')
  })

  it('Snooze holds the stages for 7 days, then posts the latest due stage not yet posted', async () => {
    const { context, clock, slack, sweep } = await setup()
    await say(context, 'subscribe renewals', { channel: C1 })
    at(clock, '2027-03-02T09:00:00Z')
    await sweep() // stage 30
    at(clock, '2027-03-14T09:00:00Z')
    const reply = await say(context, 'reminder snooze c1 2027-04-01', { channel: C1 })
    expect(plain(reply.text![0]!)).toBe(
      'Snoozed until 2027-03-21: Contoso Azure EA, notice deadline 2027-04-01 Thu.',
    )
    at(clock, '2027-03-18T09:00:00Z') // stage 14 falls due during the snooze
    await sweep()
    expect(slack.posts).toHaveLength(1)
    at(clock, '2027-03-20T23:59:00Z')
    await sweep()
    expect(slack.posts).toHaveLength(1)
    at(clock, '2027-03-21T00:00:00Z')
    await sweep()
    expect(posted(slack)).toEqual([`${C1} 2027-04-01 30 days`, `${C1} 2027-04-01 11 days`])
  })

  it('rejects a stale or unknown deadline and stores nothing', async () => {
    const { context } = await afterFirstPost()
    const revision = context.store.revision
    for (const line of [
      'reminder ack c1 2027-04-02',
      'reminder ack nope 2027-04-01',
      'reminder snooze c1',
      'reminder decide c1 2027-04-01',
    ]) {
      expect((await say(context, line, { channel: C1, user: 'U0NORTH' })).status, line).toBe('rejected')
    }
    expect(context.store.revision).toBe(revision)
  })
})

describe('weekly posts and incidents', () => {
  function withSources(context: Context) {
    return { digest: () => ({ status: 'ok' as const, title: `Agenda ${context.clock.now()}` }) }
  }

  it('posts the digest once per ISO week at Monday 08:00 local, never a backlog', async () => {
    const { context, clock, slack } = await setup('2027-01-06T12:00:00Z', {
      TICKLER_TIMEZONE: 'America/New_York',
    })
    await say(context, 'subscribe digest', { channel: C1 })
    const run = () =>
      runReminderSweep({ context, notifiers: [slack], now: clock.now(), sources: withSources(context) })
    await run() // subscribed after this week's slot
    expect(slack.posts).toHaveLength(0)
    at(clock, '2027-01-11T12:59:00Z') // Monday 07:59 in New York
    await run()
    expect(slack.posts).toHaveLength(0)
    at(clock, '2027-01-11T13:00:00Z')
    await run()
    await run()
    expect(slack.posts).toHaveLength(1)
    expect(context.store.get('deliveries', `digest|2027-W02|${C1}`)?.status).toBe('posted')
    at(clock, '2027-02-03T13:00:00Z') // three weeks down: this week's digest once
    await run()
    await run()
    expect(slack.posts).toHaveLength(2)
    expect(context.store.get('deliveries', `digest|2027-W05|${C1}`)?.status).toBe('posted')
  })

  it('posts the risk tickler at RISK_DIGEST_AT from riskDigest', async () => {
    const { context, clock, slack } = await setup('2027-01-06T12:00:00Z', { RISK_DIGEST_AT: 'Wed 15:00' })
    await say(context, 'subscribe risk', { channel: C1 })
    await runReminderSweep({ context, notifiers: [slack], now: clock.now() })
    at(clock, '2027-01-06T15:00:00Z')
    await runReminderSweep({ context, notifiers: [slack], now: clock.now() })
    expect(slack.posts.map((p) => p.reply.title)).toEqual(['Weekly risk tickler, 2027-01-06'])
    expect(slack.posts[0]!.reply.private).toBe(false)
  })

  it('posts an incident when it is logged and when it breaches a target, once each', async () => {
    const { context, clock, slack } = await setup('2027-01-06T12:00:00Z')
    await context.store.transact({ who: 'test', at: clock.now(), action: 'seed' }, (tx) => {
      tx.put('slaTargets', {
        id: 'c1:P1',
        contractId: 'c1',
        priority: 'P1',
        response: '30m',
        resolution: '4h',
        hours: '24x7',
      })
    })
    await say(context, 'subscribe incidents', { channel: C1 })
    const old = {
      vendorId: 'v1',
      contractId: 'c1',
      priority: 'P1' as const,
      loggedBy: 'U0ALICE',
      responded: null,
      resolved: null,
    }
    await context.store.transact({ who: 'test', at: clock.now(), action: 'seed' }, (tx) => {
      tx.put('incidents', {
        ...old,
        id: 'INC-0001',
        summary: 'before subscribing',
        started: '2027-01-06T11:00:00.000Z',
        responded: '2027-01-06T11:10:00.000Z',
        resolved: '2027-01-06T11:50:00.000Z',
      })
      tx.put('incidents', {
        ...old,
        id: 'INC-0002',
        summary: 'VPN down',
        started: '2027-01-06T12:05:00.000Z',
      })
    })
    const run = () => runReminderSweep({ context, notifiers: [slack], now: clock.now() })
    at(clock, '2027-01-06T12:10:00Z')
    await run()
    at(clock, '2027-01-06T12:40:00Z') // response target 12:35 missed
    await run()
    await run()
    expect(slack.posts.map((p) => p.reply.title)).toEqual([
      'Incident logged: INC-0002 Contoso P1 VPN down',
      'SLA breach: response target missed: INC-0002 Contoso P1 VPN down',
    ])
  })
})

describe('the default weekly sources', () => {
  it('posts the real agenda as the digest', async () => {
    const { context, clock, slack } = await setup('2027-01-06T12:00:00Z')
    await say(context, 'subscribe digest', { channel: C1 })
    at(clock, '2027-01-11T08:00:00Z')
    await runReminderSweep({ context, notifiers: [slack], now: clock.now() })
    expect(slack.posts.map((p) => p.reply.title)).toEqual(['Weekly digest. Agenda: 2027-01-11 to 2027-01-17'])
    expect(slack.posts[0]!.reply.private).toBe(false)
  })
})

describe('the next-step buttons run through the real register commands', () => {
  it('Cancel → contract end ends the contract and its reminders; Renew → contract renew asks for the end date', async () => {
    const { context, clock, slack, sweep } = await setup()
    const real = { ...context, commands: allCommands }
    await say(real, 'subscribe renewals', { channel: C1 })
    at(clock, '2027-01-31T09:00:00Z')
    await sweep()
    const renew = await say(real, 'reminder decide c1 2027-04-01 renew', { channel: C1, user: 'U0NORTH' })
    // Pressed in Slack by the vendor's owner: the missing end date is asked for with a form.
    const ask = await say(real, renew.actions![0]!.command, { channel: C1, user: 'U0NORTH' })
    // Not refused: the rejection only says what is missing, and carries the form Slack opens.
    expect(plain(ask.text?.[0] ?? '')).toBe('contract renew needs end date (end_date). Nothing was changed.')
    expect(ask.form?.command).toBe('contract renew "Contoso" "Azure EA"')
    const cancel = await say(real, 'reminder decide c1 2027-04-01 cancel', { channel: C1, user: 'U0NORTH' })
    const ended = await say(real, cancel.actions![0]!.command, { channel: C1, user: 'U0NORTH' })
    expect(ended.status).toBe('ok')
    expect(context.store.get('contracts', 'c1')).toMatchObject({ status: 'ended', endedOn: '2027-05-31' })
    at(clock, '2027-03-02T09:00:00Z')
    await sweep()
    expect(slack.posts).toHaveLength(1)
  })
})
