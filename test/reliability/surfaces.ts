// One Tickler on a real JSON store in a temp DATA_DIR, served by the real HTTP server with Slack
// (signed slash commands; Web API and response_url at a recorder) and Teams (Emulator mode; the
// serviceUrl at a recorder) both on, plus the terminal path. Each surface returns what the user
// would see: Slack's mrkdwn, the Teams card's texts, the terminal's plain text.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import type { Logger } from 'pino'
import { terminalRequest } from '../../adapters/cli/terminal-request.ts'
import { renderReply } from '../../adapters/console/render.ts'
import { type ServerHandle, startServer } from '../../adapters/server/server.ts'
import { createTeams } from '../../adapters/teams/teams.ts'
import { openTickler, type Tickler } from '../../src/app/open-tickler.ts'
import { loadConfig } from '../../src/config/config.ts'
import { importFiles } from '../../src/import/importer.ts'
import { createLogger, silentLogger } from '../../src/log/logger.ts'
import type { Store } from '../../src/store/store.ts'
import { fixedClock } from '../../src/time/clock.ts'
import { Recorder } from '../adapters/slack/slack-harness.ts'
import {
  cardOf,
  personalMessage,
  startRecorder,
  type Recorder as TeamsRecorder,
} from '../adapters/teams/helpers.ts'
import { FIXTURES } from './serve-process.ts'
import { answer, type SlashOptions, sendSlash } from './slack-client.ts'

export const TEAMS_USER = '6b1f4c1e-0000-4000-8000-00000000a001'
export const CLOCK = fixedClock('2026-11-25T10:00:00Z')

export interface Surfaces {
  tickler: Tickler
  store: Store
  server: ServerHandle
  slackRecorder: Recorder
  teamsRecorder: TeamsRecorder
  /** A slash command (`/tickler <text>`); the answer as Slack got it (JSON of the message). */
  slack(text: string, options?: SlashOptions): Promise<string>
  /** A personal Teams message; the texts of the card the bot sent back, joined by newlines. */
  teams(text: string, options?: { user?: string; tenant?: string }): Promise<string>
  /** The terminal: the reply rendered as `tickler ask` prints it. */
  terminal(text: string): Promise<string>
  close(): Promise<void>
}

export async function importRegister(store: Store): Promise<void> {
  const names = ['vendors.csv', 'contracts.csv', 'sla_targets.csv', 'risk_checks.csv']
  const sources = await Promise.all(
    names.map(async (name) => ({ name, bytes: await readFile(join(FIXTURES, name)) })),
  )
  await importFiles(store, sources, { who: 'terminal', at: CLOCK.now(), zone: 'UTC', maxBytes: 50_000_000 })
}

export async function startSurfaces(options: {
  store: Store
  env?: Record<string, string>
  log?: Logger
}): Promise<Surfaces> {
  const log = options.log ?? silentLogger
  const slackRecorder = new Recorder()
  await slackRecorder.start()
  const teamsRecorder = await startRecorder()
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-surfaces',
    SLACK_SIGNING_SECRET: 'reliability-signing-secret-5f2c',
    SLACK_API_URL: `${slackRecorder.url}/api/`,
    PORT: '0',
    TEAMS_EMULATOR: '1',
    ...options.env,
  })
  const tickler = await openTickler({ config, clock: CLOCK, log, store: options.store })
  const teams = createTeams({ tickler, log })
  const server = await startServer({
    config,
    clock: CLOCK,
    log,
    app: tickler,
    routes: new Map([[teams.route, teams.handler]]),
    port: 0,
    host: '127.0.0.1',
  })
  const base = `http://127.0.0.1:${server.port}`

  return {
    tickler,
    store: options.store,
    server,
    slackRecorder,
    teamsRecorder,
    async slack(text, slashOptions) {
      const sent = await sendSlash(base, slackRecorder.url, '/tickler', text, slashOptions)
      if (sent.status !== 200) return `HTTP ${sent.status}`
      return answer(sent, slackRecorder)
    },
    async teams(text, who = {}) {
      const before = teamsRecorder.posts().length
      const activity = personalMessage(teamsRecorder.url, text, {
        from: { id: '29:1someone', name: 'Someone', aadObjectId: who.user ?? TEAMS_USER },
      })
      if (who.tenant) {
        activity.channelData = { tenant: { id: who.tenant } }
        activity.conversation = { ...activity.conversation, tenantId: who.tenant }
      }
      const response = await fetch(`${base}${teams.route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      })
      if (response.status !== 200) return `HTTP ${response.status}`
      const posts = teamsRecorder.posts().slice(before)
      return posts.map((p) => cardText(cardOf(p))).join('\n')
    },
    async terminal(text) {
      return renderReply(await tickler.run(terminalRequest(text)))
    },
    async close() {
      await server.close()
      await tickler.close()
      await slackRecorder.close()
      await teamsRecorder.close()
    },
  }
}

/** Every text a card shows: TextBlock texts and FactSet titles and values, in order. */
export function cardText(card: Record<string, unknown>): string {
  const out: string[] = []
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk)
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>
      if (n.type === 'TextBlock' && typeof n.text === 'string') out.push(n.text)
      if (typeof n.title === 'string' && typeof n.value === 'string') out.push(`${n.title}: ${n.value}`)
      for (const v of Object.values(n)) if (typeof v === 'object') walk(v)
    }
  }
  walk(card.body)
  return out.join('\n')
}

/** A real JSON logger (the one serve uses) writing into memory, to read what was logged. */
export function memoryLog(level = 'info'): {
  log: Logger
  lines(): Record<string, unknown>[]
  raw(): string
} {
  let raw = ''
  const sink = new Writable({
    write(chunk, _encoding, done) {
      raw += String(chunk)
      done()
    },
  })
  return {
    log: createLogger(level, sink),
    raw: () => raw,
    lines: () =>
      raw
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  }
}
