// One reminder sweep: plan every post that is due, claim them in one store transaction (the
// arbiter between overlapping sweeps and processes), post each, and record the outcome at once.
// Exactly once: a key already 'posted' is never planned again; a 'claimed' key belongs to another
// sweep until it is older than the claim timeout, when it is taken to be a crashed sweep's and
// retried (logged). We prefer that rare duplicate to a missed notice deadline: a crash between the
// platform accepting a post and the ledger recording it is the only way to post twice, while
// never retrying would silently drop a reminder that may decide an auto-renewal.
import type { Logger } from 'pino'
import type { Temporal } from 'temporal-polyfill'
import { unclaimedInSlices } from '../claims/unclaimed-slices.ts'
import type { Context } from '../commands/command.ts'
import { isPeopleDirectory, type PeopleDirectory } from '../domain/people.ts'
import type { Delivery } from '../domain/reminder.ts'
import type { Subscription, Topic } from '../domain/subscription.ts'
import { riskDigest } from '../risk/digest.ts'
import type { Store, Transaction } from '../store/store.ts'
import { planClaims } from './claims-plan.ts'
import { planEscalations } from './escalation-plan.ts'
import { planIncidents } from './incident-plan.ts'
import type { Notifier, PostResult } from './notifier.ts'
import { planOwnerMessages } from './owner-message-plan.ts'
import { DEFAULT_CLAIM_TIMEOUT_MINUTES, deliveryState, type PlannedPost, platformOf } from './planned-post.ts'
import { planRenewals } from './renewal-plan.ts'
import { planWeekly, type WeeklySource } from './weekly-plan.ts'
import { agendaDigest } from './weekly-sources.ts'

export type PostOutcome =
  | 'would post'
  | 'posted'
  | 'failed'
  | 'broken'
  | 'rate limited'
  | 'deferred'
  | 'claimed elsewhere'
  | 'no notifier'

export interface SweepPost extends PlannedPost {
  outcome: PostOutcome
  error?: string
}

export interface SweepResult {
  at: string
  dryRun: boolean
  /** Every post the sweep planned, in order; a dry run plans exactly what a real sweep would. */
  posts: SweepPost[]
  posted: number
  failed: number
}

export interface SweepOptions {
  context: Context
  notifiers: readonly Notifier[]
  /** Defaults to the context's clock. */
  now?: Temporal.Instant
  dryRun?: boolean
  claimTimeoutMinutes?: number
  /** Content of the weekly posts; defaults: the agenda command and the risk tickler. */
  sources?: Partial<Record<'digest' | 'risk', WeeklySource>>
}

const SWEEPER = 'tickler'

/** Subscriptions by topic, leaving out broken channels (no retry until someone subscribes again). */
function liveSubscriptions(store: Store): Map<Topic, Subscription[]> {
  const byTopic = new Map<Topic, Subscription[]>()
  for (const sub of store.all('subscriptions')) {
    if (sub.broken) continue
    const list = byTopic.get(sub.topic)
    if (list) list.push(sub)
    else byTopic.set(sub.topic, [sub])
  }
  return byTopic
}

