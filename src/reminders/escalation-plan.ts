// Escalation (SPEC §11): a renewal stage of 14 days or fewer that nobody acknowledged or decided
// within ESCALATE_AFTER_DAYS calendar days of its first posting (in a channel or to the owner) is
// posted once to every escalation channel, naming the owner, the contract, the deadline and the
// stage. Per deadline only the latest such stage is escalated at a time, so a sweep after
// downtime sends one escalation, not one per stage it missed.
import { Temporal } from 'temporal-polyfill'
import type { Config } from '../config/config.ts'
import type { Subscription } from '../domain/subscription.ts'
import type { StoreView } from '../store/store.ts'
import { localDate } from '../time/zone.ts'
import { deadlineStatus, indexDeadlineActions } from './deadline-status.ts'
import { reminderDeadlines } from './deadlines.ts'
import { escalationReply } from './escalation-post.ts'
import { passesFilters } from './filters.ts'
import { escalationKey } from './ledger-keys.ts'
import { ledgerState, type PlannedPost } from './planned-post.ts'
import { renewalSummary } from './renewal-post.ts'

export const ESCALATED_STAGE_MAX = 14

interface FirstPosting {
  contractId: string
  deadline: string
  stage: number
  atMs: number
}

/** The first posting of every renewal stage of 14 days or fewer, from the delivery ledger. */
function firstPostings(view: StoreView): Map<string, FirstPosting> {
  const first = new Map<string, FirstPosting>()
  for (const d of view.all('deliveries')) {
    if (d.topic !== 'renewals' || d.status !== 'posted') continue
    if (d.contractId === null || d.deadline === null || d.stage === null || d.stage > ESCALATED_STAGE_MAX)
      continue
    const key = `${d.contractId}|${d.deadline}|${d.stage}`
    const atMs = Date.parse(d.at)
    const known = first.get(key)
    if (!known || atMs < known.atMs) {
      first.set(key, { contractId: d.contractId, deadline: d.deadline, stage: d.stage, atMs })
    }
  }
  return first
}

/** ESCALATE_AFTER_DAYS calendar days after the posting, wall clock in the organisation's zone. */
function escalationDueMs(postedMs: number, days: number, zone: string): number {
  return Temporal.Instant.fromEpochMilliseconds(postedMs).toZonedDateTimeISO(zone).add({ days })
    .epochMilliseconds
}

export function planEscalations(
  view: StoreView,
  config: Config,
  now: Temporal.Instant,
  subscriptions: readonly Subscription[],
  claimTimeoutMinutes: number,
): PlannedPost[] {
  if (subscriptions.length === 0) return []
  const zone = config.TICKLER_TIMEZONE
  const today = localDate(now, zone)
  const actions = indexDeadlineActions(view)
  // Per (contract, deadline): the latest stage whose escalation is due.
  const due = new Map<string, FirstPosting & { dueMs: number }>()
  for (const posting of firstPostings(view).values()) {
    // A past deadline is never escalated (below); skipping it here keeps each hourly sweep from
    // converting every stage ever posted into the zone, a cost that grew with the ledger.
    if (posting.deadline < today) continue
    const dueMs = escalationDueMs(posting.atMs, config.ESCALATE_AFTER_DAYS, zone)
    if (dueMs > now.epochMilliseconds) continue
    const key = `${posting.contractId}|${posting.deadline}`
    const known = due.get(key)
    if (!known || posting.stage < known.stage) due.set(key, { ...posting, dueMs })
  }
  const posts: PlannedPost[] = []
  for (const item of due.values()) {
    const contract = view.get('contracts', item.contractId)
    if (!contract) continue
    const deadline = reminderDeadlines(contract, today, config.businessCalendar).find(
      (d) => d.date === item.deadline,
    )
    if (!deadline || deadline.date < today) continue
    const status = deadlineStatus(contract, deadline.date, actions)
    if (status.acknowledged || status.decision) continue
    const vendor = view.get('vendors', contract.vendorId)
    for (const sub of subscriptions) {
      // As for stages (SPEC §5): what fell due before the channel subscribed is not posted.
      if (item.dueMs < Date.parse(sub.createdAt)) continue
      if (!passesFilters(sub.filters, contract, vendor)) continue
      const key = escalationKey(contract.id, deadline.date, item.stage, sub.channel)
      const state = ledgerState(view, key, now, claimTimeoutMinutes)
      if (state === 'done' || state === 'busy') continue
      posts.push({
        key,
        topic: 'escalations',
        channel: sub.channel,
        contractId: contract.id,
        deadline: deadline.date,
        stage: item.stage,
        summary: `escalation: ${renewalSummary(contract, vendor, deadline, item.stage, today)}`,
        reply: escalationReply(view, contract, vendor, deadline, item.stage, item.atMs, today, zone),
      })
    }
  }
  return posts
}
