// Which renewal stage posts are due now: per (contract, deadline, channel) only the latest due stage,
// when the channel had subscribed before that stage fell due, the deadline is not past, nobody has
// acknowledged, decided or snoozed it, and the ledger does not already hold the post.
import type { Temporal } from 'temporal-polyfill'
import type { Config } from '../config/config.ts'
import { boundedMemo } from '../domain/bounded-memo.ts'
import type { Contract } from '../domain/contract.ts'
import { latestDueStage, normaliseStages, stageDueMs } from '../domain/reminder-stages.ts'
import type { Subscription } from '../domain/subscription.ts'
import type { Vendor } from '../domain/vendor.ts'
import { evidenceLapses } from '../risk/evidence-lapsed.ts'
import { revisionCache } from '../store/revision-cache.ts'
import type { StoreView } from '../store/store.ts'
import { localDate } from '../time/zone.ts'
import { deadlineStatus, indexDeadlineActions, remindersAllowed } from './deadline-status.ts'
import { type ReminderDeadline, reminderDeadlines } from './deadlines.ts'
import { passesFilters } from './filters.ts'
import { renewalKey } from './ledger-keys.ts'
import { ledgerState, type PlannedPost } from './planned-post.ts'
import { renewalReply, renewalSummary } from './renewal-post.ts'

/** A contract deadline with a stage due today, before channels and the ledger are consulted. */
export interface DueDeadline {
  contract: Contract
  vendor: Vendor | undefined
  deadline: ReminderDeadline
  stage: number
  /** Milliseconds since the epoch of the stage's 00:00 local, compared with subscription times. */
  dueAtMs: number
}

/**
 * Answers per zone and stages, kept while the day and the contracts, vendors and deadline actions
 * stay the same (revisionCache): sweeps every few minutes mostly ask again with nothing changed,
 * or after a write elsewhere (a delivery, an incident).
 */
const answers = revisionCache(['contracts', 'vendors', 'deadlineActions'], () =>
  boundedMemo<readonly DueDeadline[]>(10),
)

/**
 * Every active contract deadline with a stage due today and reminders not stopped. Contracts far
 * from their deadlines fall out after two date subtractions, and the answer is kept until the
 * records it reads or the day change, so 20,000 contracts stay cheap at one sweep a minute.
 */
export function dueDeadlines(view: StoreView, config: Config, today: string): readonly DueDeadline[] {
  const key = `${config.TICKLER_TIMEZONE}|${config.REMINDER_STAGES.join(',')}`
  return answers(view, today).get(key, () => computeDueDeadlines(view, config, today))
}

function computeDueDeadlines(view: StoreView, config: Config, today: string): DueDeadline[] {
  const stages = normaliseStages(config.REMINDER_STAGES)
  const actions = indexDeadlineActions(view)
  const zone = config.TICKLER_TIMEZONE
  const due: DueDeadline[] = []
  for (const contract of view.all('contracts')) {
    for (const deadline of reminderDeadlines(contract, today, config.businessCalendar)) {
      const stage = latestDueStage(stages, deadline.date, today)
      if (stage === null) continue
      if (!remindersAllowed(deadlineStatus(contract, deadline.date, actions), today)) continue
      const vendor = view.get('vendors', contract.vendorId)
      due.push({
        contract,
        vendor,
        deadline,
        stage,
        dueAtMs: stageDueMs(deadline.date, stage, zone),
      })
    }
  }
  return due.sort(
    (a, b) =>
      (a.deadline.date < b.deadline.date ? -1 : a.deadline.date > b.deadline.date ? 1 : 0) ||
      (a.vendor?.name ?? '').localeCompare(b.vendor?.name ?? '') ||
      a.contract.title.localeCompare(b.contract.title),
  )
}

export function planRenewals(
  view: StoreView,
  config: Config,
  now: Temporal.Instant,
  subscriptions: readonly Subscription[],
  claimTimeoutMinutes: number,
): PlannedPost[] {
  if (subscriptions.length === 0) return []
  const today = localDate(now, config.TICKLER_TIMEZONE)
  const posts: PlannedPost[] = []
  for (const item of dueDeadlines(view, config, today)) {
    for (const sub of subscriptions) {
      // A stage that fell due before the channel subscribed was summarised by `subscribe` instead.
      if (item.dueAtMs < Date.parse(sub.createdAt)) continue
      if (!passesFilters(sub.filters, item.contract, item.vendor)) continue
      const key = renewalKey(item.contract.id, item.deadline.date, item.stage, sub.channel)
      const state = ledgerState(view, key, now, claimTimeoutMinutes)
      if (state === 'done' || state === 'busy') continue
      posts.push({
        key,
        topic: 'renewals',
        channel: sub.channel,
        contractId: item.contract.id,
        deadline: item.deadline.date,
        stage: item.stage,
        summary: renewalSummary(item.contract, item.vendor, item.deadline, item.stage, today),
        reply: renewalReply(
          item.contract,
          item.vendor,
          item.deadline,
          today,
          evidenceLapses(view, today).get(item.contract.vendorId),
        ),
      })
    }
  }
  return posts
}