export async function planSweep(
  context: Context,
  now: Temporal.Instant,
  options: Partial<Pick<SweepOptions, 'claimTimeoutMinutes' | 'sources' | 'notifiers'>> = {},
): Promise<PlannedPost[]> {
  const { store, config } = context
  const timeout = options.claimTimeoutMinutes ?? DEFAULT_CLAIM_TIMEOUT_MINUTES
  const subs = liveSubscriptions(store)
  const sources: Partial<Record<'digest' | 'risk', WeeklySource>> = {
    digest: agendaDigest,
    risk: riskDigest,
    ...options.sources,
  }
  // One topic failing to plan (a bug, a missing command) must not stop the others' posts.
  const guarded = async (topic: Topic, plan: () => PlannedPost[] | Promise<PlannedPost[]>) => {
    try {
      return await plan()
    } catch (error) {
      context.log.error({ err: error, topic }, 'could not plan this topic; other topics go ahead')
      return []
    }
  }
  // The claims plan and the weekly digest (an agenda) read every contract's unclaimed credits,
  // kept for the day once computed: computed first, a slice at a time (unclaimed-slices.ts), not
  // in one piece inside a plan, which held the event loop for seconds at 100,000 vendors.
  if (subs.has('claims') || subs.has('digest')) {
    await guarded('claims', async () => {
      await unclaimedInSlices(store, config, now)
      return []
    })
  }
  return [
    ...(await guarded('renewals', () =>
      planRenewals(store, config, now, subs.get('renewals') ?? [], timeout),
    )),
    ...(await guarded('renewals', () =>
      planOwnerMessages(store, config, now, peopleOf(context, options.notifiers), timeout),
    )),
    ...(await guarded('escalations', () =>
      planEscalations(store, config, now, subs.get('escalations') ?? [], timeout),
    )),
    ...(await guarded('incidents', () =>
      planIncidents(store, config, now, subs.get('incidents') ?? [], timeout),
    )),
    ...(await guarded('claims', () => planClaims(store, config, now, subs.get('claims') ?? [], timeout))),
    ...(await guarded('risk', () =>
      planWeekly('risk', context, now, subs.get('risk') ?? [], sources.risk, timeout),
    )),
    ...(await guarded('digest', () =>
      planWeekly('digest', context, now, subs.get('digest') ?? [], sources.digest, timeout),
    )),
  ]
}

/** Who can be messaged directly: the context's directories, else the notifiers that are one. */
function peopleOf(context: Context, notifiers: readonly Notifier[] = []): readonly PeopleDirectory[] {
  return context.people ?? notifiers.filter((n): n is Notifier & PeopleDirectory => isPeopleDirectory(n))
}

function delivery(post: PlannedPost, status: Delivery['status'], at: string, previous?: Delivery): Delivery {
  return {
    id: post.key,
    topic: post.topic,
    channel: post.channel,
    contractId: post.contractId,
    deadline: post.deadline,
    stage: post.stage,
    status,
    attempts: previous?.attempts ?? 0,
    error: null,
    at,
  }
}

export async function runReminderSweep(options: SweepOptions): Promise<SweepResult> {
  const { context, notifiers } = options
  const { store, log } = context
  const now = options.now ?? context.clock.now()
  const at = now.toString({ smallestUnit: 'millisecond' })
  const shown = now.toString()
  const timeout = options.claimTimeoutMinutes ?? DEFAULT_CLAIM_TIMEOUT_MINUTES
  const dryRun = options.dryRun ?? false

  // Another process may have posted or claimed since this one last read the files.
  await store.refresh()
  const planned = await planSweep(context, now, options)
  if (dryRun) {
    return {
      at: shown,
      dryRun,
      posts: planned.map((p) => ({ ...p, outcome: 'would post' })),
      posted: 0,
      failed: 0,
    }
  }

  const byPlatform = new Map(notifiers.map((n) => [n.platform as string, n]))
  const postable = planned.filter((p) => byPlatform.has(platformOf(p.channel)))
  const claimed =
    postable.length === 0 ? new Set<string>() : await claim(store, postable, now, at, timeout, log)

  const posts: SweepPost[] = []
  const skipChannel = new Map<string, string>()
  let posted = 0
  let failed = 0
  for (const post of planned) {
    const notifier = byPlatform.get(platformOf(post.channel))
    if (!notifier) {
      posts.push({ ...post, outcome: 'no notifier', error: `no ${platformOf(post.channel)} connection` })
      continue
    }
    if (!claimed.has(post.key)) {
      posts.push({ ...post, outcome: 'claimed elsewhere' })
      continue
    }
    const skipped = skipChannel.get(post.channel)
    if (skipped) {
      // Not attempted: hand the claim back so the next sweep tries again.
      await record(store, now, post, 'failed', skipped, false)
      posts.push({ ...post, outcome: 'deferred', error: skipped })
      continue
    }
    const result = await send(notifier, post)
    if (result.ok) {
      await record(store, now, post, 'posted', null, true)
      posted++
      posts.push({ ...post, outcome: 'posted' })
      continue
    }
    failed++
    await record(store, now, post, 'failed', result.error, true)
    if (result.broken) {
      await markBroken(store, now, post.channel, result.error)
      skipChannel.set(post.channel, `channel broken: ${result.error}`)
      log.warn({ channel: post.channel, error: result.error }, 'channel broken: its subscriptions are paused')
      posts.push({ ...post, outcome: 'broken', error: result.error })
    } else if (result.retryAfterSeconds !== undefined) {
      skipChannel.set(post.channel, `rate limited: retry after ${result.retryAfterSeconds} s`)
      log.warn(
        { channel: post.channel, retryAfter: result.retryAfterSeconds },
        'rate limited: channel skipped',
      )
      posts.push({ ...post, outcome: 'rate limited', error: result.error })
    } else {
      log.warn(
        { channel: post.channel, key: post.key, error: result.error },
        'post failed: retried next sweep',
      )
      posts.push({ ...post, outcome: 'failed', error: result.error })
    }
  }
  // Quiet when nothing went out or failed (e.g. a channel whose platform is not configured here).
  if (posted + failed > 0) log.info({ at: shown, posted, failed, planned: posts.length }, 'reminder sweep')
  else if (posts.length > 0) log.debug({ at: shown, planned: posts.length }, 'reminder sweep posted nothing')
  return { at: shown, dryRun, posts, posted, failed }
}

