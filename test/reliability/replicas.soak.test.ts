// Issue 18: three `tickler serve` replicas on one PostgreSQL database behind a stand-in load
// balancer. 20 clients each send 50 signed Slack writes spread over the replicas while one
// replica is SIGKILLed ten times and restarted. A client whose request got no answer (the replica
// died) sends the same delivery to the next replica, as Slack's retry would. Afterwards every
// write is stored exactly once, every acknowledged one among them, and incident ids are unique
// and gap-free. And one delivery sent to two replicas at the same moment runs once.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPostgresStore } from '../../src/store/postgres/postgres-store.ts'
import { Recorder } from '../adapters/slack/slack-harness.ts'
import { runCli } from '../cli/run-cli.ts'
import { createDatabase } from '../support/postgres.ts'
import { FIXTURES, NOW, type ServeProcess, spawnServe, tempDir } from './serve-process.ts'
import { postSigned, type Sent, slashForm } from './slack-client.ts'

const CLIENTS = 20
const WRITES = 50
const KILLS = 10
const LOGGED = /Logged INC-\d{4}/
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

let recorder: Recorder
let cwd: string
let url: string
const live: ServeProcess[] = []

function start(): Promise<ServeProcess> {
  const p = spawnServe({
    cwd,
    dataDir: join(cwd, 'unused'),
    slackApiUrl: recorder.url,
    env: { DATABASE_URL: url },
  })
  p.then((s) => live.push(s)).catch(() => undefined)
  return p
}

beforeAll(async () => {
  recorder = new Recorder()
  await recorder.start()
  cwd = await tempDir()
  url = await createDatabase('replicas')
  const files = ['vendors.csv', 'contracts.csv', 'sla_targets.csv', 'risk_checks.csv'].map((f) =>
    join(FIXTURES, f),
  )
  const imported = await runCli(['import', ...files, '--now', NOW], { cwd, env: { DATABASE_URL: url } })
  if (imported.code !== 0) throw new Error(`import failed: ${imported.stderr}`)
}, 120_000)

afterAll(async () => {
  for (const p of live) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL')
  await recorder.close()
})

/** The answer to a sent request: in the ack, or posted to response_url within `waitMs`. */
async function answerWithin(sent: Sent, waitMs: number): Promise<string | undefined> {
  if (sent.ack !== '') return sent.ack
  const deadline = Date.now() + waitMs
  while (Date.now() < deadline) {
    const posts = recorder.of(sent.responsePath)
    if (posts.length > 0) return JSON.stringify(posts.map((p) => p.body))
    await sleep(50)
  }
  return undefined
}

async function storedIncidents() {
  const store = await openPostgresStore(url)
  try {
    return [...store.all('incidents')]
  } finally {
    await store.close()
  }
}

describe('three replicas on one database', { timeout: 1_800_000 }, () => {
  it('stores every write once while one replica is killed ten times', async () => {
    const replicas: (ServeProcess | undefined)[] = await Promise.all([start(), start(), start()])
    const acknowledged = new Set<string>()
    /** Answered "already carried out": a retry that met its first delivery's committed change. */
    const repeated = new Set<string>()
    const settledByDedupe = new Set<string>()
    let acks = 0
    let done = false

    const client = async (c: number) => {
      for (let j = 0; j < WRITES; j++) {
        // Held back only when a kill is overdue (its standby still starting), so all ten fall
        // inside the stream.
        while (kills < KILLS && acks >= (kills + 1) * every + 30) await sleep(50)
        const tag = `rep c${c} n${j}`
        const { body, responsePath } = slashForm(recorder.url, '/sla', `log Acme P1 ${tag}`, {
          user: `U${c}`,
        })
        for (let attempt = 0; ; attempt++) {
          const replica = replicas[(c + j + attempt) % replicas.length]
          if (!replica) {
            await sleep(20)
            continue
          }
          let sent: Sent
          try {
            sent = await postSigned(replica.base, body, responsePath)
          } catch {
            continue // refused or reset: that replica is dead; the next one gets the delivery
          }
          if (sent.status !== 200) continue
          const text = await answerWithin(sent, attempt === 0 ? 8_000 : 3_000)
          if (text !== undefined && (LOGGED.test(text) || text.includes('already carried out'))) {
            ;(LOGGED.test(text) ? acknowledged : repeated).add(tag)
            acks++
            break
          }
          // A retry acknowledged with nothing: a replica already ran it (request key) and died
          // before answering. It is stored; Slack would not be told, so it is not counted as acked.
          if (
            text === undefined &&
            attempt > 0 &&
            sent.ack === '' &&
            recorder.of(responsePath).length === 0
          ) {
            settledByDedupe.add(tag)
            break
          }
        }
      }
    }

    // Starting `serve` takes seconds of CPU: a standby is started ahead and swapped in for the
    // victim at the moment of the kill, with writes to the victim in flight.
    const every = Math.floor((CLIENTS * WRITES) / (KILLS + 2))
    let kills = 0
    let standby = start()
    const killer = async () => {
      for (; kills < KILLS; ) {
        while (acks < (kills + 1) * every && !done) await sleep(20)
        if (done) throw new Error(`the stream ended after ${kills} kills`)
        const next = await standby
        const victim = replicas[2]!
        replicas[2] = next
        victim.child.kill('SIGKILL')
        await victim.exited
        kills++
        standby = start()
      }
    }

    const clients = Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c))).finally(() => {
      done = true
    })
    await Promise.all([clients, killer()])

    const incidents = await storedIncidents()
    const summaries = incidents.map((i) => i.summary).filter((s) => s.startsWith('rep '))
    const all = Array.from(
      { length: CLIENTS * WRITES },
      (_, n) => `rep c${Math.floor(n / WRITES)} n${n % WRITES}`,
    )
    expect(new Set(summaries).size).toBe(summaries.length)
    expect([...summaries].sort()).toEqual([...all].sort())
    expect([...acknowledged].filter((tag) => !summaries.includes(tag))).toEqual([])
    // Every delivery ended acknowledged to its client in one of the three ways, most with the answer.
    expect(acknowledged.size + repeated.size + settledByDedupe.size).toBe(CLIENTS * WRITES)
    expect(acknowledged.size).toBeGreaterThan(CLIENTS * WRITES * 0.9)
    // Unique and gap-free: a replica killed mid-write left no hole and no reused number.
    expect(incidents.map((i) => i.id).sort()).toEqual(
      incidents.map((_, n) => `INC-${String(n + 1).padStart(4, '0')}`),
    )
    expect(kills).toBe(KILLS)
    for (const r of replicas) r?.child.kill('SIGKILL')
    ;(await standby).child.kill('SIGKILL')
  })

  it('runs a delivery sent to two replicas at the same moment once', async () => {
    const [a, b] = await Promise.all([start(), start()])
    for (let n = 0; n < 20; n++) {
      const { body, responsePath } = slashForm(recorder.url, '/sla', `log Acme P2 twice ${n}`)
      const [first, second] = await Promise.all([
        postSigned(a.base, body, responsePath),
        postSigned(b.base, body, responsePath),
      ])
      expect([first.status, second.status]).toEqual([200, 200])
      await Promise.all([answerWithin(first, 10_000), answerWithin(second, 10_000)])
    }
    const incidents = await storedIncidents()
    for (let n = 0; n < 20; n++) {
      expect(
        incidents.filter((i) => i.summary === `twice ${n}`),
        `twice ${n}`,
      ).toHaveLength(1)
    }
    await Promise.all([a.stop(), b.stop()])
  })
})
