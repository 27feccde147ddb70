// `calendar` gives the asker a personal feed link (their contracts, or all for admins); `calendar
// reset` revokes it (SPEC §11). The link is shown once: only its hash is stored, so a lost link is
// replaced by `calendar reset` and `calendar`, never shown again.
import type { Command, Context, Request } from '../commands/command.ts'
import { UserError } from '../errors/errors.ts'
import { answer, type Reply } from '../reply/reply.ts'
import { FEED_DAYS } from './feed-events.ts'
import { calendarTokenHash, newCalendarToken } from './tokens.ts'

const FORM = 'calendar | calendar reset'

function tokensOf(context: Context, request: Request) {
  return context.store.all('calendarTokens').filter((t) => t.user === request.user)
}

function change(request: Request, context: Context, action: string) {
  return { who: request.user, at: context.clock.now(), action, requestId: request.requestId }
}

export function feedUrl(context: Context, token: string): string {
  const base = (context.config.PUBLIC_URL ?? `http://localhost:${context.config.PORT}`).replace(/\/+$/, '')
  return `${base}/calendar/${token}.ics`
}

async function calendar(request: Request, context: Context): Promise<Reply> {
  if (request.args.trim() !== '') {
    throw new UserError(`calendar takes no words after it, not "${request.args.trim()}".`, FORM, 'calendar')
  }
  const existing = tokensOf(context, request)[0]
  if (existing) {
    return answer({
      text: [
        `You already have a calendar feed, made ${existing.createdAt.slice(0, 10)}. Its link is shown only once and is not stored, so it cannot be shown again.`,
        [
          'Lost it? ',
          { code: 'calendar reset' },
          ' revokes it, then ',
          { code: 'calendar' },
          ' gives a new one.',
        ],
      ],
    })
  }
  const token = newCalendarToken()
  await context.store.transact(change(request, context, 'calendar'), (tx) =>
    tx.put('calendarTokens', {
      id: calendarTokenHash(token),
      user: request.user,
      ...(request.asAdmin ? { asAdmin: true } : {}),
      createdAt: context.clock.now().toString({ smallestUnit: 'millisecond' }),
    }),
  )
  return answer({
    title: 'Your calendar feed',
    text: [
      feedUrl(context, token),
      `Subscribe to it in Outlook, Google Calendar or Apple Calendar: one all-day event per notice deadline and term end of your contracts, and per risk check due, for the next ${FEED_DAYS} days (admins see the whole register).`,
      [
        'Anyone with the link can read the feed, and it is shown only this once. ',
        { code: 'calendar reset' },
        ' revokes it.',
      ],
    ],
  })
}

async function reset(request: Request, context: Context): Promise<Reply> {
  if (request.args.trim() !== '') {
    throw new UserError(
      `calendar reset takes no words after it, not "${request.args.trim()}".`,
      FORM,
      'calendar reset',
    )
  }
  const mine = tokensOf(context, request)
  if (mine.length === 0) {
    return answer({ text: [['You have no calendar feed to revoke. ', { code: 'calendar' }, ' makes one.']] })
  }
  await context.store.transact(change(request, context, 'calendar reset'), (tx) => {
    for (const t of mine) tx.remove('calendarTokens', t.id)
  })
  return answer({
    text: [
      ['Your calendar feed link is revoked: it now answers 404. ', { code: 'calendar' }, ' gives a new one.'],
    ],
  })
}

export const calendarCommands: Command[] = [
  {
    name: 'calendar reset',
    usage: 'calendar reset',
    summary: 'Revoke your calendar feed link',
    examples: ['calendar reset'],
    writes: true,
    permission: { role: 'anyone' },
    handler: reset,
  },
  {
    name: 'calendar',
    usage: 'calendar',
    summary: 'A private calendar feed (.ics) of your renewal deadlines and risk checks',
    examples: ['calendar'],
    writes: true,
    permission: { role: 'anyone' },
    phrasings: ['calendar feed', 'subscribe my calendar to deadlines', 'ics link'],
    handler: calendar,
  },
]
