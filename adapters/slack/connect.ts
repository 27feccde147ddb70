// Turns Slack on when its credentials are set: HTTP (events through the shared server) or Socket
// Mode (SLACK_APP_TOKEN). auth.test runs once at start so Bolt never calls it per request; if it
// fails (bad token, Slack down) the server still starts and the lookup is retried on first use.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { type App, type Authorize, SocketModeReceiver, webApi } from '@slack/bolt'
import type { Logger } from 'pino'
import type { Config } from '../../src/config/config.ts'
import { systemClock } from '../../src/time/clock.ts'
import { boltLogger } from './bolt-logger.ts'
import { DisplayNames } from './display-names.ts'
import { SlackHttpReceiver } from './receiver.ts'
import { createSlackApp, type TicklerRunner } from './slack-app.ts'

export type SlackMode = 'off' | 'http' | 'socket'

export interface SlackConnection {
  mode: SlackMode
  /** POST /slack/events in HTTP mode. */
  handle?: (req: IncomingMessage, res: ServerResponse) => Promise<void>
  start(): Promise<void>
  stop(): Promise<void>
}

export interface SlackConnectOptions {
  config: Config
  log: Logger
  tickler: TicklerRunner
  /** Real wall time for signature freshness and caches; tests may inject it. */
  nowMs?: () => number
  /** Defaults to 2500 ms: answer in the ack when the reply is ready that fast. */
  ackBudgetMs?: number
}

interface BotIdentity {
  botId?: string
  botUserId?: string
  teamId?: string
}

export function connectSlack(options: SlackConnectOptions): SlackConnection {
  const { config, log } = options
  const token = config.SLACK_BOT_TOKEN
  if (!config.slackEnabled || !token) {
    return { mode: 'off', start: async () => {}, stop: async () => {} }
  }
  const nowMs = options.nowMs ?? (() => systemClock.now().epochMilliseconds)
  const client = new webApi.WebClient(token, { slackApiUrl: config.SLACK_API_URL, logger: boltLogger(log) })
  // auth.test must not hold up start-up or a request for long: one try, bounded, retried next time.
  const probe = new webApi.WebClient(token, {
    slackApiUrl: config.SLACK_API_URL,
    logger: boltLogger(log),
    retryConfig: { retries: 0 },
    timeout: 5000,
  })

  let identity: Promise<BotIdentity> | undefined
  const whoAmI = (): Promise<BotIdentity> => {
    identity ??= probe.auth.test().then(
      (r) => ({ botId: r.bot_id, botUserId: r.user_id, teamId: r.team_id }),
      (error: unknown) => {
        identity = undefined
        throw error
      },
    )
    return identity
  }
  let known: BotIdentity = {}
  const authorize: Authorize<boolean> = async () => {
    known = await whoAmI()
    return { botToken: token, botId: known.botId, botUserId: known.botUserId, teamId: known.teamId }
  }

  const seen = (key: string) => options.tickler.requestKeys.seen(key)
  const socket = config.socketMode
  const receiver = socket
    ? // The Socket Mode connection itself is opened at slack.com; Web API calls use SLACK_API_URL.
      new SocketModeReceiver({ appToken: config.SLACK_APP_TOKEN!, logger: boltLogger(log) })
    : new SlackHttpReceiver({ signingSecret: config.SLACK_SIGNING_SECRET!, log, nowMs, seen })
  const app: App = createSlackApp({
    config,
    log,
    tickler: options.tickler,
    receiver,
    authorize,
    botUserId: () => known.botUserId,
    names: new DisplayNames(client, nowMs),
    ackBudgetMs: options.ackBudgetMs ?? 2500,
    // Over HTTP the receiver drops retries before Bolt sees them; over a socket Bolt must.
    dedupe: socket ? seen : undefined,
  })

  return {
    mode: socket ? 'socket' : 'http',
    handle: receiver instanceof SlackHttpReceiver ? (req, res) => receiver.handle(req, res) : undefined,
    async start() {
      try {
        known = await whoAmI()
        log.info(
          { botUserId: known.botUserId, team: known.teamId },
          'slack: bot identity checked (auth.test)',
        )
      } catch (error) {
        log.error(
          { err: error },
          'slack: auth.test failed; check SLACK_BOT_TOKEN (retried on the next request)',
        )
      }
      // The socket connects in the background: a bad app token or no route to Slack must not
      // keep the server (and /healthz) from coming up.
      if (socket) {
        app.start().then(
          () => log.info('slack: Socket Mode connected'),
          (error: unknown) =>
            log.error({ err: error }, 'slack: Socket Mode could not connect; check SLACK_APP_TOKEN'),
        )
      }
    },
    async stop() {
      if (socket) await app.stop().catch(() => undefined)
    },
  }
}
