// Runs the reminder sweep at start-up, every few minutes, and at the weekly post times in the
// organisation's zone. Never two sweeps at once in one process: a trigger that arrives while a sweep
// runs asks for one more sweep afterwards (overlap across processes is the ledger's job).
import nodeSchedule from 'node-schedule'
import type { Logger } from 'pino'
import type { Context } from '../commands/command.ts'
import type { Notifier } from './notifier.ts'
import { runReminderSweep, type SweepResult } from './sweep.ts'
import { DIGEST_AT } from './weekly-plan.ts'

export const SWEEP_EVERY_MINUTES = 5

export interface SweepRunner {
  /** Starts a sweep, or queues one more if a sweep is running; resolves when that sweep is done. */
  trigger(reason: string): Promise<void>
  /** Resolves when no sweep is running or queued. */
  idle(): Promise<void>
}

export function createSweepRunner(sweep: () => Promise<unknown>, log: Logger): SweepRunner {
  let running: Promise<void> | null = null
  let again: Promise<void> | null = null

  const start = (reason: string): Promise<void> => {
    running = (async () => {
      try {
        await sweep()
      } catch (error) {
        log.error({ err: error, reason }, 'reminder sweep failed; the next one retries')
      }
    })().finally(() => {
      running = null
    })
    return running
  }

  return {
    trigger(reason) {
      if (!running) return start(reason)
      // One follow-up sweep covers every trigger that arrived meanwhile.
      again ??= running.then(() => {
        again = null
        return start(reason)
      })
      return again
    },
    async idle() {
      while (running || again) await (again ?? running)
    },
  }
}

export interface SchedulerOptions {
  context: Context
  notifiers: readonly Notifier[]
  log: Logger
  /** Called after each sweep (tests, metrics). */
  onSweep?: (result: SweepResult) => void
  /** How long the first sweep waits, so a server answers its first requests before it runs. */
  startUpDelayMs?: number
}

export interface Scheduler {
  stop(): Promise<void>
  /** Runs a sweep now (through the same one-at-a-time guard). */
  sweepNow(): Promise<void>
}

export function startScheduler({
  context,
  notifiers,
  log,
  onSweep,
  startUpDelayMs = 0,
}: SchedulerOptions): Scheduler {
  const runner = createSweepRunner(async () => {
    const result = await runReminderSweep({ context, notifiers })
    onSweep?.(result)
  }, log)
  const tz = context.config.TICKLER_TIMEZONE
  const risk = context.config.RISK_DIGEST_AT
  const at = (time: string) => time.split(':').map(Number) as [number, number]
  const [riskHour, riskMinute] = at(risk.time)
  const [digestHour, digestMinute] = at(DIGEST_AT.time)
  const jobs = [
    nodeSchedule.scheduleJob(
      { rule: `*/${SWEEP_EVERY_MINUTES} * * * *`, tz },
      () => void runner.trigger('interval'),
    ),
    nodeSchedule.scheduleJob(
      { rule: `${digestMinute} ${digestHour} * * ${DIGEST_AT.weekday % 7}`, tz },
      () => void runner.trigger('digest'),
    ),
    nodeSchedule.scheduleJob(
      { rule: `${riskMinute} ${riskHour} * * ${risk.weekday % 7}`, tz },
      () => void runner.trigger('risk'),
    ),
  ]
  const startUp = setTimeout(() => void runner.trigger('start-up'), startUpDelayMs)
  log.info({ everyMinutes: SWEEP_EVERY_MINUTES, tz }, 'reminder scheduler started')
  return {
    async stop() {
      clearTimeout(startUp)
      for (const job of jobs) job?.cancel()
      await runner.idle()
    },
    sweepNow: () => runner.trigger('manual'),
  }
}
