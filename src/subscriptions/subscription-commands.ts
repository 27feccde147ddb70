// subscribe / unsubscribe / subscriptions: they act on the channel the request comes from, and
// anyone in a channel may change that channel's subscriptions. The terminal has no channel.

import { Temporal } from 'temporal-polyfill'
import type { Command, Context, Permission, Request } from '../commands/command.ts'
import { type Subscription, TOPICS, type Topic } from '../domain/subscription.ts'
import { UserError } from '../errors/errors.ts'
import { describeFilters, FILTER_FORM, parseFilters } from '../reminders/filters.ts'
import { answer, type Item, type Reply, type Section, type Text } from '../reply/reply.ts'
import { localDate, localDateTime } from '../time/zone.ts'
import { closeDeadlinesSection } from './close-deadlines.ts'

const SUBSCRIBE_EXAMPLE = 'subscribe renewals tier critical,high'
const UNSUBSCRIBE_FORM = 'unsubscribe <renewals|risk|incidents|digest|escalations|claims|all>'

export function subscriptionId(topic: Topic, channel: string): string {
  return `${topic}|${channel}`
}

function perChannel(what: string, example: string): UserError {
  return new UserError(
    `Subscriptions are per channel, and the terminal has none. To ${what}, send the command to Tickler in the Slack channel or Teams conversation itself (invite Tickler there first).`,
    FILTER_FORM,
    example,
  )
}

function parseTopic(
  word: string | undefined,
  form: string,
  example: string,
  allowAll = false,
): Topic | 'all' {
  const topic = word?.toLowerCase()
  if (allowAll && topic === 'all') return 'all'
  if (!topic) throw new UserError(`Which topic? One of ${TOPICS.join(', ')}.`, form, example)
  if (!(TOPICS as readonly string[]).includes(topic)) {
    throw new UserError(`"${word}" is not a topic; topics are ${TOPICS.join(', ')}.`, form, example)
  }
  return topic as Topic
}

export function topicDescription(topic: Topic, context: Context): string {
  const { config } = context
  const zone = config.TICKLER_TIMEZONE
  switch (topic) {
    case 'renewals':
      return `a reminder per contract at ${config.REMINDER_STAGES.join(', ')} days before each notice deadline (and the end date of contracts that do not auto-renew)`
    case 'risk': {
      const { weekday, time } = config.RISK_DIGEST_AT
      return `the weekly risk tickler, ${['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][weekday - 1]} ${time} (${zone})`
    }
    case 'incidents':
      return 'a post when an incident is logged or breaches an SLA target'
    case 'digest':
      return `the weekly agenda, Mon 08:00 (${zone})`
    case 'escalations':
      return `a post when a renewal reminder of 14 days or fewer is not acknowledged or decided within ${config.ESCALATE_AFTER_DAYS} day${config.ESCALATE_AFTER_DAYS === 1 ? '' : 's'}, naming its owner`
    case 'claims':
      return 'a reminder per unclaimed service credit at 14, 7 and 1 days before its claim deadline'
  }
}

async function subscribe(request: Request, context: Context): Promise<Reply> {
  const words = request.args.split(/\s+/).filter(Boolean)
  const topic = parseTopic(words[0], FILTER_FORM, SUBSCRIBE_EXAMPLE) as Topic
  const filters = parseFilters(words.slice(1))
  if ((topic === 'risk' || topic === 'digest') && (filters.tiers.length > 0 || filters.owner)) {
    throw new UserError(
      `The ${topic} post covers the whole register; filters apply to renewals and incidents only.`,
      `subscribe ${topic}`,
      `subscribe ${topic}`,
    )
  }
  const channel = request.channel
  if (!channel) throw perChannel('subscribe a channel', `subscribe ${topic}`)
  const now = context.clock.now()
  const id = subscriptionId(topic, channel)
  const existing = context.store.get('subscriptions', id)
  const same =
    existing &&
    !existing.broken &&
    existing.filters.owner === filters.owner &&
    existing.filters.tiers.join(',') === filters.tiers.join(',')

  let opening: Text
  if (same) {
    opening = `This channel already gets ${topic} (${describeFilters(filters)}): ${topicDescription(topic, context)}.`
  } else {
    const record: Subscription = existing
      ? // Keeping createdAt means a broken channel, once re-subscribed, gets what it missed (latest stage only).
        { ...existing, filters, broken: null }
      : {
          id,
          topic,
          channel,
          filters,
          createdBy: request.user,
          createdAt: now.toString({ smallestUnit: 'millisecond' }),
          broken: null,
        }
    await context.store.transact(
      { who: request.user, at: now, action: 'subscribe', requestId: request.requestId },
      (tx) => tx.put('subscriptions', record),
    )
    const what = `${topic} (${describeFilters(filters)})`
    const change = !existing
      ? `now gets ${what}`
      : existing.broken
        ? `gets ${what} again (it was paused: ${existing.broken.reason})`
        : `now gets ${what} instead of (${describeFilters(existing.filters)})`
    opening = `This channel ${change}: ${topicDescription(topic, context)}.`
  }
  const sections: Section[] = topic === 'renewals' ? [closeDeadlinesSection(context, filters)] : []
  return answer({ text: [opening], sections })
}

