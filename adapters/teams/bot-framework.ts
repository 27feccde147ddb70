// The one module that touches botbuilder. Everything else in adapters/teams/ works on the plain
// activity JSON in activity.ts, so moving to the Microsoft 365 Agents SDK (@microsoft/agents-hosting)
// means rewriting this file only: authenticate a request, run a turn, continue a conversation.
import type { Activity, ConversationReference, TurnContext as TurnContextType } from 'botbuilder'
import botbuilder from 'botbuilder'
import type { Logger } from 'pino'
import type { Config } from '../../src/config/config.ts'
import { ConfigError } from '../../src/errors/errors.ts'
import type { ConversationReferenceJson, InboundActivity, OutboundActivity } from './activity.ts'
import { isLoopbackUrl } from './loopback.ts'
import { withSdkConsole } from './sdk-console.ts'

const { CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext } = botbuilder

/** What a turn may do, in SDK-free terms. */
export interface TurnIO {
  activity: InboundActivity
  /** Sends in order; inside an inbound turn each is a reply to the inbound activity. */
  send(activities: OutboundActivity[]): Promise<void>
  /** Replaces a message the bot posted earlier (a form card shown again with its errors). */
  update(activityId: string, activity: OutboundActivity): Promise<void>
  /** TurnContext.getConversationReference(activity), as JSON. */
  reference(): ConversationReferenceJson
}

export type Turn = (io: TurnIO) => Promise<void>

export interface BotFramework {
  readonly appId: string | undefined
  /**
   * TEAMS_EMULATOR=1: requests are taken only from loopback peers and nothing is sent to a serviceUrl
   * that is not loopback. Without MicrosoftAppId it is also the only way tokens go unchecked.
   */
  readonly emulator: boolean
  /** Validates the request's Bot Framework token; any failure is thrown as AuthFailure (401). */
  authenticate(authHeader: string, activity: { type: string }): Promise<Authenticated>
  /**
   * Runs `turn` for an authenticated, well-formed activity. In Emulator mode a serviceUrl that is
   * not loopback is thrown as Refused before the turn starts.
   */
  run(
    authenticated: Authenticated,
    activity: InboundActivity,
    turn: Turn,
  ): Promise<{ status: number; body?: unknown }>
  /** Posts proactively into a stored conversation (Refused in Emulator mode for a remote serviceUrl). */
  continueConversation(reference: ConversationReferenceJson, turn: Turn): Promise<void>
}

/** What authenticate hands to run; only this module can make one or read it. */
export interface Authenticated {
  readonly kind: 'authenticated'
}

export class AuthFailure extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AuthFailure'
  }
}

/** Emulator mode would have sent to a serviceUrl off this machine; nothing was sent. */
export class Refused extends Error {
  constructor(readonly serviceUrl: unknown) {
    super('Emulator mode (TEAMS_EMULATOR=1) sends only to a loopback serviceUrl')
    this.name = 'Refused'
  }
}

/** A failed call to the channel, in platform-neutral terms. */
export interface SendFailure {
  status?: number
  retryAfterSeconds?: number
  message: string
}

// Public Azure values, used to fill the gaps when only some endpoint overrides are set: botbuilder
// otherwise leaves the unset ones undefined and rejects every token.
const PUBLIC_CLOUD = {
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  ToBotFromChannelOpenIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
  ToBotFromEmulatorOpenIdMetadataUrl:
    'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  CallerId: 'urn:botframework:azure',
} as const

const PASSED_THROUGH = [
  'MicrosoftAppId',
  'MicrosoftAppPassword',
  'MicrosoftAppTenantId',
  'MicrosoftAppType',
  'ChannelService',
  'ValidateAuthority',
  'OAuthApiEndpoint',
  'BotOpenIdMetadata',
] as const

/** The botbuilder configuration object built from Tickler's validated configuration. */
export function authSettings(config: Config): Record<string, string> {
  const settings: Record<string, string> = {}
  for (const key of PASSED_THROUGH) {
    const value = config[key]
    if (value) settings[key] = value
  }
  const overrides = Object.keys(PUBLIC_CLOUD) as (keyof typeof PUBLIC_CLOUD)[]
  if (overrides.some((key) => config[key])) {
    for (const key of overrides) settings[key] = config[key] || PUBLIC_CLOUD[key]
  }
  return settings
}

