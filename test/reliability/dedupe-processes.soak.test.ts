// SPEC §6: a Slack request (trigger_id) or Teams activity (id) carried out in the last ten minutes
// is never run again, whichever process of the deployment receives it. Two real `tickler serve`
// processes on one DATA_DIR, one of them restarted; requests signed and shaped as the platforms
// send them. The store, read afterwards, holds each change once.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openJsonStore } from '../../src/store/json-store.ts'
import { Recorder } from '../adapters/slack/slack-harness.ts'
import { personalMessage, startRecorder, type Recorder as TeamsRecorder } from '../adapters/teams/helpers.ts'
import { importFixtures, type ServeProcess, spawnServe, tempDir } from './serve-process.ts'
import { answer, postSigned, slashForm } from './slack-client.ts'

let slackRecorder: Recorder
let teamsRecorder: TeamsRecorder
let cwd: string
let dataDir: string
const live: ServeProcess[] = []
/** Two processes on the one DATA_DIR; the first test restarts `a`. */
let a: ServeProcess
let b: ServeProcess

function start(): Promise<ServeProcess> {
  // TEAMS_EMULATOR: the Teams route takes unauthenticated activities from loopback only.
  const p = spawnServe({ cwd, dataDir, slackApiUrl: slackRecorder.url, env: { TEAMS_EMULATOR: '1' } })
  p.then((s) => live.push(s)).catch(() => undefined)
  return p
}

beforeAll(async () => {
  slackRecorder = new Recorder()
  await slackRecorder.start()
  teamsRecorder = await startRecorder()
  cwd = await tempDir()
  dataDir = join(cwd, 'store')
  await importFixtures(cwd, dataDir)
  ;[a, b] = await Promise.all([start(), start()])
}, 120_000)

afterAll(async () => {
  for (const p of live) if (p.child.exitCode === null && p.child.signalCode === null) await p.stop()
  await slackRecorder.close()
  await teamsRecorder.close()
})

/** Incidents whose summary is `summary`, read from the folder as a cold open sees it. */
async function incidents(summary: string): Promise<string[]> {
  const store = await openJsonStore(dataDir)
  try {
    return store
      .all('incidents')
      .filter((i) => i.summary === summary)
      .map((i) => i.id)
  } finally {
    await store.close()
  }
}

function postActivity(serve: ServeProcess, activity: unknown): Promise<number> {
  return fetch(`${serve.base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  }).then(async (r) => {
    await r.text()
    return r.status
  })
}

describe('deduplication across processes and restarts', { timeout: 180_000 }, () => {
  it('runs a Slack slash command once, whether replayed to a second process or after a restart', async () => {
    const { body, responsePath } = slashForm(slackRecorder.url, '/sla', 'log Acme P2 replayed everywhere')

    const first = await postSigned(a.base, body, responsePath)
    expect(await answer(first, slackRecorder)).toMatch(/Logged INC-\d{4}/)
    const atSecond = await postSigned(b.base, body, responsePath)
    expect([atSecond.status, atSecond.ack]).toEqual([200, ''])

    expect(await a.stop()).toBe(0)
    a = await start()
    const afterRestart = await postSigned(a.base, body, responsePath)
    expect([afterRestart.status, afterRestart.ack]).toEqual([200, ''])

    expect(await incidents('replayed everywhere')).toHaveLength(1)
    // The answer went out once, in the first ack; the repeats posted nothing later either.
    expect(slackRecorder.of(responsePath)).toEqual([])

    // Both processes at the same moment, several times each: still one incident.
    const race = slashForm(slackRecorder.url, '/sla', 'log Acme P2 raced')
    const sends = [a, b, a, b, a, b].map((p) => postSigned(p.base, race.body, race.responsePath))
    expect((await Promise.all(sends)).map((s) => s.status)).toEqual([200, 200, 200, 200, 200, 200])
    expect(await incidents('raced')).toHaveLength(1)
  })

  it('runs a Teams activity with the same id once across two processes', async () => {
    const activity = personalMessage(teamsRecorder.url, 'sla log Acme P2 redelivered to teams')
    const before = teamsRecorder.posts().length
    expect(await postActivity(a, activity)).toBe(200)
    expect(await postActivity(b, activity)).toBe(200)
    expect(await postActivity(a, activity)).toBe(200)
    expect(await incidents('redelivered to teams')).toHaveLength(1)
    const answers = teamsRecorder.posts().slice(before)
    expect(answers).toHaveLength(1)
    expect(JSON.stringify(answers[0]!.body)).toMatch(/Logged INC-\d{4}/)
  })
})
