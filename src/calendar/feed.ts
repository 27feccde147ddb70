// Serving a calendar feed: a token's feed (its user's contracts and checks, or all of them for an
// admin, judged at each fetch), and the whole register's for `tickler export --ics`. Reads only.
import type { Context } from '../commands/command.ts'
import type { CalendarToken } from '../domain/calendar-token.ts'
import { isAdmin } from '../permissions/roles.ts'
import { localDate } from '../time/zone.ts'
import { type FeedScope, feedEvents } from './feed-events.ts'
import { renderIcs } from './ics.ts'
import { calendarTokenHash, isCalendarToken } from './tokens.ts'

type FeedContext = Pick<Context, 'store' | 'clock' | 'config'>

function scopeOf(token: CalendarToken, context: FeedContext): FeedScope {
  const asker = {
    text: '',
    args: '',
    user: token.user,
    ...(token.asAdmin ? { asAdmin: true } : {}),
    requestId: 'calendar',
  }
  return isAdmin(asker, context as Context) ? { all: true } : { all: false, user: token.user }
}

function render(context: FeedContext, scope: FeedScope, name: string): string {
  const now = context.clock.now()
  const today = localDate(now, context.config.TICKLER_TIMEZONE)
  return renderIcs(feedEvents(context.store, today, context.config.businessCalendar, scope), name, now)
}

/** The iCalendar text for a token, or undefined when it is unknown or revoked. */
export function feedForToken(context: FeedContext, token: string): string | undefined {
  if (!isCalendarToken(token)) return undefined
  const record = context.store.get('calendarTokens', calendarTokenHash(token))
  if (!record) return undefined
  const scope = scopeOf(record, context)
  return render(
    context,
    scope,
    scope.all ? 'Tickler: all renewals and checks' : 'Tickler: my renewals and checks',
  )
}

export function wholeFeed(context: FeedContext): string {
  return render(context, { all: true }, 'Tickler: all renewals and checks')
}
