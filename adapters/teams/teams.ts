// The Teams surface assembled: the POST /api/messages handler and the Notifier for reminders,
// sharing one Bot Framework connection and one name cache.
import type { Logger } from 'pino'
import type { Tickler } from '../../src/app.ts'
import type { Notifier } from '../../src/reminders/notifier.ts'
import { createTurnHandler, type Timing } from './bot.ts'
import { type BotFramework, createBotFramework } from './bot-framework.ts'
import { NameDirectory } from './names.ts'
import { TeamsNotifier } from './notifier.ts'
import { createMessagesHandler, type MessagesHandler } from './route.ts'

export const TEAMS_ROUTE = '/api/messages'

export interface TeamsSurface {
  route: typeof TEAMS_ROUTE
  handler: MessagesHandler
  notifier: Notifier
  framework: BotFramework
}

export interface TeamsOptions {
  tickler: Pick<Tickler, 'run' | 'context' | 'requestKeys'>
  log: Logger
  timing?: Timing
  /** Tests may pass their own; otherwise built from the configuration. */
  framework?: BotFramework
}

export function createTeams(options: TeamsOptions): TeamsSurface {
  const { tickler, log } = options
  const config = tickler.context.config
  const framework = options.framework ?? createBotFramework(config)
  const names = new NameDirectory()
  const turn = createTurnHandler({
    tickler,
    framework,
    log,
    names,
    allowedTenants: config.TEAMS_ALLOWED_TENANTS,
    timing: options.timing,
  })
  if (framework.localMode) {
    log.warn(
      `Teams: local (Emulator) mode on ${TEAMS_ROUTE}: MicrosoftAppId is not set, so Bot Framework tokens are not checked`,
    )
  } else {
    log.info({ appId: framework.appId }, `Teams: on at ${TEAMS_ROUTE}, Bot Framework tokens are validated`)
  }
  return {
    route: TEAMS_ROUTE,
    handler: createMessagesHandler(framework, turn, log),
    notifier: new TeamsNotifier(tickler.context.store, framework, log, names.nameOf),
    framework,
  }
}
