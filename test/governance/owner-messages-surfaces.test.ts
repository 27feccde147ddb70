// Owner DMs through the real SDKs over HTTP on 127.0.0.1 (SPEC §11): Slack asks users.info who
// the owner is (kept 24 hours) and posts to the user id; Teams posts into the owner's personal chat
// through its stored conversation reference. Both carry the reminder's buttons, exactly once.
import { Temporal } from 'temporal-polyfill'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSlackClient } from '../../adapters/slack/bolt.ts'
import { slackNotifier } from '../../adapters/slack/notifier.ts'
import { runReminderSweep } from '../../src/reminders/sweep.ts'
import { Recorder } from '../adapters/slack/slack-harness.ts'
import {
  type Bot,
  cardOf,
  cardSubmit,
  JANE,
  PERSONAL_ID,
  personalMessage,
  startBot,
  startRecorder,
  type Recorder as TeamsRecorder,
  texts,
} from '../adapters/teams/helpers.ts'
import { makeContext as reminderContext, say } from '../reminders/helpers.ts'
import { makeContext, seed } from '../support/context.ts'
import { contract, vendor } from '../support/factories.ts'
import { ManualClock } from '../support/manual-clock.ts'
import { MemoryStore } from '../support/memory-store.ts'

// Notice deadline 2027-01-30 (end 2027-03-01 − 30 days): stage 30 falls due 2026-12-31, 14 on 2027-01-16.
const deal = (id: string, vendorId: string, owner = '') =>
  contract({ id, vendorId, title: `Deal ${id}`, endDate: '2027-03-01', noticeDays: 30, owner })
const ADDED = '2026-12-01T00:00:00Z'
const NOW = Temporal.Instant.from('2027-01-15T09:00:00Z')

describe('Slack owner DMs', () => {
  let recorder: Recorder
  beforeEach(async () => {
    recorder = new Recorder()
    await recorder.start()
    recorder.responders.push((call) => {
      if (call.path !== '/api/users.info') return undefined
      const user = String(call.body.user)
      if (user === 'U0GONE') return { json: { ok: false, error: 'user_not_found' } }
      return { json: { ok: true, user: { id: user, deleted: user === 'U0LEFT' } } }
    })
  })
  afterEach(() => recorder.close())

  it('DMs an active owner once per stage with the buttons, and nobody who left or was never there', async () => {
    const store = new MemoryStore()
    const clock = new ManualClock(NOW)
    const context = makeContext(clock, { store })
    await seed(
      store,
      {
        vendors: [
          vendor('v1', 'Contoso', { owner: 'U0OWNER' }),
          vendor('v2', 'Fabrikam', { owner: 'U0LEFT' }),
        ],
        contracts: [deal('c1', 'v1'), deal('c2', 'v2'), deal('c3', 'v2', 'U0GONE')],
      },
      ADDED,
    )
    let apiNow = NOW.epochMilliseconds
    const client = createSlackClient('xoxb-test', { apiUrl: `${recorder.url}/api/`, retries: 0 })
    const notifier = slackNotifier(client, () => apiNow)
    const first = await runReminderSweep({ context, notifiers: [notifier], now: NOW })
    expect(first.posts.map((p) => `${p.outcome} ${p.channel} ${p.key}`)).toEqual([
      'posted slack:dm:U0OWNER renewal-dm|c1|2027-01-30|30|U0OWNER',
    ])
    const posts = recorder.of('/api/chat.postMessage')
    expect(posts.map((p) => p.body.channel)).toEqual(['U0OWNER'])
    const buttons = JSON.stringify(posts[0]!.body.blocks)
    for (const label of [
      'Acknowledge',
      'Snooze 7 days',
      'Decide: Renew',
      'Decide: Renegotiate',
      'Decide: Cancel',
    ]) {
      expect(buttons).toContain(label)
    }
    expect(buttons).toContain('reminder ack c1 2027-01-30')

    // The same stage an hour later: nothing again, and users.info is not asked again within 24 hours.
    const asked = recorder.of('/api/users.info').length
    apiNow += 3_600_000
    const again = await runReminderSweep({ context, notifiers: [notifier], now: NOW.add({ hours: 1 }) })
    expect(again.posts).toEqual([])
    expect(recorder.of('/api/users.info').length).toBe(asked)

    // Next stage (14, on 2027-01-16): one more DM; a day later users.info is asked afresh.
    apiNow += 24 * 3_600_000
    const next = await runReminderSweep({ context, notifiers: [notifier], now: NOW.add({ hours: 25 }) })
    expect(next.posts.map((p) => p.key)).toEqual(['renewal-dm|c1|2027-01-30|14|U0OWNER'])
    expect(recorder.of('/api/users.info').length).toBeGreaterThan(asked)
  })

  it('escalates an unacknowledged 14-day stage once, naming owner, contract, deadline and stage', async () => {
    const store = new MemoryStore()
    const clock = new ManualClock(NOW)
    const context = reminderContext({ store, clock, env: { ESCALATE_AFTER_DAYS: '2' } })
    await seed(
      store,
      { vendors: [vendor('v1', 'Contoso', { owner: 'U0OWNER' })], contracts: [deal('c1', 'v1')] },
      ADDED,
    )
    expect((await say(context, 'subscribe escalations', { channel: 'slack:T1:CESC' })).status).toBe('ok')
    const client = createSlackClient('xoxb-test', { apiUrl: `${recorder.url}/api/`, retries: 0 })
    const notifiers = [slackNotifier(client)]
    const sweep = async (hours: number) => {
      clock.set(NOW.add({ hours }))
      return (await runReminderSweep({ context, notifiers, now: clock.now() })).posts.map((p) => p.key)
    }
    // 2027-01-16 09:00: the 14-day stage goes to the owner; two days later nobody has acted.
    expect(await sweep(24)).toEqual(['renewal-dm|c1|2027-01-30|14|U0OWNER'])
    expect(await sweep(24 + 47)).toEqual([])
    expect(await sweep(24 + 48)).toEqual(['escalation|c1|2027-01-30|14|slack:T1:CESC'])
    expect(await sweep(24 + 49)).toEqual([])
    const escalation = recorder.of('/api/chat.postMessage').find((c) => c.body.channel === 'CESC')!
    const shown = JSON.stringify(escalation.body.blocks)
    for (const part of ['<@U0OWNER>', 'Deal c1', 'notice deadline 2027-01-30', '14-day reminder']) {
      expect(shown).toContain(part)
    }
  })

  it('REMINDER_DM=off sends no owner DMs', async () => {
    const store = new MemoryStore()
    const context = makeContext(new ManualClock(NOW), { store, env: { REMINDER_DM: 'off' } })
    await seed(
      store,
      { vendors: [vendor('v1', 'Contoso', { owner: 'U0OWNER' })], contracts: [deal('c1', 'v1')] },
      ADDED,
    )
    const client = createSlackClient('xoxb-test', { apiUrl: `${recorder.url}/api/`, retries: 0 })
    const result = await runReminderSweep({ context, notifiers: [slackNotifier(client)], now: NOW })
    expect(result.posts).toEqual([])
    expect(recorder.of('/api/chat.postMessage')).toEqual([])
  })
})

