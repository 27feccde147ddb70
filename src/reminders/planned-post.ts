// A post the sweep intends to make, and what the ledger says about its key so far.
import type { Temporal } from 'temporal-polyfill'
import type { Delivery } from '../domain/reminder.ts'
import type { Topic } from '../domain/subscription.ts'
import type { Reply } from '../reply/reply.ts'
import type { StoreView } from '../store/store.ts'

export interface PlannedPost {
  /** Ledger key: the identity of this post (see ledger-keys.ts). */
  key: string
  topic: Topic
  channel: string
  contractId: string | null
  deadline: string | null
  stage: number | null
  /** One line naming what is posted, for logs and `tickler remind`. */
  summary: string
  reply: Reply
}

/**
 * new: never tried; retry: failed before, or claimed by a sweep that never finished (stale);
 * busy: another sweep claimed it moments ago; done: posted (or deliberately skipped).
 */
export type LedgerState = 'new' | 'retry' | 'busy' | 'done'

/** Default age after which an unfinished claim is taken to be a crashed sweep's. */
export const DEFAULT_CLAIM_TIMEOUT_MINUTES = 30

export function ledgerState(
  view: StoreView,
  key: string,
  now: Temporal.Instant,
  claimTimeoutMinutes: number,
): LedgerState {
  return deliveryState(view.get('deliveries', key), now, claimTimeoutMinutes)
}

export function deliveryState(
  delivery: Delivery | undefined,
  now: Temporal.Instant,
  claimTimeoutMinutes: number,
): LedgerState {
  if (!delivery) return 'new'
  if (delivery.status === 'posted' || delivery.status === 'skipped') return 'done'
  if (delivery.status === 'failed') return 'retry'
  return isStaleClaim(delivery, now, claimTimeoutMinutes) ? 'retry' : 'busy'
}

/**
 * A claim is stale once it is older than the timeout. The age is taken both ways, so a claim
 * stamped by a process whose `--now` lay in the future does not block the key forever.
 */
export function isStaleClaim(
  delivery: Delivery,
  now: Temporal.Instant,
  claimTimeoutMinutes: number,
): boolean {
  const ageMs = Math.abs(now.epochMilliseconds - Date.parse(delivery.at))
  return ageMs >= claimTimeoutMinutes * 60_000
}

export function platformOf(channel: string): string {
  const colon = channel.indexOf(':')
  return colon < 0 ? channel : channel.slice(0, colon)
}
