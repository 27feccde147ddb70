// POST /api/messages: read and check the body, authenticate, run the turn. A body that is not an
// activity gets 400; any authentication failure gets 401 and no turn runs.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Logger } from 'pino'
import type { InboundActivity } from './activity.ts'
import { AuthFailure, type BotFramework, type Turn } from './bot-framework.ts'

/** Far above any activity Teams sends; a larger body is refused unread. */
export const MAX_BODY_BYTES = 1024 * 1024

export type MessagesHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>

export function createMessagesHandler(framework: BotFramework, turn: Turn, log: Logger): MessagesHandler {
  return async (req, res) => {
    if (req.method !== 'POST') return respond(res, 405, { error: 'use POST' })
    let body: string
    try {
      body = await readBody(req)
    } catch {
      return respond(res, 413, { error: 'request body too large' })
    }
    let activity: unknown
    try {
      activity = JSON.parse(body)
    } catch {
      return respond(res, 400, { error: 'body is not JSON' })
    }
    if (!isActivity(activity)) return respond(res, 400, { error: 'body is not an activity (no type)' })

    const authHeader = String(req.headers.authorization ?? '')
    try {
      const result = await framework.process(authHeader, activity, turn)
      return respond(res, result.status, result.body)
    } catch (error) {
      if (error instanceof AuthFailure) {
        log.warn(
          { reason: error.message, activityType: activity.type },
          'Teams request refused: authentication failed',
        )
        return respond(res, 401, { error: 'unauthorized' })
      }
      log.error({ err: error, activityType: activity.type }, 'Teams request failed')
      return respond(res, 500, { error: 'internal error' })
    }
  }
}

function isActivity(value: unknown): value is InboundActivity {
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
