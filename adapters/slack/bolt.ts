// The one module that touches Bolt (@slack/bolt and the Web API client it bundles). Everything else
// in adapters/slack/ works on the plain payloads and calls in listener-io.ts and the Block Kit JSON
// in blocks.ts, so replacing Bolt means rewriting this file only. Over HTTP our own receiver
// (receiver.ts, which says why not Bolt's HTTPReceiver) checks each request, then `dispatch` runs it.
import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  App,
  type Logger as BoltLogger,
  type BufferedIncomingMessage,
  HTTPModuleFunctions,
  HTTPResponseAck,
  LogLevel,
  type Receiver,
  SocketModeReceiver,
  verifySlackRequest,
  webApi,
} from '@slack/bolt'
import type { Logger } from 'pino'
import type {
  BlockActionsPayload,
  BotAuth,
  ButtonAction,
  SlackClient,
  SlackListeners,
  SlackPayload,
} from './listener-io.ts'

/** Bolt logs through our pino logger (JSON on stderr, secrets redacted) instead of the console. */
function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: 'bolt' })
  let level = LogLevel.INFO
  return {
    debug: (...msg: unknown[]) => child.debug(msg.map(String).join(' ')),
    info: (...msg: unknown[]) => child.info(msg.map(String).join(' ')),
    warn: (...msg: unknown[]) => child.warn(msg.map(String).join(' ')),
    error: (...msg: unknown[]) => child.error(msg.map(String).join(' ')),
    setLevel: (next: LogLevel) => {
      level = next
    },
    getLevel: () => level,
    setName: () => {},
  }
}

export interface ClientOptions {
  apiUrl: string
  log?: Logger
  /** 0: the caller decides when to try again. */
  retries?: number
  timeoutMs?: number
  /** Throw on a 429 instead of waiting it out. */
  rejectRateLimited?: boolean
}

export interface BotIdentity {
  botId?: string
  botUserId?: string
  teamId?: string
  /** The scopes the token was granted (auth.test's x-oauth-scopes), when Slack says. */
  scopes?: string[]
}

export function createSlackClient(
  token: string,
  options: ClientOptions,
): SlackClient & { authTest(): Promise<BotIdentity> } {
  const client = new webApi.WebClient(token, {
    slackApiUrl: options.apiUrl,
    ...(options.log ? { logger: boltLogger(options.log) } : {}),
    ...(options.retries !== undefined ? { retryConfig: { retries: options.retries } } : {}),
    ...(options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : {}),
    ...(options.rejectRateLimited ? { rejectRateLimitedCalls: true } : {}),
  })
  return {
    ...wrap(client),
    authTest: async () => {
      const r = await client.auth.test()
      return {
        botId: r.bot_id,
        botUserId: r.user_id,
        teamId: r.team_id,
        scopes: r.response_metadata?.scopes,
      }
    },
  }
}

function wrap(client: webApi.WebClient): SlackClient {
  return {
    openView: async (triggerId, view) => {
      await client.views.open({ trigger_id: triggerId, view })
    },
    postMessage: async (message) => {
      await client.chat.postMessage(message)
    },
    postEphemeral: async (message) => {
      await client.chat.postEphemeral(message)
    },
    userInfo: async (user) => (await client.users.info({ user })).user,
    lookupByEmail: async (email) => (await client.users.lookupByEmail({ email })).user,
    uploadFile: async (file) => {
      const base = { channel_id: file.channel, filename: file.name, title: file.name }
      // Text goes as `content`; a picture's bytes as `file`, with its description for screen readers.
      await client.files.uploadV2(
        typeof file.content === 'string'
          ? { ...base, content: file.content }
          : { ...base, file: Buffer.from(file.content), ...(file.alt ? { alt_text: file.alt } : {}) },
      )
    },
    publishHome: async (user, view) => {
      await client.views.publish({ user_id: user, view })
    },
  }
}

/** A failed Web API call, in SDK-free terms. */
export type SlackFailure =
  | { kind: 'rate_limited'; retryAfterSeconds: number }
  | { kind: 'platform'; code: string }
  | { kind: 'http'; status: number }
  | { kind: 'other'; message: string }

export function slackFailure(error: unknown): SlackFailure {
  if (error instanceof webApi.WebAPIRateLimitedError) {
    return { kind: 'rate_limited', retryAfterSeconds: error.retryAfter }
  }
  if (error instanceof webApi.WebAPIPlatformError) return { kind: 'platform', code: error.data.error }
  if (error instanceof webApi.WebAPIHTTPError) return { kind: 'http', status: error.statusCode }
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) }
}

