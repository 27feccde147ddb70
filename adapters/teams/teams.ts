// The Teams surface assembled: the POST /api/messages handler and the Notifier for reminders,
// sharing one Bot Framework connection and one name cache.
import type { Logger } from 'pino'
import type { Tickler } from '../../src/app/open-tickler.ts'
import type { Notifier } from '../../src/reminders/notifier.ts'
import { type Clock, systemClock } from '../../src/time/clock.ts'
import { createTurnHandler, type Timing } from './bot.ts'
import { type BotFramework, createBotFramework } from './bot-framework.ts'
import { downloadLinks } from './download-links.ts'
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
  /** Real time for download-link expiry (default: the system clock). */
  realClock?: Clock
}

export function createTeams(options: TeamsOptions): TeamsSurface {
  const { tickler, log } = options
  const config = tickler.context.config
  const framework = options.framework ?? createBotFramework(config, log)
  const names = new NameDirectory()
  const turn = createTurnHandler({
    tickler,
    framework,
    log,
    names,
    allowedTenants: config.TEAMS_ALLOWED_TENANTS,
    timing: options.timing,
    links: downloadLinks(tickler.context.store, config, options.realClock ?? systemClock),
  })
  logMode(log, framework)
  return {
    route: TEAMS_ROUTE,
    handler: createMessagesHandler(framework, turn, log),
    notifier: new TeamsNotifier(tickler.context.store, framework, log, names.nameOf),
    framework,
  }
}

function logMode(log: Logger, framework: BotFramework): void {
  if (framework.emulator && !framework.appId) {
    log.warn(
      `Teams: Bot Framework Emulator mode on ${TEAMS_ROUTE} (TEAMS_EMULATOR=1): tokens are not checked, ` +
        'so requests are taken only from this machine (loopback) and replies go only to a loopback serviceUrl',
    )
  } else if (framework.emulator) {
    log.warn(
      { appId: framework.appId },
      `Teams: on at ${TEAMS_ROUTE} with TEAMS_EMULATOR=1: Bot Framework tokens are still validated, ` +
        'and requests and replies are also limited to this machine (loopback)',
    )
  } else {
    log.info({ appId: framework.appId }, `Teams: on at ${TEAMS_ROUTE}, Bot Framework tokens are validated`)
  }
}
