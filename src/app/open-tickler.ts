// The composition root: configuration, clock, logger and store in; a ready Tickler out. The CLI,
// the HTTP server (Slack, Teams) and the benchmark all start here, so every surface runs the same
// registry through the same dispatcher.
import { randomUUID } from 'node:crypto'
// A turn of the event loop between warm-up steps: a request arriving meanwhile waits for one step.
import { setImmediate as turn } from 'node:timers/promises'
import type { Logger } from 'pino'
import type { Temporal } from 'temporal-polyfill'
import type { Command, Context } from '../commands/command.ts'
import { createRegistry, type Registry } from '../commands/registry.ts'
import type { Config } from '../config/config.ts'
import { modelFor } from '../language/model.ts'
import { vendorIndex } from '../lookup/vendor-index.ts'
import { chronoWhen } from '../parse/when.ts'
import type { Reply } from '../reply/reply.ts'
import { openConfiguredStore } from '../store/open-store.ts'
import { RequestKeys } from '../store/request-keys.ts'
import type { Store } from '../store/store.ts'
import { type Clock, fixedClock, systemClock } from '../time/clock.ts'
import { allCommands } from './command-table.ts'
import { dispatch, type Inbound } from './dispatch.ts'

export interface TicklerOptions {
  config: Config
  clock: Clock
  log: Logger
  /** A store already open (tests, benchmark); otherwise the one the configuration names. */
  store?: Store
  /** The command table; defaults to every command in src/app/command-table.ts. */
  commands?: readonly Command[]
  /** Real time for request-key expiry (SPEC §6); `clock` may be held still by --now. */
  realClock?: Clock
}

/** The surface a request came from: logged, never handed to a command (the adapter decides what it means). */
export type Platform = 'slack' | 'teams' | 'terminal'

/** What a surface sends: the request without the dispatcher's args; a request id is made if absent. */
export type RunInput = Omit<Inbound, 'requestId'> & {
  requestId?: string
  platform: Platform
  /** The platform's delivery id (Slack trigger_id or event_id, Teams activity id) for dedupe. */
  deliveryKey?: string
  /** Answer as of this instant: a download link rebuilds the file it was made from (a read). */
  asOf?: Temporal.Instant
}

export interface Tickler {
  context: Context
  registry: Registry
  /** Deliveries already carried out, shared by every surface and process (SPEC §6). */
  requestKeys: RequestKeys
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
  const shared = options.store ?? (await openConfiguredStore(config, log))
  const requestKeys = new RequestKeys(shared, options.realClock ?? systemClock)
  const store = requestKeys.store
  const commands = options.commands ?? allCommands
  const registry = createRegistry(commands)
  const context: Context = { store, clock, config, log, commands: registry.commands }

  return {
    context,
    registry,
    requestKeys,
    async run({ deliveryKey, platform, asOf, ...inbound }) {
      const requestId = inbound.requestId ?? randomUUID()
      // Another process (a CLI import next to a running server) may have committed since last time.
      await store.refresh()
      log.debug({ requestId, platform, user: inbound.user }, 'request')
      const request = { ...inbound, requestId }
      if (asOf) return dispatch(registry, request, { ...context, clock: fixedClock(asOf) })
      if (!deliveryKey) return dispatch(registry, request, context)
      return requestKeys.during(requestId, deliveryKey, () => dispatch(registry, request, context))
    },
    async close() {
      if (ownsStore) await store.close()
    },
  }
}

/**
 * Pays the one-off costs of a cold process before the first user does, a step at a time:
 * chrono's first parse and the plain-language model (on a loaded server the first parse alone
 * can take most of a second, which would otherwise land inside somebody's 3-second Slack ack),
 * the store's own (Store.warm: the audit index the start-up sweep reads) and the vendor index
 * the first lookup builds (about 0.2 s at 10,000 vendors, 1 s at 100,000).
 */
export async function warmUp(context: Context): Promise<void> {
  // chrono itself: parseWhen reads this form without it (when-exact.ts), and chrono still serves every other.
  chronoWhen('yesterday 3pm', context.clock.now(), context.config.TICKLER_TIMEZONE)
  await turn()
  modelFor(context.commands)
  await turn()
  await context.store.warm?.()
  await turn()
  vendorIndex(context.store)
}
