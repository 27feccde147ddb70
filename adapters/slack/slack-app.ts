// The Bolt app: slash commands, button presses, form submissions and messages in, core requests
// out, core replies rendered back. No business rule lives here; every line goes through the one
// dispatcher (`tickler.run`). Each kind of input has its own listener module.
import { App, type Authorize, type Receiver } from '@slack/bolt'
import type { Logger } from 'pino'
import type { Config } from '../../src/config/config.ts'
import { boltLogger } from './bolt-logger.ts'
import { listenToButtons } from './button-listeners.ts'
import { deliveryKey } from './delivery-key.ts'
import type { DisplayNames } from './display-names.ts'
import { listenToForms } from './form-listener.ts'
import { listenToMessages } from './message-listeners.ts'
import { listenToSlashCommands } from './slash-listener.ts'
import { makeSurface, type TicklerRunner } from './surface.ts'

export { SLASH_PATTERN } from './slash-listener.ts'
export type { TicklerRunner } from './surface.ts'

export interface SlackAppOptions {
  config: Config
  log: Logger
  tickler: TicklerRunner
  receiver: Receiver
  authorize: Authorize<boolean>
  /** The bot's own user id, once known, to strip "@Tickler" from mentions. */
  botUserId: () => string | undefined
  names?: DisplayNames
  /** How long a command may run before the ack goes out empty (Slack allows 3 s in all). */
  ackBudgetMs: number
  /** Drops deliveries already carried out (Socket Mode; the HTTP receiver does this before Bolt). */
  dedupe?: (key: string) => Promise<boolean>
}

export function createSlackApp(options: SlackAppOptions): App {
  const { config, log, tickler } = options
  const app = new App({
    receiver: options.receiver,
    authorize: options.authorize,
    logger: boltLogger(log),
    clientOptions: { slackApiUrl: config.SLACK_API_URL },
    ignoreSelf: true,
  })

  const dedupe = options.dedupe
  if (dedupe) {
    app.use(async ({ body, next, ...args }) => {
      const key = deliveryKey(body as Parameters<typeof deliveryKey>[0])
      if (key && (await dedupe(key))) {
        if ('ack' in args && typeof args.ack === 'function') await args.ack()
        log.info({ key }, 'slack delivery already received: acknowledged, not run again')
        return
      }
      await next()
    })
  }

  const s = makeSurface({
    config,
    log,
    tickler,
    ackBudgetMs: options.ackBudgetMs,
    botUserId: options.botUserId,
    names: options.names,
  })
  listenToSlashCommands(app, s)
  listenToButtons(app, s)
  listenToForms(app, s)
  listenToMessages(app, s)

  app.error(async (error) => {
    log.error({ err: error }, 'slack listener failed')
  })

  return app
}
