// A real Tickler server on 127.0.0.1:0 with Slack on, a local recorder standing in for the Slack
// Web API and response_url, and helpers that send requests exactly as Slack does (form-encoded,
// signed with v0 HMAC).
import { createHmac } from 'node:crypto'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { parse as parseQuery } from 'node:querystring'
import { type ServerHandle, startServer } from '../../../adapters/server/server.ts'
import { openTickler, type Tickler } from '../../../src/app/open-tickler.ts'
import type { Command } from '../../../src/commands/command.ts'
import { loadConfig } from '../../../src/config/config.ts'
import type { Store } from '../../../src/store/store.ts'
import { type Clock, fixedClock } from '../../../src/time/clock.ts'
import { MemoryStore } from '../../support/memory-store.ts'
import { silentLogger } from '../../support/silent-logger.ts'

export const SECRET = 'test-signing-secret'

export interface Recorded {
  path: string
  body: Record<string, unknown>
  /** The body as sent (a file upload is multipart). */
  raw: string
}

type Responder = (
  call: Recorded,
) => { status?: number; headers?: Record<string, string>; json: unknown } | undefined

/** Records every call to the fake Slack API and response_url; answers like Slack does. */
export class Recorder {
  readonly calls: Recorded[] = []
  private server!: Server
  private waiters: (() => void)[] = []
  /** Per-test overrides (errors, 429s); the first defined answer wins. */
  responders: Responder[] = []
  url = ''

  async start(): Promise<void> {
    this.server = createServer(async (req, res) => {
      const raw = await read(req)
      const body = parseBody(req.headers['content-type'], raw)
      const call = { path: (req.url ?? '').split('?')[0]!, body, raw }
      this.calls.push(call)
      const custom = this.responders.map((r) => r(call)).find((x) => x !== undefined)
      const answer = custom ?? { json: defaultAnswer(call.path) }
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...(answer.headers ?? {}) })
      res.end(JSON.stringify(answer.json))
      for (const wake of this.waiters.splice(0)) wake()
    })
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  of(path: string): Recorded[] {
    return this.calls.filter((c) => c.path === path)
  }

  /** Resolves once `count` calls to `path` have been recorded. */
  async waitFor(path: string, count = 1): Promise<Recorded[]> {
    while (this.of(path).length < count) await new Promise<void>((resolve) => this.waiters.push(resolve))
    return this.of(path)
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve())
      this.server.closeAllConnections()
    })
  }
}

function defaultAnswer(path: string): unknown {
  if (path === '/api/auth.test') return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' }
  if (path === '/api/users.info')
    return { ok: true, user: { id: 'U1', name: 'ann', profile: { display_name: 'Ann' } } }
  if (path === '/api/chat.postMessage') return { ok: true, ts: '1700000000.000100', channel: 'C1' }
  if (path.startsWith('/api/')) return { ok: true }
  return 'ok'
}

async function read(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function parseBody(contentType: string | undefined, raw: string): Record<string, unknown> {
  if (raw === '' || contentType?.startsWith('multipart/')) return {}
  if (contentType?.startsWith('application/json')) return JSON.parse(raw) as Record<string, unknown>
  const fields: Record<string, unknown> = { ...parseQuery(raw) }
  for (const key of ['blocks', 'view']) {
    if (typeof fields[key] === 'string') fields[key] = JSON.parse(fields[key] as string)
  }
  return fields
}

export function sign(body: string, timestamp: number, secret = SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`
}

export interface Harness {
  server: ServerHandle
  recorder: Recorder
  tickler: Tickler
  store: Store
  base: string
  close(): Promise<void>
}

export async function startHarness(
  commands: Command[],
  env: Record<string, string> = {},
  options: {
    ackBudgetMs?: number
    slackOff?: boolean
    /** A store to serve (default: a fresh MemoryStore); the harness closes it. */
    store?: Store
    /** Real time for request-key expiry (default: the system clock). */
    realClock?: Clock
  } = {},
): Promise<Harness> {
  const recorder = new Recorder()
  await recorder.start()
  const credentials = options.slackOff
    ? {}
    : { SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SECRET }
  const config = loadConfig({ ...credentials, SLACK_API_URL: `${recorder.url}/api/`, PORT: '0', ...env })
  const store = options.store ?? new MemoryStore()
  const clock = fixedClock('2026-11-25T10:00:00Z')
  const tickler = await openTickler({
    config,
    clock,
    log: silentLogger,
    store,
    commands,
    ...(options.realClock ? { realClock: options.realClock } : {}),
  })
  const server = await startServer({
    config,
    clock,
    log: silentLogger,
    app: tickler,
    port: 0,
    host: '127.0.0.1',
    slackAckBudgetMs: options.ackBudgetMs,
  })
  return {
    server,
    recorder,
    tickler,
    store,
    base: `http://127.0.0.1:${server.port}`,
    async close() {
      await server.close()
      await tickler.close()
      await store.close()
      await recorder.close()
    },
  }
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000)
}

