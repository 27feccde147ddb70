// A fake Bot Framework channel: a recorder HTTP server standing in for Teams' serviceUrl (it
// records what the bot posts and can serve OpenID metadata for token tests), plus Teams-shaped
// activities and a running bot on 127.0.0.1.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type Routes, type ServerHandle, startServer } from '../../../adapters/server/server.ts'
import type { Timing } from '../../../adapters/teams/bot.ts'
import { createTeams, type TeamsSurface } from '../../../adapters/teams/teams.ts'
import { openTickler, type Tickler } from '../../../src/app/open-tickler.ts'
import type { Command } from '../../../src/commands/command.ts'
import { loadConfig } from '../../../src/config/config.ts'
import { type Clock, fixedClock } from '../../../src/time/clock.ts'
import { MemoryStore } from '../../support/memory-store.ts'
import { silentLogger } from '../../support/silent-logger.ts'

export interface Recorded {
  method: string
  path: string
  headers: IncomingMessage['headers']
  body: Record<string, unknown>
}

export type Responder = (
  request: Recorded,
) => { status: number; body?: unknown; headers?: Record<string, string> } | undefined

export interface Recorder {
  url: string
  requests: Recorded[]
  /** Posts and updates the bot made to /v3/conversations/... */
  posts(): Recorded[]
  respond: Responder | undefined
  close(): Promise<void>
}

export async function startRecorder(): Promise<Recorder> {
  const requests: Recorded[] = []
  let counter = 0
  const recorder: Recorder = {
    url: '',
    requests,
    posts: () => requests.filter((r) => r.path.startsWith('/v3/conversations/')),
    respond: undefined,
    close: () => close(server),
  }
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    const record: Recorded = {
      method: req.method ?? '',
      path: decodeURIComponent(req.url ?? ''),
      headers: req.headers,
      body: text ? JSON.parse(text) : {},
    }
    const custom = recorder.respond?.(record)
    if (custom) {
      res.writeHead(custom.status, { 'content-type': 'application/json', ...custom.headers })
      res.end(custom.body === undefined ? '' : JSON.stringify(custom.body))
      if (record.path.startsWith('/v3/')) requests.push(record)
      return
    }
    requests.push(record)
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ id: `sent-${++counter}` }))
  })
  recorder.url = await listen(server)
  return recorder
}

export async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

export function close(server: Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((resolve) => server.close(() => resolve()))
}

export const TENANT = 'tenant-1'
export const BOT = { id: '28:tickler-bot', name: 'Tickler' }
export const JANE = { id: '29:1jane', name: 'Jane Doe', aadObjectId: '6b1f4c1e-0000-4000-8000-00000000a001' }
export const CHANNEL_ID = '19:general@thread.tacv2'
export const PERSONAL_ID = 'a:1personal-chat-jane'

let sequence = 1_700_000_000_000

function base(serviceUrl: string, conversation: Record<string, unknown>) {
  return {
    id: String(++sequence),
    timestamp: '2027-01-15T09:00:00.000Z',
    channelId: 'msteams',
    serviceUrl: `${serviceUrl}/`,
    from: JANE,
    recipient: BOT,
    conversation,
    locale: 'en-GB',
    channelData: { tenant: { id: TENANT } },
  }
}

/** A channel post that @mentions the bot, as Teams sends it (thread id in the conversation id). */
export function channelMessage(serviceUrl: string, text: string, extra: Record<string, unknown> = {}) {
  const b = base(serviceUrl, {})
  return {
    ...b,
    type: 'message',
    text: `<at>Tickler</at> ${text}`,
    textFormat: 'plain',
    conversation: {
      isGroup: true,
      conversationType: 'channel',
      tenantId: TENANT,
      id: `${CHANNEL_ID};messageid=${b.id}`,
    },
    entities: [
      { type: 'mention', text: '<at>Tickler</at>', mentioned: { id: BOT.id, name: BOT.name } },
      { type: 'clientInfo', locale: 'en-GB', country: 'GB', platform: 'Web', timezone: 'Europe/London' },
    ],
    channelData: {
      teamsChannelId: CHANNEL_ID,
      teamsTeamId: '19:team@thread.tacv2',
      channel: { id: CHANNEL_ID },
      team: { id: '19:team@thread.tacv2' },
      tenant: { id: TENANT },
    },
    ...extra,
  }
}

