// POST /api/messages: check the peer (Emulator mode), read and check the body, authenticate, check
// the activity's shape, run the turn. A body that is not an activity gets 400, any authentication
// failure 401, a peer or serviceUrl off this machine in Emulator mode 403; no turn runs for any.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Logger } from 'pino'
import { TurnActivitySchema } from './activity.ts'
import { AuthFailure, type BotFramework, Refused, type Turn } from './bot-framework.ts'
import { isLoopbackAddress } from './loopback.ts'

/** Far above any activity Teams sends; a larger body is refused unread. */
export const MAX_BODY_BYTES = 1024 * 1024

export type MessagesHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>

export function createMessagesHandler(framework: BotFramework, turn: Turn, log: Logger): MessagesHandler {
  return async (req, res) => {
    if (req.method !== 'POST') return respond(res, 405, { error: 'use POST' })
    // The socket's address, never a forwarding header: the caller writes headers.
    const peer = req.socket.remoteAddress
    if (framework.emulator && !isLoopbackAddress(peer)) {
      log.warn({ peer }, 'Teams request refused: Emulator mode takes requests from this machine only')
      return respond(res, 403, { error: 'forbidden' })
    }
    let body: string
    try {
      body = await readBody(req)
    } catch {
      return respond(res, 413, { error: 'request body too large' })
    }
    let parsed: unknown
    try {
      parsed = JSON.parse(body)
    } catch {
      return respond(res, 400, { error: 'body is not JSON' })
    }
    if (!hasType(parsed)) return respond(res, 400, { error: 'body is not an activity (no type)' })

    try {
      const authenticated = await framework.authenticate(String(req.headers.authorization ?? ''), parsed)
      const checked = TurnActivitySchema.safeParse(parsed)
      if (!checked.success) {
        const problems = checked.error.issues.map((i) => `${i.path.join('.') || 'activity'}: ${i.message}`)
        log.warn({ activityType: parsed.type, problems }, 'Teams request refused: malformed activity')
        return respond(res, 400, { error: 'malformed activity', problems })
      }
      const result = await framework.run(authenticated, checked.data, turn)
      return respond(res, result.status, result.body)
    } catch (error) {
      if (error instanceof AuthFailure) {
        log.warn(
          { reason: error.message, activityType: parsed.type },
          'Teams request refused: authentication failed',
        )
        return respond(res, 401, { error: 'unauthorized' })
      }
      if (error instanceof Refused) {
        log.warn(
          { serviceUrl: String(error.serviceUrl), activityType: parsed.type },
          'Teams request refused: Emulator mode replies only to a loopback serviceUrl',
        )
        return respond(res, 403, { error: 'forbidden' })
      }
      log.error({ err: error, activityType: parsed.type }, 'Teams request failed')
      return respond(res, 500, { error: 'internal error' })
    }
  }
}

function hasType(value: unknown): value is { type: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { type?: unknown }).type === 'string' &&
    (value as { type: string }).type !== ''
  )
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new Error('too large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function respond(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end()
    return
  }
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
}
