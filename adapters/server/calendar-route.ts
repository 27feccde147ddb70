// GET /calendar/<token>.ics (SPEC §11): the personal feed as text/calendar, 404 for an unknown or
// revoked token (the same answer, so a guess learns nothing), 405 for anything but GET and HEAD.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Logger } from 'pino'
import type { Tickler } from '../../src/app/open-tickler.ts'
import { feedForToken } from '../../src/calendar/feed.ts'

export type CalendarFeed = (token: string) => Promise<string | undefined>

const PATH = /^\/calendar\/([^/]+)\.ics$/

/** The token of a calendar path, or undefined for any other path. */
export function calendarToken(path: string): string | undefined {
  return PATH.exec(path)?.[1]
}

/** A feed that reads the latest store: another process may have revoked the token meanwhile. */
export function calendarFeedOf(app: Pick<Tickler, 'context'>): CalendarFeed {
  return async (token) => {
    await app.context.store.refresh()
    return feedForToken(app.context, token)
  }
}

export async function serveCalendar(
  req: IncomingMessage,
  res: ServerResponse,
  token: string,
  feed: CalendarFeed | undefined,
  log: Logger,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { 'content-type': 'text/plain; charset=utf-8', allow: 'GET, HEAD' })
    res.end('Method not allowed')
    return
  }
  const ics = feed ? await feed(token) : undefined
  if (ics === undefined) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
    res.end('Not found')
    return
  }
  // The token is a secret: never logged, and the feed is not cached by anyone in between.
  log.debug('calendar feed served')
  res.writeHead(200, {
    'content-type': 'text/calendar; charset=utf-8',
    'cache-control': 'private, no-store',
    'content-disposition': 'inline; filename="tickler.ics"',
  })
  res.end(req.method === 'HEAD' ? undefined : ics)
}
