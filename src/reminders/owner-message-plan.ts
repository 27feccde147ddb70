// Renewal stages as direct messages to the contract's owner (SPEC §11): the same stage rules as
// channel posts (the latest due stage, nothing once acknowledged or decided), whether or not any
// channel subscribed, exactly once per (contract, deadline, stage, owner). A stage that fell due
// before the contract was added is not sent: nobody should get a DM about a stage they never missed.
import type { Temporal } from 'temporal-polyfill'
import type { Config } from '../config/config.ts'
import { contractOwner } from '../domain/contract-owner.ts'
import type { PeopleDirectory } from '../domain/people.ts'
import { evidenceLapses } from '../risk/evidence-lapsed.ts'
import type { StoreView } from '../store/store.ts'
import { localDate } from '../time/zone.ts'
import { ownerMessageKey } from './ledger-keys.ts'
import { ledgerState, type PlannedPost } from './planned-post.ts'
import { dueDeadlines } from './renewal-plan.ts'
import { renewalReply, renewalSummary } from './renewal-post.ts'

/** When the contract first appeared in the register (its first audit entry); undefined if unknown. */
function addedAtMs(view: StoreView, contractId: string): number | undefined {
  const first = view.audit(contractId)[0]
  return first ? Date.parse(first.at) : undefined
}

/** Where `owner` can be messaged: the first connected platform that reaches them. */
async function reach(owner: string, people: readonly PeopleDirectory[]): Promise<string | undefined> {
  for (const directory of people) {
    const channel = await directory.directChannel(owner)
    if (channel) return channel
  }
  return undefined
}

export async function planOwnerMessages(
  view: StoreView,
  config: Config,
  now: Temporal.Instant,
  people: readonly PeopleDirectory[],
  claimTimeoutMinutes: number,
): Promise<PlannedPost[]> {
  if (config.REMINDER_DM === 'off' || people.length === 0) return []
  const today = localDate(now, config.TICKLER_TIMEZONE)
  const posts: PlannedPost[] = []
  for (const item of dueDeadlines(view, config, today)) {
    const owner = contractOwner(item.contract, item.vendor)
    if (owner === '') continue
    const added = addedAtMs(view, item.contract.id)
    if (added !== undefined && item.dueAtMs < added) continue

    const key = ownerMessageKey(item.contract.id, item.deadline.date, item.stage, owner)
    const state = ledgerState(view, key, now, claimTimeoutMinutes)
    if (state === 'done' || state === 'busy') continue
    const channel = await reach(owner, people)
    if (!channel) continue
    posts.push({
      key,
      topic: 'renewals',
      channel,
      contractId: item.contract.id,
      deadline: item.deadline.date,
      stage: item.stage,
      summary: `to owner ${owner}: ${renewalSummary(item.contract, item.vendor, item.deadline, item.stage, today)}`,
      reply: renewalReply(
        item.contract,
        item.vendor,
        item.deadline,
        today,
        evidenceLapses(view, today).get(item.contract.vendorId),
      ),
    })
  }
  return posts
}