/** POSTs a form body to /slack/events, signed unless told otherwise. */
export async function postSlack(
  h: Harness,
  body: string,
  options: { timestamp?: number; signature?: string | null; headers?: Record<string, string> } = {},
): Promise<Response> {
  const timestamp = options.timestamp ?? nowSeconds()
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
    ...(options.headers ?? {}),
  }
  if (options.signature !== null) headers['x-slack-signature'] = options.signature ?? sign(body, timestamp)
  return fetch(`${h.base}/slack/events`, { method: 'POST', headers, body })
}

/** POSTs an Events API body (JSON) to /slack/events, signed; `headers` add e.g. a retry number. */
export function postEvent(h: Harness, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return postSlack(h, body, { headers: { 'content-type': 'application/json', ...headers } })
}

/** An Events API callback from workspace T1 to the bot UBOT, carrying `event`. */
export function eventBody(eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({
    type: 'event_callback',
    team_id: 'T1',
    api_app_id: 'A1',
    event_id: eventId,
    event_time: 1,
    event,
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
  })
}

let triggers = 0

export function slashBody(
  h: Harness,
  command: string,
  text: string,
  extra: Record<string, string> = {},
): string {
  triggers++
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: 'T1',
    team_domain: 'acme',
    channel_id: 'C1',
    channel_name: 'vendors',
    user_id: 'U1',
    user_name: 'ann',
    command,
    text,
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    response_url: `${h.recorder.url}/response/${triggers}`,
    trigger_id: `trigger-${triggers}-${Math.random().toString(36).slice(2)}`,
    ...extra,
  }).toString()
}

/** A block_actions payload for pressing `button` on a message, as Slack posts it. */
export function buttonBody(
  h: Harness,
  button: { action_id: string; value: string },
  options: { ephemeral?: boolean; user?: string; team?: string } = {},
): string {
  triggers++
  const payload = {
    type: 'block_actions',
    team: { id: options.team ?? 'T1', domain: 'acme' },
    user: { id: options.user ?? 'U2', username: 'bob', team_id: options.team ?? 'T1' },
    api_app_id: 'A1',
    token: 'deprecated-verification-token',
    container: {
      type: 'message',
      message_ts: '1700000000.000100',
      channel_id: 'C1',
      is_ephemeral: options.ephemeral ?? false,
    },
    trigger_id: `trigger-${triggers}`,
    channel: { id: 'C1', name: 'vendors' },
    response_url: `${h.recorder.url}/response/button-${triggers}`,
  }
  return blockActionsBody(payload, button, `1700000001.${triggers}`)
}

/** The form body Slack posts for a block_actions `payload` whose one action is pressing `button`. */
export function blockActionsBody(
  payload: Record<string, unknown>,
  button: { action_id: string; value: string },
  actionTs: string,
): string {
  const action = {
    action_id: button.action_id,
    block_id: 'b1',
    text: { type: 'plain_text', text: 'x' },
    value: button.value,
    type: 'button',
    action_ts: actionTs,
  }
  return new URLSearchParams({ payload: JSON.stringify({ ...payload, actions: [action] }) }).toString()
}

/** The recorder path a request's response_url points at. */
export function responsePath(body: string): string {
  const fields = new URLSearchParams(body)
  const payload = fields.get('payload')
  const url = payload
    ? (JSON.parse(payload) as { response_url: string }).response_url
    : fields.get('response_url')!
  return new URL(url).pathname
}
