// Turns Slack on when its credentials are set: HTTP (events through the shared server) or Socket
// Mode (SLACK_APP_TOKEN). auth.test runs once at start so Bolt never calls it per request; if it
// fails (bad token, Slack down) the server still starts and the lookup is retried on first use.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Logger } from 'pino'
import type { Config } from '../../src/config/config.ts'
import { systemClock } from '../../src/time/clock.ts'
import { type BotIdentity, createSlackClient } from './bolt.ts'
import { DisplayNames } from './display-names.ts'
import type { BotAuth } from './listener-io.ts'
import { SlackHttpReceiver } from './receiver.ts'
import { missingScopes } from './scopes.ts'
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

export function connectSlack(options: SlackConnectOptions): SlackConnection {
  const { config, log } = options
  const token = config.SLACK_BOT_TOKEN
  if (!config.slackEnabled || !token) {
    return { mode: 'off', start: async () => {}, stop: async () => {} }
  }
  const nowMs = options.nowMs ?? (() => systemClock.now().epochMilliseconds)
  const client = createSlackClient(token, { apiUrl: config.SLACK_API_URL, log })
  // auth.test must not hold up start-up or a request for long: one try, bounded, retried next time.
  const probe = createSlackClient(token, { apiUrl: config.SLACK_API_URL, log, retries: 0, timeoutMs: 5000 })

  let identity: Promise<BotIdentity> | undefined
  const whoAmI = (): Promise<BotIdentity> => {
    identity ??= probe.authTest().catch((error: unknown) => {
      identity = undefined
      throw error
    })
    return identity
  }
  let known: BotIdentity = {}
  const authorize = async (): Promise<BotAuth> => {
    known = await whoAmI()
    return { botToken: token, botId: known.botId, botUserId: known.botUserId, teamId: known.teamId }
  }

  const seen = (key: string) => options.tickler.requestKeys.seen(key)
  const socket = config.socketMode
  const app = createSlackApp({
    config,
    log,
    tickler: options.tickler,
    authorize,
    botUserId: () => known.botUserId,
    names: new DisplayNames(client, nowMs),
    ackBudgetMs: options.ackBudgetMs ?? 2500,
    // Over HTTP the receiver drops retries before Bolt sees them; over a socket Bolt must.
    dedupe: socket ? seen : undefined,
  })

  const receiver = socket
    ? undefined
    : new SlackHttpReceiver({
        signingSecret: config.SLACK_SIGNING_SECRET!,
        log,
        nowMs,
        seen,
        dispatch: app.dispatch,
      })

  return {
    mode: socket ? 'socket' : 'http',
    handle: receiver ? (req, res) => receiver.handle(req, res) : undefined,
    async start() {
      try {
        known = await whoAmI()
        log.info(
          { botUserId: known.botUserId, team: known.teamId },
          'slack: bot identity checked (auth.test)',
        )
        const missing = known.scopes ? missingScopes(known.scopes) : []
        if (missing.length > 0) {
          log.warn(
            { missing },
            'slack: the bot token lacks scopes Tickler uses; reinstall the app from manifest.yml',
          )
        }
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
