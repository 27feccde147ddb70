// `sla statement` over Slack (SPEC §12): the summary comes back as the slash command's answer and
// the CSV is uploaded into the conversation through the real Web API client's files.uploadV2:
// files.getUploadURLExternal, the upload to the URL it returned, files.completeUploadExternal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { allCommands } from '../../../src/app/command-table.ts'
import { importFiles } from '../../../src/import/importer.ts'
import type { CsvAttachment } from '../../../src/reply/reply.ts'
import { BANDS, CONTRACTS, INCIDENTS, TARGETS, VENDORS, ZONE } from '../../claims/world.ts'
import { type Harness, postSlack, slashBody, startHarness } from './slack-harness.ts'

let h: Harness

beforeEach(async () => {
  h = await startHarness(allCommands, { TICKLER_TIMEZONE: ZONE })
  const files = {
    'vendors.csv': VENDORS,
    'contracts.csv': CONTRACTS,
    'sla_targets.csv': TARGETS,
    'credit_bands.csv': BANDS,
    'incidents.csv': INCIDENTS,
  }
  await importFiles(
    h.store,
    Object.entries(files).map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) })),
    { who: 'terminal', at: h.tickler.context.clock.now(), zone: ZONE, maxBytes: 50_000_000 },
  )
  // Slack answers getUploadURLExternal with a URL to send the bytes to: here, the recorder.
  h.recorder.responders.push((call) => {
    if (call.path === '/api/files.getUploadURLExternal') {
      return {
        json: { ok: true, upload_url: `${h.recorder.url}/upload/F0STATEMENT`, file_id: 'F0STATEMENT' },
      }
    }
    if (call.path === '/api/files.completeUploadExternal') {
      return { json: { ok: true, files: [{ id: 'F0STATEMENT', title: 'statement' }] } }
    }
    return undefined
  })
})
afterEach(() => h.close())

describe('sla statement over Slack', () => {
  it('answers with the summary and uploads the same CSV the terminal gets into the channel', async () => {
    const res = await postSlack(h, slashBody(h, '/sla', 'statement Contoso october'))
    expect(res.status).toBe(200)
    expect(JSON.stringify(await res.json())).toContain(
      'SLA claim statement: Contoso — Managed network, October 2026',
    )

    const [asked] = await h.recorder.waitFor('/api/files.getUploadURLExternal')
    expect(asked!.body).toMatchObject({ filename: 'sla-statement-contoso-managed-network-2026-10.csv' })
    const [upload] = await h.recorder.waitFor('/upload/F0STATEMENT')
    const [complete] = await h.recorder.waitFor('/api/files.completeUploadExternal')
    expect(complete!.body.channel_id).toBe('C1')
    expect(JSON.parse(String(complete!.body.files))).toEqual([
      { id: 'F0STATEMENT', title: 'sla-statement-contoso-managed-network-2026-10.csv' },
    ])
    // The order Slack requires, and the bytes the terminal writes.
    const order = h.recorder.calls.map((c) => c.path).filter((p) => /files\.|upload/.test(p))
    expect(order).toEqual([
      '/api/files.getUploadURLExternal',
      '/upload/F0STATEMENT',
      '/api/files.completeUploadExternal',
    ])
    const terminal = await h.tickler.run({
      text: 'sla statement Contoso october',
      user: 'terminal',
      platform: 'terminal',
    })
    const csv = (terminal.attachment as CsvAttachment).content
    expect(asked!.body.length).toBe(String(Buffer.byteLength(csv)))
    expect(upload!.raw).toContain(csv)
    expect(csv.trim().split('\n').at(-1)).toMatch(/^total,Managed network,/)
  })

  it('tells the asker when the upload is refused, and a statement stores nothing', async () => {
    h.recorder.responders.unshift((call) =>
      call.path === '/api/files.getUploadURLExternal'
        ? { json: { ok: false, error: 'not_in_channel' } }
        : undefined,
    )
    const before = h.store.revision
    const body = slashBody(h, '/sla', 'statement Contoso october')
    const res = await postSlack(h, body)
    expect(res.status).toBe(200)
    const path = new URL(new URLSearchParams(body).get('response_url')!).pathname
    const [told] = await h.recorder.waitFor(path)
    expect(JSON.stringify(told!.body)).toContain(
      'I could not upload sla-statement-contoso-managed-network-2026-10.csv here (not_in_channel)',
    )
    expect(h.recorder.of('/api/files.completeUploadExternal')).toEqual([])
    expect(h.store.revision).toBe(before)
  })
})
