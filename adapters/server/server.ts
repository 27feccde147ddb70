// The one HTTP server for `tickler serve`: Slack events, the Teams messaging endpoint (plugged in
// by the Teams adapter) and a health check. It starts after the store is loaded (the caller opens
// Tickler first), so /healthz answering 200 means the store is loaded and the routes listen.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Logger } from 'pino'
import type { Config } from '../../src/config/config.ts'
import type { Clock } from '../../src/time/clock.ts'
import { connectSlack, type SlackMode } from '../slack/connect.ts'
import type { TicklerRunner } from '../slack/slack-app.ts'
import { type CalendarFeed, calendarToken, serveCalendar } from './calendar-route.ts'

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>

/** POST routes by path; the Teams adapter registers '/api/messages' here. */
export type Routes = Map<string, RouteHandler>

export const SLACK_PATH = '/slack/events'

export interface ServerOptions {
  config: Config
  /** The business clock (may be fixed by --now); request signatures are checked on real time. */
  clock: Clock
  log: Logger
  /** What openTickler (src/app.ts) returns. */
  app: TicklerRunner
  /** Extra POST routes, e.g. new Map([['/api/messages', teamsHandler]]). */
  routes?: Routes
  /** GET (and HEAD) routes by path prefix, e.g. '/statements/' for download links. */
  getRoutes?: Routes
  /** Overrides PORT (tests pass 0). */
  port?: number
  host?: string
  /** Real time in ms for Slack signature freshness; tests inject it. */
  nowMs?: () => number
  /** How long a Slack command may run before its ack goes out empty (default 2500 ms). */
  slackAckBudgetMs?: number
  /** Answers GET /calendar/<token>.ics; without it every calendar path is 404. */
  calendarFeed?: CalendarFeed
}

export interface ServerHandle {
  port: number
  server: Server
  /** Add or replace POST routes while running. */
  routes: Routes
  slack: SlackMode
  close(): Promise<void>
}

export async function startServer(options: ServerOptions): Promise<ServerHandle> {
  const { config, log } = options
  const routes: Routes = new Map(options.routes ?? [])
  const slack = connectSlack({
    config,
    log,
    tickler: options.app,
    nowMs: options.nowMs,
    ackBudgetMs: options.slackAckBudgetMs,
  })
  if (slack.handle) routes.set(SLACK_PATH, slack.handle)

  let ready = false
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!
    if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' })
      res.end(req.method === 'HEAD' ? undefined : JSON.stringify({ ok: ready, slack: slack.mode }))
      return
    }
    const token = calendarToken(path)
    if (token !== undefined) {
      serveCalendar(req, res, token, options.calendarFeed, log).catch((error: unknown) => {
        log.error({ err: error }, 'calendar feed failed')
        if (!res.headersSent) plain(res, 500, 'Internal error')
        else res.end()
      })
      return
    }
    const download = [...(options.getRoutes ?? [])].find(([prefix]) => path.startsWith(prefix))?.[1]
    if (download && (req.method === 'GET' || req.method === 'HEAD')) {
      Promise.resolve()
        .then(() => download(req, res))
        .catch((error: unknown) => {
          log.error({ err: error, path: path.split('/').slice(0, 2).join('/') }, 'request failed')
          if (!res.headersSent) plain(res, 500, 'Internal error')
          else res.end()
        })
      return
    }
    const handler = routes.get(path)
    if (!handler) return plain(res, 404, 'Not found')
    if (req.method !== 'POST') return plain(res, 405, 'Method not allowed', { allow: 'POST' })
    Promise.resolve()
      .then(() => handler(req, res))
      .catch((error: unknown) => {
        log.error({ err: error, path }, 'request failed')
        if (!res.headersSent) plain(res, 500, 'Internal error')
        else res.end()
      })
  })
  server.on('clientError', (_error, socket) => socket.destroy())

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? config.PORT, options.host ?? '0.0.0.0', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  // Ready before Slack's auth.test answers: a round trip to slack.com (or its timeout, when Slack
  // is unreachable) is not the store or the routes. A request that arrives first waits for the
  // same identity check in Bolt's authorize (connect.ts).
  ready = true
  await slack.start()
  logStart(log, port, slack.mode, routes)

  return {
    port,
    server,
    routes,
    slack: slack.mode,
    async close() {
      ready = false
      await slack.stop()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
}

function logStart(log: Logger, port: number, mode: SlackMode, routes: Routes): void {
  const slack =
    mode === 'http'
      ? `Slack is on (POST ${SLACK_PATH})`
      : mode === 'socket'
        ? 'Slack is on (Socket Mode)'
        : 'Slack is off: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN to turn it on'
  log.info({ port, slack: mode, routes: [...routes.keys()] }, `listening on port ${port}; ${slack}`)
}

function plain(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers })
  res.end(text)
}