/** Bolt's v0 HMAC check (it also refuses stale timestamps); throws when the signature is wrong. */
export function checkHmac(input: {
  signingSecret: string
  body: string
  timestamp: number
  signature: string
  nowMs: number
}): void {
  verifySlackRequest({
    signingSecret: input.signingSecret,
    body: input.body,
    headers: { 'x-slack-signature': input.signature, 'x-slack-request-timestamp': input.timestamp },
    nowMilliseconds: input.nowMs,
  })
}

/** The body as text, or the status that refuses it (413 over `limit` bytes, 400 unreadable). */
export async function readBody(
  req: IncomingMessage,
  limit: number,
): Promise<{ ok: true; raw: string } | { ok: false; status: 400 | 413 }> {
  try {
    return {
      ok: true,
      raw: (await HTTPModuleFunctions.bufferIncomingMessage(req, limit)).rawBody.toString('utf8'),
    }
  } catch (error) {
    const tooLarge = HTTPModuleFunctions.isRawBodyError(error) && error.statusCode === 413
    return { ok: false, status: tooLarge ? 413 : 400 }
  }
}

export interface BoltOptions {
  log: Logger
  apiUrl?: string
  authorize: () => Promise<BotAuth>
  /** Socket Mode with this app token; without it, requests come in through `dispatch`. */
  socketAppToken?: string
  /** True for a delivery that must be acknowledged and not run (a retry already carried out). */
  skip?: (body: SlackPayload) => Promise<boolean>
}

export interface BoltApp {
  on: SlackListeners
  /**
   * Runs a body that receiver.ts has already verified and checked through Bolt, which answers on
   * `res` when a listener acks (or after 3 s with nothing). Rejects if Bolt fails.
   */
  dispatch(req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>): Promise<void>
  start(): Promise<void>
  stop(): Promise<void>
}

/** Bolt's receiver seam, empty: the shared server owns the socket and calls `dispatch`. */
class HandOver implements Receiver {
  init(): void {}
  async start(): Promise<void> {}
  async stop(): Promise<void> {}
}

export function createBolt(options: BoltOptions): BoltApp {
  const { log } = options
  const app = new App({
    receiver: options.socketAppToken
      ? // The Socket Mode connection itself is opened at slack.com; Web API calls use apiUrl.
        new SocketModeReceiver({ appToken: options.socketAppToken, logger: boltLogger(log) })
      : new HandOver(),
    authorize: options.authorize,
    logger: boltLogger(log),
    clientOptions: { slackApiUrl: options.apiUrl },
    ignoreSelf: true,
  })
  const skip = options.skip
  if (skip) {
    app.use(async ({ body, next, ...args }) => {
      if (await skip(body as SlackPayload)) {
        if ('ack' in args && typeof args.ack === 'function') await args.ack()
        return
      }
      await next()
    })
  }
  app.error(async (error) => {
    log.error({ err: error }, 'slack listener failed')
  })

  const on: SlackListeners = {
    command: (pattern, listener) =>
      app.command(pattern, ({ command, ack, respond, client }) =>
        listener({
          command,
          ack: (m) => ack(m),
          respond: async (m) => void (await respond(m)),
          client: wrap(client),
        }),
      ),
    button: (actionId, listener) =>
      app.action(actionId, ({ body, action, ack, respond, client }) =>
        listener({
          // Bolt types any interaction here (dialogs, legacy attachments); the button listener
          // checks body.type and action.type before relying on them.
          body: body as BlockActionsPayload,
          action: action as ButtonAction,
          ack: () => ack(),
          respond: async (m) => void (await respond(m)),
          client: wrap(client),
        }),
      ),
    submit: (callbackId, listener) =>
      app.view(callbackId, ({ body, ack, client }) =>
        listener({
          body,
          ack: (r) => ack(r),
          client: wrap(client),
        }),
      ),
    mention: (listener) =>
      app.event('app_mention', ({ body, event, client }) => listener({ body, event, client: wrap(client) })),
    message: (listener) =>
      app.event('message', ({ body, event, client }) => listener({ body, event, client: wrap(client) })),
    homeOpened: (listener) =>
      app.event('app_home_opened', ({ body, event, client }) =>
        listener({ body, event, client: wrap(client) }),
      ),
  }

  return {
    on,
    async dispatch(req, res, body) {
      const ack = new HTTPResponseAck({
        logger: boltLogger(log),
        processBeforeResponse: false,
        httpRequest: req as BufferedIncomingMessage,
        httpRequestBody: body,
        httpResponse: res,
      })
      await app.processEvent({
        body,
        ack: ack.bind(),
        retryNum: HTTPModuleFunctions.extractRetryNumFromHTTPRequest(req),
        retryReason: HTTPModuleFunctions.extractRetryReasonFromHTTPRequest(req),
      })
    },
    start: async () => {
      await app.start()
    },
    stop: async () => {
      await app.stop()
    },
  }
}
