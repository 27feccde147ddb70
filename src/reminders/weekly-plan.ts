// Weekly posts: the agenda digest (Monday 08:00) and the risk tickler (RISK_DIGEST_AT), in the
// organisation's zone. Only the latest slot counts, and only within its own week, so a channel
// that missed a week during downtime gets this week's post once, never a backlog.
import type { Temporal } from 'temporal-polyfill'
import type { Context } from '../commands/command.ts'
import { boundedMemo } from '../domain/bounded-memo.ts'
import type { Subscription } from '../domain/subscription.ts'
import type { Reply } from '../reply/reply.ts'
import { addDays, isoWeek, mondayOf } from '../time/calendar-date.ts'
import { instantAt, localDate } from '../time/zone.ts'
import { weeklyKey } from './ledger-keys.ts'
import { ledgerState, type PlannedPost } from './planned-post.ts'

export type WeeklyTopic = 'digest' | 'risk'

/** Builds a weekly post's content as of `now` (agenda for the digest, riskDigest for risk). */
export type WeeklySource = (context: Context, now: Temporal.Instant) => Reply | Promise<Reply>

export const DIGEST_AT = { weekday: 1, time: '08:00' } as const

export interface Slot {
  date: string
  at: Temporal.Instant
  week: string
}

/** The latest slot at or before `now` that lies in the current ISO week, or null. */
export function currentSlot(
  at: { weekday: number; time: string },
  now: Temporal.Instant,
  zone: string,
): Slot | null {
  const today = localDate(now, zone)
  const date = addDays(mondayOf(today), at.weekday - 1)
  const slot = slots.get(`${zone}|${date}|${at.time}`, () => ({
    date,
    at: instantAt(date, at.time, zone),
    week: isoWeek(date),
  }))
  return slot.at.epochMilliseconds > now.epochMilliseconds ? null : slot
}

/** The same slot is asked for at every sweep of a week; its instant never changes. */
const slots = boundedMemo<Slot>(1_000)

export async function planWeekly(
  topic: WeeklyTopic,
  context: Context,
  now: Temporal.Instant,
  subscriptions: readonly Subscription[],
  source: WeeklySource | undefined,
  claimTimeoutMinutes: number,
): Promise<PlannedPost[]> {
  if (subscriptions.length === 0) return []
  const { config, store } = context
  const slotAt = topic === 'digest' ? DIGEST_AT : config.RISK_DIGEST_AT
  const slot = currentSlot(slotAt, now, config.TICKLER_TIMEZONE)
  if (!slot) return []
  const due = subscriptions.filter((sub) => {
    // Subscribed after this week's slot: the first post is next week's.
    if (slot.at.epochMilliseconds < Date.parse(sub.createdAt)) return false
    const state = ledgerState(store, weeklyKey(topic, slot.week, sub.channel), now, claimTimeoutMinutes)
    return state === 'new' || state === 'retry'
  })
  if (due.length === 0) return []
  if (!source) {
    context.log.warn({ topic }, 'no content source for this weekly topic yet; nothing posted')
    return []
  }
  const reply = { ...(await source(context, now)), private: false }
  const label = topic === 'digest' ? 'Weekly agenda' : 'Weekly risk tickler'
  return due.map((sub) => ({
    key: weeklyKey(topic, slot.week, sub.channel),
    topic,
    channel: sub.channel,
    contractId: null,
    deadline: null,
    stage: null,
    summary: `${label} for ${slot.week} (${slot.date})`,
    reply,
  }))
}
