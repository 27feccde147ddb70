// Issue 9: the structured logs of a real `tickler serve` carry a request id per command (the same
// id the audit trail records for a write) and never a secret or token, with every secret set and
// LOG_LEVEL=debug, through good requests, a forged Slack signature, a Teams request with a bogus
// bearer token, a failing Slack API call, and Socket Mode failing to connect with its app token.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openJsonStore } from '../../src/store/json-store.ts'
import { Recorder } from '../adapters/slack/slack-harness.ts'
import {
  BOT_TOKEN,
  importFixtures,
  type ServeProcess,
  SIGNING_SECRET,
  spawnServe,
  tempDir,
} from './serve-process.ts'
import { answer, sendSlash } from './slack-client.ts'

const APP_PASSWORD = 'teams-app-password-Qm9vX2Jhcg'
const APP_TOKEN = 'xapp-1-A0RELIABLE-1234567890-socketmodesecret'
const BEARER = 'eyJhbGciOiJSUzI1NiJ9.bogus-bearer-token-payload.c2lnbmF0dXJl'
const SECRETS = [SIGNING_SECRET, BOT_TOKEN, APP_PASSWORD, APP_TOKEN, BEARER]
const ENV = {
  LOG_LEVEL: 'debug',
  // U7 marks a risk check done, which is for admins and the vendor's owner (SPEC §6.1).
  TICKLER_ADMINS: 'U7',
  MicrosoftAppId: '00000000-0000-4000-8000-00000000c0de',
  MicrosoftAppPassword: APP_PASSWORD,
  MicrosoftAppType: 'MultiTenant',
}

let recorder: Recorder
let cwd: string
let dataDir: string
const started: ServeProcess[] = []

beforeAll(async () => {
  recorder = new Recorder()
  await recorder.start()
  // Slack's API refuses users.info, so the adapter logs a failed Web API call (with its token).
  recorder.responders.push((call) =>
    call.path === '/api/users.info' ? { status: 200, json: { ok: false, error: 'invalid_auth' } } : undefined,
  )
  cwd = await tempDir()
  dataDir = join(cwd, 'store')
  await importFixtures(cwd, dataDir)
}, 120_000)

afterAll(async () => {
  for (const p of started) if (p.child.exitCode === null) p.child.kill('SIGKILL')
  await recorder.close()
})

function lines(stderr: string): Record<string, unknown>[] {
  return stderr
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
}

function leaked(stderr: string): string[] {
  return SECRETS.filter((secret) => stderr.includes(secret) || stderr.includes(secret.slice(0, 16)))
}

describe('structured logs of tickler serve', { timeout: 300_000 }, () => {
  it('carry one request id per command, the one audited, and no secret', async () => {
    const serve = await spawnServe({ cwd, dataDir, slackApiUrl: recorder.url, env: ENV })
    started.push(serve)
    const texts = ['sla log Acme P1 Core switch down', 'renewals 400 days', 'risk done Acme soc2 audited']
    for (const text of texts) {
      const sent = await sendSlash(serve.base, recorder.url, '/tickler', text, { user: 'U7' })
      expect(sent.status).toBe(200)
      await answer(sent, recorder)
    }
    const forged = await sendSlash(serve.base, recorder.url, '/tickler', 'renewals', { secret: 'wrong' })
    expect(forged.status).toBe(401)
    const teams = await fetch(`${serve.base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${BEARER}` },
      body: JSON.stringify({ type: 'message', id: '1', text: 'renewals', serviceUrl: recorder.url }),
    })
    expect(teams.status).toBe(401)
    expect(await serve.stop()).toBe(0)

    const stderr = serve.stderr()
    expect(leaked(stderr)).toEqual([])
    const log = lines(stderr)
    const requests = log.filter((l) => l.msg === 'slack request')
    expect(requests).toHaveLength(texts.length)
    const ids = requests.map((l) => l.requestId)
    expect(ids.every((id) => typeof id === 'string' && id.length >= 8)).toBe(true)
    expect(new Set(ids).size).toBe(texts.length)
    // The core logs each command with the same id…
    for (const id of ids) expect(log.some((l) => l.msg === 'request' && l.requestId === id)).toBe(true)
    // …and the audit trail records it for each write.
    const store = await openJsonStore(dataDir)
    try {
      const audited = store
        .audit()
        .filter((e) => e.who === 'U7')
        .map((e) => e.requestId)
      expect(new Set(audited)).toEqual(new Set([ids[0], ids[2]]))
    } finally {
      await store.close()
    }
    expect(log.some((l) => String(l.msg).includes('bad signature'))).toBe(true)
  })

  it('keeps the app token out of the log when Socket Mode cannot connect', async () => {
    const serve = await spawnServe({
      cwd,
      dataDir,
      slackApiUrl: recorder.url,
      env: { ...ENV, SLACK_APP_TOKEN: APP_TOKEN },
    })
    started.push(serve)
    // No network here: the connection fails and is logged (and retried) in the background.
    const deadline = Date.now() + 60_000
    while (
      !/http request failed|could not connect|Failed to retrieve/.test(serve.stderr()) &&
      Date.now() < deadline
    ) {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(await serve.stop()).toBe(0)
    expect(serve.stderr()).toMatch(/http request failed|could not connect|Failed to retrieve/)
    expect(leaked(serve.stderr())).toEqual([])
  })
})