async function unsubscribe(request: Request, context: Context): Promise<Reply> {
  const words = request.args.split(/\s+/).filter(Boolean)
  const example = 'unsubscribe renewals'
  const topic = parseTopic(words[0], UNSUBSCRIBE_FORM, example, true)
  if (words.length > 1) {
    throw new UserError(
      `unsubscribe takes only the topic, not "${words.slice(1).join(' ')}".`,
      UNSUBSCRIBE_FORM,
      example,
    )
  }
  const channel = request.channel
  if (!channel) throw perChannel('unsubscribe a channel', example)
  const topics = topic === 'all' ? TOPICS : [topic]
  const ids = topics
    .map((t) => subscriptionId(t, channel))
    .filter((id) => context.store.get('subscriptions', id))
  if (ids.length === 0) {
    return answer({
      text: [`This channel was not subscribed to ${topic === 'all' ? 'anything' : topic}; nothing changed.`],
    })
  }
  await context.store.transact(
    { who: request.user, at: context.clock.now(), action: 'unsubscribe', requestId: request.requestId },
    (tx) => {
      for (const id of ids) tx.remove('subscriptions', id)
    },
  )
  const names = ids.map((id) => id.slice(0, id.indexOf('|')))
  return answer({ text: [`This channel no longer gets ${names.join(', ')}.`] })
}

function subscriptionItem(sub: Subscription, context: Context, showChannel: boolean): Item {
  const zone = context.config.TICKLER_TIMEZONE
  const since = localDate(Temporal.Instant.from(sub.createdAt), zone)
  const where = showChannel ? `${sub.channel} ` : ''
  const base = `${where}${sub.topic} (${describeFilters(sub.filters)}), since ${since}, by `
  const text: Text = [base, { mention: sub.createdBy }]
  if (sub.broken) {
    text.push(
      `. BROKEN since ${localDateTime(Temporal.Instant.from(sub.broken.at), zone)}: ${sub.broken.reason}; nothing is posted until someone runs subscribe ${sub.topic} here again`,
    )
  }
  return { text }
}

function listSubscriptions(request: Request, context: Context): Reply {
  const all = [...context.store.all('subscriptions')].sort(
    (a, b) => a.channel.localeCompare(b.channel) || TOPICS.indexOf(a.topic) - TOPICS.indexOf(b.topic),
  )
  if (!request.channel) {
    // The terminal acts as a local administrator: it sees every channel's subscriptions.
    return answer({
      title: 'Subscriptions of every channel',
      text: [
        'Subscriptions are per channel; run subscribe in a Slack channel or Teams conversation to add one.',
      ],
      sections: [
        {
          items: all.map((s) => subscriptionItem(s, context, true)),
          empty: 'No channel is subscribed to anything.',
        },
      ],
    })
  }
  const mine = all.filter((s) => s.channel === request.channel)
  return answer({
    title: 'This channel gets',
    sections: [
      {
        items: mine.map((s) => subscriptionItem(s, context, false)),
        empty: `Nothing yet. Topics: ${TOPICS.join(', ')}; for example ${SUBSCRIBE_EXAMPLE}.`,
      },
    ],
  })
}

/** Anyone in a channel may subscribe or unsubscribe that channel (SPEC §5, §6.1). */
const ANYONE: Permission = { role: 'anyone' }

export const subscriptionCommands: Command[] = [
  {
    name: 'subscribe',
    usage: FILTER_FORM,
    summary: 'Post renewal reminders, the risk tickler, incidents or the weekly agenda in this channel',
    examples: [SUBSCRIBE_EXAMPLE, 'subscribe incidents', 'subscribe digest'],
    writes: true,
    permission: ANYONE,
    phrasings: ['remind this channel about renewals', 'post incidents here'],
    handler: subscribe,
  },
  {
    name: 'unsubscribe',
    usage: UNSUBSCRIBE_FORM,
    summary: 'Stop a topic in this channel',
    examples: ['unsubscribe renewals'],
    phrasings: ['stop posting renewals here', 'no more incident alerts in this channel'],
    writes: true,
    permission: ANYONE,
    handler: unsubscribe,
  },
  {
    name: 'subscriptions',
    usage: 'subscriptions',
    summary: 'What this channel is subscribed to (broken channels flagged)',
    examples: ['subscriptions'],
    writes: false,
    phrasings: ['what does this channel get'],
    handler: listSubscriptions,
  },
]
