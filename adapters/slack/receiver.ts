// Bolt's receiver seam (init/start/stop) over our own node:http server: the server routes
// POST /slack/events here; this verifies the signature (future timestamps refused too), drops
// deliveries already carried out (by this or any process on the store), and hands the body to
// Bolt's processEvent with Bolt's own HTTPResponseAck. A body of a shape Tickler does not handle
// gets 400 before Bolt sees it.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { parse as parseQuery } from 'node:querystring'
import {
  type App,
  type BufferedIncomingMessage,
  HTTPModuleFunctions,
  HTTPResponseAck,
  type Receiver,
  type ReceiverEvent,
} from '@slack/bolt'
import type { Logger } from 'pino'
import { boltLogger } from './bolt-logger.ts'
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
}

type Body = Record<string, unknown>

export class SlackHttpReceiver implements Receiver {
  private app: App | undefined

  constructor(private readonly options: ReceiverOptions) {}

  init(app: App): void {
    this.app = app
  }

  // The shared server owns the socket; there is nothing to start or stop here.
  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { log } = this.options
    let raw: string
    try {
      raw = (await HTTPModuleFunctions.bufferIncomingMessage(req, BODY_LIMIT)).rawBody.toString('utf8')
    } catch (error) {
      const tooLarge = HTTPModuleFunctions.isRawBodyError(error) && error.statusCode === 413
      return end(res, tooLarge ? 413 : 400)
    }

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

    const ack = new HTTPResponseAck({
      logger: boltLogger(log),
      processBeforeResponse: false,
      httpRequest: req as BufferedIncomingMessage,
      httpRequestBody: body,
      httpResponse: res,
    })
    const event: ReceiverEvent = {
      body,
      ack: ack.bind(),
      retryNum: HTTPModuleFunctions.extractRetryNumFromHTTPRequest(req),
      retryReason: HTTPModuleFunctions.extractRetryReasonFromHTTPRequest(req),
    }
    try {
      await this.app?.processEvent(event)
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
