// The reminder sweep's Teams notifier: proactive posts into stored conversations, and the
// platform's refusals turned into broken / retry-after results.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { answer } from '../../../src/reply/reply.ts'
import { testCommands } from './commands.ts'
import {
  type Bot,
  botAdded,
  CHANNEL_ID,
  cardOf,
  type Recorder,
  startBot,
  startRecorder,
  texts,
} from './helpers.ts'

let recorder: Recorder
let bot: Bot

const reminder = answer({
  title: 'Notice deadline in 30 days',
  text: [['Acme Corp — Enterprise Support: owner ', { mention: '6b1f4c1e-0000-4000-8000-00000000a001' }]],
  actions: [
    { label: 'Acknowledge', command: 'remind ack c1 2027-03-01', style: 'primary' },
    { label: 'Snooze 7 days', command: 'remind snooze c1 2027-03-01 7' },
  ],
  private: false,
})

beforeEach(async () => {
  recorder = await startRecorder()
  bot = await startBot({ commands: testCommands })
  await bot.post(botAdded(recorder.url))
  recorder.requests.length = 0
})
afterEach(async () => {
  await bot.close()
  await recorder.close()
})

describe('TeamsNotifier', () => {
  it('posts the reply as a card into the stored conversation', async () => {
    const result = await bot.teams.notifier.post(`teams:${CHANNEL_ID}`, reminder)
    expect(result).toEqual({ ok: true })
    const [post] = recorder.posts()
    expect(post?.method).toBe('POST')
    expect(post?.path).toBe(`/v3/conversations/${CHANNEL_ID}/activities`)
    const card = cardOf(post!)
    expect(texts(card)[0]).toBe('Notice deadline in 30 days')
    expect((card.actions as { data: unknown }[]).map((a) => a.data)).toEqual([
      { command: 'remind ack c1 2027-03-01' },
      { command: 'remind snooze c1 2027-03-01 7' },
    ])
    expect(bot.teams.notifier.platform).toBe('teams')
  })

  it('reports a conversation it has no reference for as broken', async () => {
    const result = await bot.teams.notifier.post('teams:19:unknown@thread.tacv2', reminder)
    expect(result).toMatchObject({ ok: false, broken: true })
    expect(recorder.posts()).toHaveLength(0)
  })

  it.each([403, 404])('reports %i (bot removed) as broken', async (status) => {
    recorder.respond = () => ({
      status,
      body: { error: { code: 'BotNotInConversationRoster', message: 'gone' } },
    })
    const result = await bot.teams.notifier.post(`teams:${CHANNEL_ID}`, reminder)
    expect(result).toMatchObject({ ok: false, broken: true })
  })

  it('reports 429 with the Retry-After seconds, not broken', async () => {
    recorder.respond = () => ({
      status: 429,
      headers: { 'retry-after': '0' },
      body: { error: { code: 'Throttled' } },
    })
    const result = await bot.teams.notifier.post(`teams:${CHANNEL_ID}`, reminder)
    expect(result).toMatchObject({ ok: false, broken: false, retryAfterSeconds: 0 })
  })

  it('reports a server error as retryable, not broken', async () => {
    recorder.respond = () => ({ status: 502, body: { error: { code: 'ServiceError' } } })
    const result = await bot.teams.notifier.post(`teams:${CHANNEL_ID}`, reminder)
    expect(result).toMatchObject({ ok: false, broken: false })
  })
})
