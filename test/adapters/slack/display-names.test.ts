// Display names for the request log, read through the real Web API client from a local stand-in
// for users.info: asked in the background, once at a time per user, kept for an hour, and a
// failed lookup is neither kept nor noticed by the caller.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSlackClient } from '../../../adapters/slack/bolt.ts'
import { DisplayNames } from '../../../adapters/slack/display-names.ts'
import { Recorder } from './slack-harness.ts'

const HOUR = 3_600_000

let recorder: Recorder
beforeEach(async () => {
  recorder = new Recorder()
  await recorder.start()
})
afterEach(() => recorder.close())

function names(nowMs: () => number): DisplayNames {
  return new DisplayNames(
    createSlackClient('xoxb-test', { apiUrl: `${recorder.url}/api/`, retries: 0 }),
    nowMs,
  )
}

describe('Slack display names', () => {
  it('answers from the cache, asks users.info once for concurrent misses, and again after an hour', async () => {
    let now = 0
    const cache = names(() => now)
    expect(cache.peek('U1')).toBeUndefined()
    expect(cache.peek('U1')).toBeUndefined()
    await recorder.waitFor('/api/users.info')
    await expect.poll(() => cache.peek('U1')).toBe('Ann')
    expect(recorder.of('/api/users.info')).toHaveLength(1)

    now += HOUR - 1
    expect(cache.peek('U1')).toBe('Ann')
    expect(recorder.of('/api/users.info')).toHaveLength(1)

    now += 1
    expect(cache.peek('U1')).toBe('Ann')
    await recorder.waitFor('/api/users.info', 2)
    expect(recorder.of('/api/users.info').map((c) => c.body.user)).toEqual(['U1', 'U1'])
  })

  it('keeps nothing from a failed lookup, so the next request asks again', async () => {
    recorder.responders.push((call) =>
      call.path === '/api/users.info' ? { json: { ok: false, error: 'user_not_found' } } : undefined,
    )
    const cache = names(() => 0)
    await expect
      .poll(() => {
        expect(cache.peek('U9')).toBeUndefined()
        return recorder.of('/api/users.info').length
      })
      .toBeGreaterThanOrEqual(2)
  })
})