describe('Teams owner DMs', () => {
  let recorder: TeamsRecorder
  let bot: Bot
  beforeEach(async () => {
    recorder = await startRecorder()
    bot = await startBot()
  })
  afterEach(async () => {
    await bot.close()
    await recorder.close()
  })

  it('DMs the owner in their personal chat once they have written to Tickler, and stops after Acknowledge', async () => {
    await seed(
      bot.store,
      { vendors: [vendor('v1', 'Contoso', { owner: JANE.aadObjectId })], contracts: [deal('c1', 'v1')] },
      ADDED,
    )
    const context = bot.tickler.context
    const notifiers = [bot.teams.notifier]
    // Before Jane has ever written to Tickler one-to-one, Teams cannot reach her.
    expect((await runReminderSweep({ context, notifiers, now: NOW })).posts).toEqual([])

    expect((await bot.post(personalMessage(recorder.url, 'help'))).status).toBe(200)
    const before = recorder.posts().length
    const result = await runReminderSweep({ context, notifiers, now: NOW })
    expect(result.posts.map((p) => `${p.outcome} ${p.channel}`)).toEqual([
      `posted teams:user:${JANE.aadObjectId}`,
    ])
    const dm = recorder.posts().slice(before)
    expect(dm.map((p) => p.path)).toEqual([`/v3/conversations/${PERSONAL_ID}/activities`])
    const card = cardOf(dm[0]!)
    expect(texts(card).join('\n')).toContain('Renewal reminder: Contoso Deal c1')
    const actions = card.actions as { title: string; data: { command: string } }[]
    expect(actions.map((a) => a.title)).toEqual([
      'Acknowledge',
      'Snooze 7 days',
      'Decide: Renew',
      'Decide: Renegotiate',
      'Decide: Cancel',
    ])

    // Jane presses Acknowledge in the DM: the 14-day stage is then sent to nobody.
    expect((await bot.post(cardSubmit(recorder.url, actions[0]!.data))).status).toBe(200)
    expect(bot.store.all('deadlineActions').map((a) => a.action)).toEqual(['acknowledge'])
    const later = await runReminderSweep({ context, notifiers, now: NOW.add({ hours: 24 }) })
    expect(later.posts).toEqual([])
  })
})
