// GET /statements/<token>.csv (SPEC §12): checks the link, rebuilds the file by running the
// command that made it, as its asker, as of the instant it was made (a read: nothing is stored),
// and serves it only when its bytes hash to what the link was signed over.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Logger } from 'pino'
import { Temporal } from 'temporal-polyfill'
import type { Tickler } from '../../src/app/open-tickler.ts'
import type { Clock } from '../../src/time/clock.ts'
import { linkKey } from './link-secret.ts'
import { checkLink, contentHash } from './statement-link.ts'

export interface DownloadOptions {
  tickler: Pick<Tickler, 'run' | 'context'>
  log: Logger
  /** Real time for expiry; the business clock may be held still by --now. */
  realClock: Clock
}

export function createDownloadHandler(options: DownloadOptions) {
  const { tickler, log, realClock } = options
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0]!
    const key = linkKey(tickler.context.store)
    if (!key) return plain(res, 404, 'Not found')
    const check = checkLink(key, path, realClock.now().epochMilliseconds)
    if (!check.ok) {
      log.warn({ reason: check.reason }, 'statement link refused')
      return check.reason === 'expired'
        ? plain(res, 404, 'This download link has expired; ask Tickler for the statement again.')
        : plain(res, 403, 'This download link is not valid.')
    }
    const { payload } = check
    const reply = await tickler.run({
      text: payload.c,
      user: payload.u,
      platform: 'teams',
      ...(payload.w ? { workspace: payload.w } : {}),
      asOf: Temporal.Instant.from(payload.a),
    })
    const file = reply.attachment
    if (file?.mediaType !== 'text/csv' || contentHash(file.content) !== payload.h) {
      log.warn({ command: payload.c }, 'statement link refused: the figures changed since it was made')
      return plain(res, 409, 'The statement has changed since this link was made; ask Tickler for it again.')
    }
    const body = Buffer.from(file.content, 'utf8')
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-length': String(body.length),
      'content-disposition': `attachment; filename="${file.name}"`,
      'cache-control': 'private, no-store',
    })
    res.end(req.method === 'HEAD' ? undefined : body)
  }
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' })
  res.end(text)
}
