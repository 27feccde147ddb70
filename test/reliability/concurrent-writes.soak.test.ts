// Issue 9: 20 clients each send 50 writing slash commands at once through the real HTTP path of a
// spawned `tickler serve`; every one is answered as done, and afterwards all 1,000 changes are in
// the store and in the audit trail (and the server stops cleanly).
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openJsonStore } from '../../src/store/json-store.ts'
import { Recorder } from '../adapters/slack/slack-harness.ts'
import { importFixtures, type ServeProcess, spawnServe, tempDir } from './serve-process.ts'
import { answer, sendSlash } from './slack-client.ts'

const CLIENTS = 20
const WRITES = 50

let recorder: Recorder
let serve: ServeProcess | undefined
let cwd: string
let dataDir: string

beforeAll(async () => {
  recorder = new Recorder()
  await recorder.start()
  cwd = await tempDir()
  dataDir = join(cwd, 'store')
  await importFixtures(cwd, dataDir)
  // Marking a risk check done is for admins and the vendor's owner (SPEC §6.1).
  const admins = Array.from({ length: CLIENTS }, (_, c) => `U${c}`).join(',')
  serve = await spawnServe({ cwd, dataDir, slackApiUrl: recorder.url, env: { TICKLER_ADMINS: admins } })
}, 120_000)

afterAll(async () => {
  if (serve?.child.exitCode === null) await serve.stop()
  await recorder.close()
})

/** Client c's write number i: alternately an SLA incident and a risk check marked done. */
function write(c: number, i: number): { command: string; text: string; tag: string; done: RegExp } {
  const tag = `load c${c} n${i}`
  return (c + i) % 2 === 0
    ? { command: '/sla', text: `log Acme P2 ${tag}`, tag, done: /Logged INC-\d{4}/ }
    : { command: '/risk', text: `done Acme soc2 ${tag}`, tag, done: /SOC 2 report: done 2026-11-25/ }
}

describe('20 concurrent Slack clients, 50 writes each', { timeout: 600_000 }, () => {
  it('answers every write as done and keeps all 1,000 changes, each audited once', async () => {
    const base = serve!.base
    const clients = Array.from({ length: CLIENTS }, async (_, c) => {
      const failures: string[] = []
      for (let i = 0; i < WRITES; i++) {
        const w = write(c, i)
        const sent = await sendSlash(base, recorder.url, w.command, w.text, { user: `U${c}` })
        const text = sent.status === 200 ? await answer(sent, recorder) : `HTTP ${sent.status}`
        if (!w.done.test(text)) failures.push(`${w.tag}: ${text.slice(0, 300)}`)
      }
      return failures
    })
    expect((await Promise.all(clients)).flat()).toEqual([])
    expect(await serve!.stop()).toBe(0)

    const store = await openJsonStore(dataDir)
    try {
      const expected = Array.from({ length: CLIENTS }, (_, c) =>
        Array.from({ length: WRITES }, (_, i) => write(c, i)),
      ).flat()
      const incidents = expected.filter((w) => w.command === '/sla').map((w) => w.tag)
      const checks = expected.filter((w) => w.command === '/risk').map((w) => w.tag)

      const stored = store.all('incidents')
      expect(stored.map((i) => i.summary).sort()).toEqual([...incidents].sort())
      // Sequential ids, none lost or reused under contention.
      expect(stored.map((i) => i.id).sort()).toEqual(
        incidents.map((_, n) => `INC-${String(n + 1).padStart(4, '0')}`),
      )
      const audit = store.audit()
      const auditedIncidents = audit
        .filter((e) => e.collection === 'incidents' && e.action === 'sla log')
        .map((e) => (e.after as { summary: string }).summary)
      expect(auditedIncidents.sort()).toEqual([...incidents].sort())
      const auditedChecks = audit
        .filter((e) => e.collection === 'riskChecks' && e.action === 'risk done')
        .map((e) => (e.after as { evidence: string }).evidence)
      expect(auditedChecks.sort()).toEqual([...checks].sort())
      // Each audited change names its Slack user and carries a request id.
      const writes = audit.filter((e) => e.action === 'sla log' || e.action === 'risk done')
      expect(writes.every((e) => /^U\d+$/.test(e.who) && e.requestId !== '')).toBe(true)
      expect(new Set(writes.map((e) => e.requestId)).size).toBe(CLIENTS * WRITES)
    } finally {
      await store.close()
    }
  })
})
