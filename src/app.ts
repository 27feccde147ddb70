// The composition root: configuration, clock, logger and store in; a ready Tickler out. The CLI,
// the HTTP server (Slack, Teams) and the benchmark all start here, so every surface runs the same
// registry through the same dispatcher.
import { randomUUID } from 'node:crypto'
import type { Logger } from 'pino'
import { allCommands } from './commands/all.ts'
import type { Command, Context } from './commands/command.ts'
import { dispatch, type Inbound } from './commands/dispatch.ts'
import { createRegistry, type Registry } from './commands/registry.ts'
import type { Config } from './config/config.ts'
import { modelFor } from './language/model.ts'
import { parseWhen } from './parse/when.ts'
import type { Reply } from './reply/reply.ts'
import { openJsonStore } from './store/json-store.ts'
import type { Store } from './store/store.ts'
import type { Clock } from './time/clock.ts'

export interface TicklerOptions {
  config: Config
  clock: Clock
  log: Logger
  /** A store already open (tests, benchmark); otherwise the JSON store at config.dataDir. */
  store?: Store
  /** The command table; defaults to every command in src/commands/all.ts. */
  commands?: readonly Command[]
}

/** What a surface sends: the request without the dispatcher's args; a request id is made if absent. */
export type RunInput = Omit<Inbound, 'requestId'> & { requestId?: string }

export interface Tickler {
  context: Context
  registry: Registry
  run(inbound: RunInput): Promise<Reply>
  close(): Promise<void>
}

/**
 * Opens Tickler. A damaged store (StoreLoadError) or bad configuration (ConfigError) is thrown to
 * the caller untouched, so the CLI can exit 2 naming the file, record and field or the variable.
 */
export async function openTickler(options: TicklerOptions): Promise<Tickler> {
  const { config, clock, log } = options
  const ownsStore = options.store === undefined
  const store = options.store ?? (await openJsonStore(config.dataDir, { log }))
  const commands = options.commands ?? allCommands
  const registry = createRegistry(commands)
  const context: Context = { store, clock, config, log, commands: registry.commands }

  return {
    context,
    registry,
    async run(inbound) {
      const requestId = inbound.requestId ?? randomUUID()
      // Another process (a CLI import next to a running server) may have committed since last time.
      await store.refresh()
      log.debug({ requestId, platform: inbound.platform, user: inbound.user }, 'request')
      return dispatch(registry, { ...inbound, requestId }, context)
    },
    async close() {
      if (ownsStore) await store.close()
    },
  }
}

/**
 * Pays the one-off costs of a cold process (chrono's first parse, the plain-language model)
 * before the first user does: on a loaded server the first parse alone can take most of a
 * second, which would otherwise land inside somebody's 3-second Slack ack.
 */
export function warmUp(context: Context): void {
  parseWhen('yesterday 3pm', context.clock.now(), context.config.TICKLER_TIMEZONE)
  modelFor(context.commands)
}
