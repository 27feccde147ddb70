// The Slack app: slash commands, button presses, form submissions and messages in, core requests
// out, core replies rendered back. No business rule lives here; every line goes through the one
// dispatcher (`tickler.run`). Each kind of input has its own listener module; Bolt is in bolt.ts.
import type { Logger } from 'pino'
import type { Config } from '../../src/config/config.ts'
import { type BoltApp, createBolt } from './bolt.ts'
import { listenToButtons } from './button-listeners.ts'
import { deliveryKey } from './delivery-key.ts'
import type { DisplayNames } from './display-names.ts'
import { listenToForms } from './form-listener.ts'
import { listenToHome } from './home-listener.ts'
import type { BotAuth } from './listener-io.ts'
import { listenToMessages } from './message-listeners.ts'
import { listenToSlashCommands } from './slash-listener.ts'
import { makeSurface, type TicklerRunner } from './surface.ts'

export type { TicklerRunner } from './surface.ts'

export interface SlackAppOptions {
  config: Config
  log: Logger
  tickler: TicklerRunner
  authorize: () => Promise<BotAuth>
  /** The bot's own user id, once known, to strip "@Tickler" from mentions. */
  botUserId: () => string | undefined
  names?: DisplayNames
  /** How long a command may run before the ack goes out empty (Slack allows 3 s in all). */
  ackBudgetMs: number
  /** Drops deliveries already carried out (Socket Mode; the HTTP receiver does this before Bolt). */
  dedupe?: (key: string) => Promise<boolean>
}

export function createSlackApp(options: SlackAppOptions): BoltApp {
  const { config, log, tickler } = options
  const dedupe = options.dedupe
  const app = createBolt({
    log,
    apiUrl: config.SLACK_API_URL,
    authorize: options.authorize,
    // Without an app token, requests come in through the app's `dispatch` (receiver.ts).
    socketAppToken: config.socketMode ? config.SLACK_APP_TOKEN : undefined,
    skip: dedupe
      ? async (body) => {
          const key = deliveryKey(body)
          if (!key || !(await dedupe(key))) return false
          log.info({ key }, 'slack delivery already received: acknowledged, not run again')
          return true
        }
      : undefined,
  })

  const s = makeSurface({
    config,
    log,
    tickler,
    ackBudgetMs: options.ackBudgetMs,
    botUserId: options.botUserId,
    names: options.names,
  })
  listenToSlashCommands(app.on, s)
  listenToButtons(app.on, s)
  listenToForms(app.on, s)
  listenToMessages(app.on, s)
  listenToHome(app.on, s)
  return app
}
