// The Slack Notifier against a local stand-in for the Web API: what chat.postMessage receives,
// and how Slack's errors map onto PostResult.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSlackNotifier } from '../../../adapters/slack/notifier.ts'
import { answer } from '../../../src/reply/reply.ts'
import { Recorder } from './slack-harness.ts'

let recorder: Recorder

beforeEach(async () => {
  recorder = new Recorder()
  await recorder.start()
})
afterEach(() => recorder.close())

function notifier() {
  return createSlackNotifier({ token: 'xoxb-test', apiUrl: `${recorder.url}/api/` })
}

const reminder = answer({
  title: 'Notice deadline in 30 days',
  text: [['Acme — Support, owner ', { mention: 'U0NORTH' }]],
  actions: [{ label: 'Acknowledge', command: 'ack acme support 2027-03-01' }],
  private: false,
})

describe('Slack notifier', () => {
  it('posts the reply as Block Kit into the referenced channel', async () => {
    const result = await notifier().post('slack:T1:C42', reminder)
    expect(result).toEqual({ ok: true })
    const [call] = recorder.of('/api/chat.postMessage')
    expect(call!.body.channel).toBe('C42')
    expect(call!.body.text).toBe('Notice deadline in 30 days')
    expect(JSON.stringify(call!.body.blocks)).toContain('<@U0NORTH>')
    expect(JSON.stringify(call!.body.blocks)).toContain('"value":"ack acme support 2027-03-01"')
  })

  it.each(['channel_not_found', 'not_in_channel', 'is_archived'])('%s → broken', async (code) => {
    recorder.responders.push(() => ({ json: { ok: false, error: code } }))
    expect(await notifier().post('slack:T1:C42', reminder)).toEqual({ ok: false, error: code, broken: true })
  })

  it('another platform error is not broken: retried on the next sweep', async () => {
    recorder.responders.push(() => ({ json: { ok: false, error: 'internal_error' } }))
    expect(await notifier().post('slack:T1:C42', reminder)).toEqual({
      ok: false,
      error: 'internal_error',
      broken: false,
    })
  })

  it('429 → retryAfterSeconds from Retry-After, without waiting', async () => {
    recorder.responders.push(() => ({
      status: 429,
      headers: { 'retry-after': '17' },
      json: { ok: false, error: 'ratelimited' },
    }))
    const result = await notifier().post('slack:T1:C42', reminder)
    expect(result).toEqual({ ok: false, error: 'rate limited', broken: false, retryAfterSeconds: 17 })
    expect(recorder.of('/api/chat.postMessage')).toHaveLength(1)
  })

  it('refuses a reference that is not a Slack channel', async () => {
    const result = await notifier().post('teams:19:abc', reminder)
    expect(result.ok).toBe(false)
    expect(recorder.calls).toEqual([])
  })
})