type AuthenticateRequestResult = Exclude<
  Parameters<InstanceType<typeof CloudAdapter>['processActivityDirect']>[0],
  string
>

/** CloudAdapter with its (protected) processActivity reachable, so invoke responses come back. */
class TicklerAdapter extends CloudAdapter {
  run(
    authenticated: AuthenticateRequestResult,
    activity: Activity,
    turn: (context: TurnContextType) => Promise<void>,
  ) {
    return this.processActivity(authenticated, activity, turn)
  }
}

export function createBotFramework(config: Config, log: Logger): BotFramework {
  const appId = config.MicrosoftAppId || undefined
  const emulator = config.TEAMS_EMULATOR
  if (!appId && !emulator) {
    throw new Error('Teams is off: set MicrosoftAppId, or TEAMS_EMULATOR=1 for the Bot Framework Emulator')
  }
  let auth: InstanceType<typeof ConfigurationBotFrameworkAuthentication>
  try {
    auth = new ConfigurationBotFrameworkAuthentication(authSettings(config))
  } catch (error) {
    // e.g. SingleTenant without MicrosoftAppTenantId: a start-up configuration error (exit 2).
    throw new ConfigError(`Bad configuration:\n  ${error instanceof Error ? error.message : String(error)}`)
  }
  const adapter = new TicklerAdapter(auth)
  const mayContact = (serviceUrl: unknown): void => {
    if (emulator && !isLoopbackUrl(serviceUrl)) throw new Refused(serviceUrl)
  }

  return {
    appId,
    emulator,
    async authenticate(authHeader, activity) {
      try {
        const result = await withSdkConsole(log, 'debug', () =>
          auth.authenticateRequest(activity as unknown as Activity, authHeader),
        )
        const token: Authenticated = { kind: 'authenticated' }
        claims.set(token, result)
        return token
      } catch (error) {
        throw new AuthFailure(error instanceof Error ? error.message : String(error))
      }
    },
    async run(authenticated, activity, turn) {
      mayContact(activity.serviceUrl)
      const result = claims.get(authenticated)
      if (!result) throw new AuthFailure('the request was not authenticated')
      const response = await withSdkConsole(log, 'warn', () =>
        adapter.run(result, activity as unknown as Activity, (context) => turn(io(context))),
      )
      return { status: response?.status ?? 200, body: response?.body }
    },
    async continueConversation(reference, turn) {
      mayContact(reference.serviceUrl)
      await withSdkConsole(log, 'warn', () =>
        adapter.continueConversationAsync(
          appId ?? '',
          reference as Partial<ConversationReference>,
          (context) => {
            // The continuation event gets a random id, which botbuilder would send as replyToId;
            // without it the post goes to the conversation itself (POST …/activities).
            context.activity.id = undefined as unknown as string
            return turn(io(context))
          },
        ),
      )
    },
  }
}

const claims = new WeakMap<Authenticated, AuthenticateRequestResult>()

function io(context: TurnContextType): TurnIO {
  return {
    activity: context.activity as unknown as InboundActivity,
    async send(activities) {
      if (activities.length > 0) await context.sendActivities(activities as Partial<Activity>[])
    },
    async update(activityId, activity) {
      await context.updateActivity({ ...(activity as Partial<Activity>), id: activityId })
    },
    reference() {
      return JSON.parse(JSON.stringify(TurnContext.getConversationReference(context.activity)))
    },
  }
}

/** Reads the HTTP status and Retry-After of a failed connector call (an @azure/core-http RestError). */
export function describeSendError(error: unknown): SendFailure {
  const e = error as {
    statusCode?: unknown
    message?: unknown
    response?: { headers?: { get?: (name: string) => string | undefined } }
  }
  const status = typeof e?.statusCode === 'number' ? e.statusCode : undefined
  const retryAfter = Number(e?.response?.headers?.get?.('retry-after'))
  return {
    status,
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : undefined,
    message: typeof e?.message === 'string' ? e.message : String(error),
  }
}
