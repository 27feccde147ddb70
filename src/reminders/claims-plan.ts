// Claim reminders (SPEC §12): for each unclaimed service credit with a claim deadline, a post at
// 14, 7 and 1 days before it to channels subscribed to `claims`, with the same stage rules as
// renewals (SPEC §5): only the latest due stage, none for a stage that fell due before the channel
// subscribed, nothing once the deadline has passed or the credit has been claimed.
import type { Temporal } from 'temporal-polyfill'
import { claimActions, claimName, claimWindowText } from '../claims/claim-line.ts'
import { type UnclaimedCredit, unclaimedCredits } from '../claims/unclaimed.ts'
import type { Config } from '../config/config.ts'
import { contractOwner } from '../domain/contract-owner.ts'
import { formatMoney } from '../domain/money.ts'
import { latestDueStage, stageDueMs } from '../domain/reminder-stages.ts'
import type { Subscription } from '../domain/subscription.ts'
import type { Reply } from '../reply/reply.ts'
import type { StoreView } from '../store/store.ts'
import type { CalendarDate } from '../time/calendar-date.ts'
import { localDate } from '../time/zone.ts'
import { passesFilters } from './filters.ts'
import { ledgerState, type PlannedPost } from './planned-post.ts'

export const CLAIM_STAGES = [14, 7, 1] as const

export function claimKey(contractId: string, month: string, stage: number, channel: string): string {
  return `claim|${contractId}|${month}|${stage}|${channel}`
}

export function planClaims(
  view: StoreView,
  config: Config,
  now: Temporal.Instant,
  subscriptions: readonly Subscription[],
  claimTimeoutMinutes: number,
): PlannedPost[] {
  if (subscriptions.length === 0) return []
  const zone = config.TICKLER_TIMEZONE
  const today = localDate(now, zone)
  const posts: PlannedPost[] = []
  for (const row of unclaimedCredits(view, config, now)) {
    if (row.deadline === null) continue
    const stage = latestDueStage(CLAIM_STAGES, row.deadline, today)
    if (stage === null) continue
    const dueAtMs = stageDueMs(row.deadline, stage, zone)
    for (const sub of subscriptions) {
      if (dueAtMs < Date.parse(sub.createdAt)) continue
      if (!passesFilters(sub.filters, row.contract, row.vendor)) continue
      const key = claimKey(row.contract.id, row.month, stage, sub.channel)
      const state = ledgerState(view, key, now, claimTimeoutMinutes)
      if (state === 'done' || state === 'busy') continue
      posts.push({
        key,
        topic: 'claims',
        channel: sub.channel,
        contractId: row.contract.id,
        deadline: row.deadline,
        stage,
        summary: `${claimName(row)}: ${formatMoney(row.minor, row.currency)} unclaimed, ${claimWindowText(row, today)} (stage ${stage})`,
        reply: claimReply(row, today),
      })
    }
  }
  return posts
}

function claimReply(row: UnclaimedCredit, today: CalendarDate): Reply {
  const owner = contractOwner(row.contract, row.vendor)
  return {
    status: 'ok',
    private: false,
    title: `Service credit to claim: ${claimName(row)}`,
    text: [`Credit: ${row.working}`],
    fields: [
      { label: 'Credit', value: formatMoney(row.minor, row.currency) },
      { label: 'Claim window', value: claimWindowText(row, today) },
      { label: 'Owner', value: owner ? [{ mention: owner }] : 'nobody' },
    ],
    actions: claimActions(row),
  }
}