/** A one-to-one chat message: no mention needed. */
export function personalMessage(serviceUrl: string, text: string, extra: Record<string, unknown> = {}) {
  return {
    ...base(serviceUrl, { conversationType: 'personal', tenantId: TENANT, id: PERSONAL_ID }),
    type: 'message',
    text,
    textFormat: 'plain',
    entities: [{ type: 'clientInfo', locale: 'en-GB', country: 'GB', platform: 'Desktop' }],
    ...extra,
  }
}

/** A card button or form submit (Action.Submit): a message with `value` and no text. */
export function cardSubmit(serviceUrl: string, value: Record<string, unknown>, replyToId = 'card-1') {
  return {
    ...base(serviceUrl, { conversationType: 'personal', tenantId: TENANT, id: PERSONAL_ID }),
    type: 'message',
    replyToId,
    value,
    channelData: { tenant: { id: TENANT }, source: { name: 'message' }, legacy: { replyToId } },
  }
}

/** The bot added to a team: conversationUpdate with the bot among membersAdded. */
export function botAdded(serviceUrl: string) {
  return {
    ...base(serviceUrl, { isGroup: true, conversationType: 'channel', tenantId: TENANT, id: CHANNEL_ID }),
    type: 'conversationUpdate',
    membersAdded: [{ id: BOT.id }],
    channelData: {
      team: { id: CHANNEL_ID, name: 'IT Vendors' },
      eventType: 'teamMemberAdded',
      tenant: { id: TENANT },
    },
  }
}

export interface Bot {
  url: string
  server: ServerHandle
  tickler: Tickler
  teams: TeamsSurface
  store: MemoryStore
  post(activity: unknown, headers?: Record<string, string>): Promise<{ status: number; body: string }>
  close(): Promise<void>
}

export interface BotOptions {
  env?: Record<string, string>
  commands?: Command[]
  timing?: Timing
  store?: MemoryStore
  /** The business clock's fixed instant (default 2027-01-15T09:00:00Z). */
  now?: string
  /** Real time, for link expiry (default the system clock). */
  realClock?: Clock
  /** GET routes beside the Teams route, as serve.ts adds the statement downloads. */
  getRoutes?: (tickler: Tickler) => Routes
}

export async function startBot(options: BotOptions = {}): Promise<Bot> {
  const store = options.store ?? new MemoryStore()
  // Without MicrosoftAppId Teams answers only in Emulator mode, which takes this loopback harness.
  const config = loadConfig({ TEAMS_EMULATOR: '1', ...options.env })
  const clock = fixedClock(options.now ?? '2027-01-15T09:00:00Z')
  const tickler = await openTickler({
    config,
    clock,
    log: silentLogger,
    store,
    ...(options.commands ? { commands: options.commands } : {}),
    ...(options.realClock ? { realClock: options.realClock } : {}),
  })
  const teams = createTeams({
    tickler,
    log: silentLogger,
    timing: options.timing,
    realClock: options.realClock,
  })
  // The real server of `tickler serve`, with the Teams route plugged in as serve.ts does.
  const server: ServerHandle = await startServer({
    config,
    clock,
    log: silentLogger,
    app: tickler,
    routes: new Map([[teams.route, teams.handler]]),
    ...(options.getRoutes ? { getRoutes: options.getRoutes(tickler) } : {}),
    port: 0,
    host: '127.0.0.1',
  })
  const url = `http://127.0.0.1:${server.port}`
  return {
    url,
    server,
    tickler,
    teams,
    store,
    async post(activity, headers = {}) {
      const response = await fetch(`${url}${teams.route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof activity === 'string' ? activity : JSON.stringify(activity),
      })
      return { status: response.status, body: await response.text() }
    },
    async close() {
      await server.close()
      await tickler.close()
    },
  }
}

/** The Adaptive Card content of a recorded post. */
export function cardOf(post: Recorded): Record<string, unknown> {
  const attachments = post.body.attachments as { contentType: string; content: Record<string, unknown> }[]
  return attachments[0]!.content
}

/** All TextBlock texts of a card body, flattened. */
export function texts(card: Record<string, unknown>): string[] {
  const out: string[] = []
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk)
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>
      if (n.type === 'TextBlock' && typeof n.text === 'string') out.push(n.text)
      for (const v of Object.values(n)) if (typeof v === 'object') walk(v)
    }
  }
  walk(card.body)
  return out
}
