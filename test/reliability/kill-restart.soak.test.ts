// Issue 9: SIGKILL the `tickler serve` process at random moments during a stream of writes, 50
// times. After every kill the data folder loads (a cold open, the code serve starts with) and holds
// every change that was acknowledged before the kill: an ack carrying the answer, or the answer
// posted to response_url. Unacknowledged writes in flight may or may not be there, but never twice.
//
// Starting a process costs ~4 s of CPU (tsx, Bolt, botbuilder), so to save time the next
// server is started while the current one still takes writes (the store is multi-process safe);
// it serves the next stream and reads the killed process's last commits from disk.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rng } from '../../bench/generate.ts'
import { openJsonStore } from '../../src/store/json-store.ts'
import { Recorder } from '../adapters/slack/slack-harness.ts'
import { importFixtures, type ServeProcess, spawnServe, tempDir } from './serve-process.ts'
import { answerOf, type Sent, sendSlash } from './slack-client.ts'

const KILLS = 50
const WRITERS = 3
const SEED = 0x7ac1e9

const DONE = /Logged INC-\d{4}/
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

let recorder: Recorder
let cwd: string
let dataDir: string
const live: ServeProcess[] = []

beforeAll(async () => {
  recorder = new Recorder()
  await recorder.start()
  cwd = await tempDir()
  dataDir = join(cwd, 'store')
  await importFixtures(cwd, dataDir)
}, 120_000)

afterAll(async () => {
  for (const p of live) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL')
  await recorder.close()
})

function start(): Promise<ServeProcess> {
  const p = spawnServe({ cwd, dataDir, slackApiUrl: recorder.url })
  p.then((s) => live.push(s)).catch(() => undefined)
  return p
}

interface Attempt {
  tag: string
  sent?: Sent
}

/** Streams writes from WRITERS clients until the process dies; kills it after `ackTarget` acks. */
async function streamAndKill(serve: ServeProcess, round: number, ackTarget: number, delayMs: number) {
  const attempts: Attempt[] = []
  let acks = 0
  let killed = false
  let kill: () => void = () => {}
  const killedNow = new Promise<void>((resolve) => {
    kill = resolve
  })
  const writer = async (w: number) => {
    for (let i = 0; !killed; i++) {
      const attempt: Attempt = { tag: `kill r${round} w${w} n${i}` }
      attempts.push(attempt)
      try {
        attempt.sent = await sendSlash(serve.base, recorder.url, '/sla', `log Acme P1 ${attempt.tag}`)
      } catch {
        return // connection reset or refused: the process is gone
      }
      if (attempt.sent.status === 200 && attempt.sent.ack !== '' && ++acks >= ackTarget) kill()
    }
  }
  const writers = Array.from({ length: WRITERS }, (_, w) => writer(w))
  // If the server stopped answering on its own, the writers end and the round fails here.
  await Promise.race([killedNow, Promise.all(writers)])
  expect(acks, `round ${round}: the server stopped answering before the kill`).toBeGreaterThanOrEqual(
    ackTarget,
  )
  await sleep(delayMs)
  serve.child.kill('SIGKILL')
  killed = true
  await serve.exited
  await Promise.all(writers)
  // Acknowledged = the answer reached Slack (in the ack, or posted to response_url) before the kill.
  return attempts.filter((a) => {
    const text = a.sent && a.sent.status === 200 ? answerOf(a.sent, recorder) : undefined
    return text !== undefined && DONE.test(text)
  })
}

describe('SIGKILL during a stream of writes, 50 times', { timeout: 1_800_000 }, () => {
  it('loads after every kill and keeps every acknowledged change, none twice', async () => {
    const random = rng(SEED)
    const acknowledged: string[] = []
    let current = await start()
    let next = start()
    for (let round = 0; round < KILLS; round++) {
      const ackTarget = 1 + Math.floor(random() * 6)
      const delayMs = Math.floor(random() * 25)
      const acked = await streamAndKill(current, round, ackTarget, delayMs)
      expect(current.child.signalCode).toBe('SIGKILL')
      acknowledged.push(...acked.map((a) => a.tag))

      // A cold load of what the killed process left on disk.
      const store = await openJsonStore(dataDir)
      const summaries = store.all('incidents').map((i) => i.summary)
      await store.close()
      expect(acknowledged.filter((tag) => !summaries.includes(tag))).toEqual([])
      expect(new Set(summaries).size).toBe(summaries.length)

      current = await next
      next = start()
    }
    current.child.kill('SIGKILL')
    ;(await next).child.kill('SIGKILL')

    const store = await openJsonStore(dataDir)
    try {
      const incidents = store.all('incidents')
      expect(acknowledged.length).toBeGreaterThanOrEqual(KILLS)
      expect(acknowledged.every((tag) => incidents.some((i) => i.summary === tag))).toBe(true)
      // Numbering stayed sequential through every crash: no id lost, none reused.
      expect(incidents.map((i) => i.id).sort()).toEqual(
        incidents.map((_, n) => `INC-${String(n + 1).padStart(4, '0')}`),
      )
      const audited = store.audit().filter((e) => e.collection === 'incidents' && e.action === 'sla log')
      expect(audited).toHaveLength(incidents.length)
    } finally {
      await store.close()
    }
  })
})
