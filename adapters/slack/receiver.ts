// POST /slack/events, checked before Bolt sees it: the signature (future timestamps refused too),
// the body's shape (400 for one Tickler does not handle) and deliveries already carried out (by this
// or any process on the store, acknowledged and not run). What passes goes to Bolt via `dispatch`
// (bolt.ts). Bolt's own HTTPReceiver cannot do this: it checks signatures on the system clock and
// accepts future timestamps, and has no hook between parsing and running to refuse or drop a body.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { parse as parseQuery } from 'node:querystring'
import type { Logger } from 'pino'
import { readBody } from './bolt.ts'
import { deliveryKey } from './delivery-key.ts'
import { checkSlackBody } from './payload-shape.ts'
import { verifySignature } from './signature.ts'

const BODY_LIMIT = 1024 * 1024

export interface ReceiverOptions {
  signingSecret: string
  log: Logger
  /** Real wall time in ms for signature freshness (never the business clock, which --now may fix). */
  nowMs: () => number
  /** Whether a delivery was carried out lately (the core's request keys, SPEC §6). */
  seen: (key: string) => Promise<boolean>
  /** Runs a checked body through Bolt, which answers on `res` (BoltApp.dispatch). */
  dispatch: (req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>) => Promise<void>
}

type Body = Record<string, unknown>

export class SlackHttpReceiver {
  constructor(private readonly options: ReceiverOptions) {}

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { log } = this.options
    const read = await readBody(req, BODY_LIMIT)
    if (!read.ok) return end(res, read.status)
    const raw = read.raw

    const contentType = String(req.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim()
    const form = contentType === 'application/x-www-form-urlencoded'
    // Slack's SSL check carries no command; answer it and run nothing.
    if (form && parseQuery(raw).ssl_check === '1') return end(res, 200)

    const verdict = verifySignature({
      signingSecret: this.options.signingSecret,
      body: raw,
      timestamp: req.headers['x-slack-request-timestamp'],
      signature: req.headers['x-slack-signature'],
      nowMs: this.options.nowMs(),
    })
    if (!verdict.ok) {
      log.warn({ reason: verdict.reason, url: req.url }, 'slack request refused: bad signature')
      return end(res, 401)
    }

    let parsed: unknown
    try {
      parsed = parseBody(raw, form)
    } catch {
      return end(res, 400)
    }
    const checked = checkSlackBody(parsed)
    if (!checked.ok) {
      log.warn({ reason: checked.reason, url: req.url }, 'slack request refused: malformed body')
      return end(res, 400)
    }
    const body: Body = checked.body
    if (body.type === 'url_verification') {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ challenge: body.challenge }))
      return
    }

    const key = deliveryKey(body)
    if (key && (await this.options.seen(key))) {
      log.info(
        { key, retryNum: req.headers['x-slack-retry-num'] },
        'slack delivery already received: acknowledged, not run again',
      )
      return end(res, 200)
    }

    try {
      await this.options.dispatch(req, res, body)
    } catch (error) {
      log.error({ err: error }, 'slack event failed')
      if (!res.headersSent) end(res, 500)
    }
  }
}

function parseBody(raw: string, form: boolean): unknown {
  if (!form) return JSON.parse(raw)
  const fields = parseQuery(raw)
  if (typeof fields.payload === 'string') return JSON.parse(fields.payload)
  return { ...fields }
}

function end(res: ServerResponse, status: number): void {
  res.writeHead(status)
  res.end()
}
