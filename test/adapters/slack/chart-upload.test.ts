// `/renewals chart` over Slack (SPEC §13): the list answers the slash command and the PNG is uploaded
// into the conversation through the real Web API client's files.uploadV2 (getUploadURLExternal
// with the file's length and alt text, the upload, completeUploadExternal into the channel).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { allCommands } from '../../../src/app/command-table.ts'
import { loadDemo } from '../../../src/import/demo.ts'
import type { ImageAttachment } from '../../../src/reply/reply.ts'
import { type Harness, postSlack, responsePath, slashBody, startHarness } from './slack-harness.ts'

let h: Harness

beforeEach(async () => {
  h = await startHarness(allCommands)
  const { clock, config } = h.tickler.context
  await loadDemo(h.store, {
    who: 'demo',
    at: clock.now(),
    zone: config.TICKLER_TIMEZONE,
    maxBytes: 5_000_000,
  })
  h.recorder.responders.push((call) => {
    if (call.path === '/api/files.getUploadURLExternal') {
      return { json: { ok: true, upload_url: `${h.recorder.url}/upload/F0CHART`, file_id: 'F0CHART' } }
    }
    if (call.path === '/api/files.completeUploadExternal') {
      return { json: { ok: true, files: [{ id: 'F0CHART', title: 'chart' }] } }
    }
    return undefined
  })
})
afterEach(() => h.close())

describe('renewals chart over Slack', { timeout: 60_000 }, () => {
  it('answers with the list and uploads the PNG with its alt text into the channel', async () => {
    const body = slashBody(h, '/renewals', 'chart')
    const res = await postSlack(h, body)
    expect(res.status).toBe(200)
    // Drawing takes longer than Slack's 3-second ack allows on a busy machine: then the answer
    // comes through response_url.
    const acked = await res.text()
    const answered = acked.includes('Renewals chart')
      ? acked
      : JSON.stringify((await h.recorder.waitFor(responsePath(body)))[0]!.body)
    expect(answered).toContain('Renewals chart: next 90 days (2026-11-25 to 2027-02-23)')
    expect(answered).toContain('What the chart shows')

    const [asked] = await h.recorder.waitFor('/api/files.getUploadURLExternal')
    const [upload] = await h.recorder.waitFor('/upload/F0CHART')
    const [complete] = await h.recorder.waitFor('/api/files.completeUploadExternal')
    const order = h.recorder.calls.map((c) => c.path).filter((p) => /files\.|upload/.test(p))
    expect(order).toEqual([
      '/api/files.getUploadURLExternal',
      '/upload/F0CHART',
      '/api/files.completeUploadExternal',
    ])
    expect(asked!.body).toMatchObject({ filename: 'renewals-chart-2026-11-25.png' })
    expect(String(asked!.body.alt_text)).toMatch(
      /^Bar chart, Renewals chart: next 90 days .* contracts, one bar each/,
    )
    expect(complete!.body.channel_id).toBe('C1')
    expect(JSON.parse(String(complete!.body.files))).toEqual([
      { id: 'F0CHART', title: 'renewals-chart-2026-11-25.png' },
    ])
    // The bytes the terminal gets: same length, a PNG's header.
    const terminal = await h.tickler.run({ text: 'renewals chart', user: 'terminal', platform: 'terminal' })
    const png = (terminal.attachment as ImageAttachment).content
    expect(asked!.body.length).toBe(String(png.length))
    expect(upload!.raw).toContain('PNG')
    expect(upload!.raw).toContain('IHDR')
  })

  it('uploads nothing for a window with no contracts, and says so in words', async () => {
    const res = await postSlack(h, slashBody(h, '/renewals', 'chart 30 days kind hardware tier low'))
    expect(res.status).toBe(200)
    expect(JSON.stringify(await res.json())).toContain('so there is no chart')
    expect(h.recorder.of('/api/files.getUploadURLExternal')).toEqual([])
  })
})
