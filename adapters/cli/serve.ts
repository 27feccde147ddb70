// `tickler serve`: the HTTP server (Slack, Teams, /healthz) and the reminder scheduler, until
// SIGINT or SIGTERM, then a clean shutdown (scheduler idle, server closed, store closed).
import { type Tickler, warmUp } from '../../src/app/open-tickler.ts'
import { startScheduler } from '../../src/reminders/scheduler.ts'
import { systemClock } from '../../src/time/clock.ts'
import { calendarFeedOf } from '../server/calendar-route.ts'
import { startServer } from '../server/server.ts'
import { createDownloadHandler } from '../teams/download-route.ts'
import { TEAMS_OFF } from '../teams/enabled.ts'
import { ensureLinkSecret } from '../teams/link-secret.ts'
import { STATEMENTS_PREFIX } from '../teams/statement-link.ts'
import { idleCompaction } from './idle-compaction.ts'
import { platformNotifiers } from './platforms.ts'

/**
 * The start-up sweep holds the event loop (seconds of CPU on a cold process at 10,000 vendors: it
 * computes every contract's unclaimed credits). Started as soon as the server listened, it held
 * back the first /healthz and every request that arrived during start-up; a moment later those
 * have been answered. The scheduler itself starts at once, so a failure to start still fails serve. The warm-up still runs at once: it is
 * there so that the first request does not pay chrono's first parse.
 */
const START_UP_SWEEP_DELAY_MS = 1000

/**
 * Quiet this long after the last request or sweep before compacting the heap (idle-compaction.ts):
 * a person's next command within a run of commands comes sooner, and V8 shrinks its young
 * generation only once allocation has slowed for a few seconds.
 */
const COMPACT_WHEN_QUIET_MS = 5000
/** Less growth than this is not worth holding the event loop for. */
const COMPACT_AFTER_GROWTH_BYTES = 32 << 20
/** Past this much heap in use, about a second of stall (idle-compaction.ts): never compacted. */
const COMPACT_UP_TO_USED_BYTES = 400 << 20
/** Past V8's five-second window for measuring allocation (see shrinkYoungGeneration). */
const SHRINK_YOUNG_WHEN_QUIET_MS = 6000

export async function serveCommand(app: Tickler, signals: NodeJS.EventEmitter = process): Promise<number> {
  const { config, clock, log } = app.context
  // Listened for before the server starts: /healthz answers before Slack's auth.test does
  // (server.ts), and a SIGTERM in between must still end in a clean shutdown, not a kill.
  const stopRequested = new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      log.info({ signal }, 'shutting down')
      signals.off('SIGINT', stop)
      signals.off('SIGTERM', stop)
      resolve()
    }
    signals.on('SIGINT', stop)
    signals.on('SIGTERM', stop)
  })
  const { teams, notifiers } = await platformNotifiers(app)
  // Teams gets statements as signed links: the signing secret exists before the first request.
  if (teams) await ensureLinkSecret(app.context.store, systemClock)
  const server = await startServer({
    config,
    clock,
    log,
    app,
    routes: new Map(teams ? [[teams.route, teams.handler]] : []),
    calendarFeed: calendarFeedOf(app),
    getRoutes: new Map(
      teams
        ? [[STATEMENTS_PREFIX, createDownloadHandler({ tickler: app, log, realClock: systemClock })]]
        : [],
    ),
  })
  if (!teams) log.info(TEAMS_OFF)
  const compaction = idleCompaction({
    quietMs: COMPACT_WHEN_QUIET_MS,
    minGrowthBytes: COMPACT_AFTER_GROWTH_BYTES,
    maxUsedBytes: COMPACT_UP_TO_USED_BYTES,
    youngQuietMs: SHRINK_YOUNG_WHEN_QUIET_MS,
    log,
  })
  compaction.watch(server.server)
  const scheduler = startScheduler({
    context: app.context,
    notifiers,
    log,
    startUpDelayMs: START_UP_SWEEP_DELAY_MS,
    onSweep: () => compaction.settled(),
  })
  // After /healthz answers: each step is a turn of its own, so a request is never held for all of it.
  setImmediate(() => {
    warmUp(app.context).catch((err: unknown) =>
      log.warn({ err }, 'warm-up failed; the first use pays instead'),
    )
  })
  await stopRequested
  compaction.stop()
  await scheduler.stop()
  await server.close()
  return 0
}