async function send(notifier: Notifier, post: PlannedPost): Promise<PostResult> {
  try {
    return await notifier.post(post.channel, post.reply)
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error), broken: false }
  }
}

/** Claims every key still free in one transaction; returns the keys this sweep now owns. */
function claim(
  store: Store,
  posts: readonly PlannedPost[],
  now: Temporal.Instant,
  at: string,
  timeout: number,
  log: Logger,
): Promise<Set<string>> {
  return store.transact({ who: SWEEPER, at: now, action: 'reminder claim' }, (tx: Transaction) => {
    const mine = new Set<string>()
    for (const post of posts) {
      const previous = tx.get('deliveries', post.key)
      const state = deliveryState(previous, now, timeout)
      if (state === 'done' || state === 'busy') continue
      if (previous?.status === 'claimed') {
        log.warn({ key: post.key, claimedAt: previous.at }, 'stale claim from an unfinished sweep: retrying')
      }
      tx.put('deliveries', delivery(post, 'claimed', at, previous))
      mine.add(post.key)
    }
    return mine
  })
}

async function record(
  store: Store,
  now: Temporal.Instant,
  post: PlannedPost,
  status: 'posted' | 'failed',
  error: string | null,
  attempted: boolean,
): Promise<void> {
  const at = now.toString({ smallestUnit: 'millisecond' })
  await store.transact({ who: SWEEPER, at: now, action: `reminder ${status}` }, (tx) => {
    const previous = tx.get('deliveries', post.key)
    const next = delivery(post, status, at, previous)
    next.attempts = (previous?.attempts ?? 0) + (attempted ? 1 : 0)
    next.error = error
    tx.put('deliveries', next)
  })
}

/** The platform said the bot cannot post there: pause every subscription of that channel. */
async function markBroken(
  store: Store,
  now: Temporal.Instant,
  channel: string,
  reason: string,
): Promise<void> {
  const at = now.toString({ smallestUnit: 'millisecond' })
  await store.transact({ who: SWEEPER, at: now, action: 'subscription broken' }, (tx) => {
    for (const sub of tx.all('subscriptions')) {
      if (sub.channel === channel && !sub.broken) tx.put('subscriptions', { ...sub, broken: { reason, at } })
    }
  })
}
