// The Bot Framework activity JSON as Tickler reads and writes it, typed locally so that only
// bot-framework.ts depends on the SDK (a move to the Microsoft 365 Agents SDK stays contained).
import { z } from 'zod'

const id = z.string().min(1)

export const ChannelAccountSchema = z.looseObject({
  id,
  name: z.string().optional(),
  /** The user's Microsoft Entra (AAD) object id: stable across chats, used as Tickler's user id. */
  aadObjectId: z.string().optional(),
  role: z.string().optional(),
})
export type ChannelAccount = z.infer<typeof ChannelAccountSchema>

export const ConversationAccountSchema = z.looseObject({
  id,
  name: z.string().optional(),
  conversationType: z.string().optional(),
  tenantId: z.string().optional(),
  isGroup: z.boolean().optional(),
})

export interface MentionEntity {
  type: 'mention'
  text: string
  mentioned: { id: string; name?: string }
}

export type Entity = MentionEntity | { type: string; [key: string]: unknown }

const EntitySchema = z.looseObject({ type: z.string() })
const NamedSchema = z.looseObject({ id: z.string().optional(), name: z.string().optional() })

/**
 * Every field Tickler reads, with its type: a wrong type is a malformed request (400), never a
 * crash in the turn (500). Unknown fields pass through to botbuilder untouched.
 */
export const InboundActivitySchema = z.looseObject({
  type: id,
  id: z.string().optional(),
  timestamp: z.string().optional(),
  serviceUrl: z.string().optional(),
  channelId: z.string().optional(),
  from: ChannelAccountSchema.optional(),
  recipient: ChannelAccountSchema.optional(),
  conversation: ConversationAccountSchema.optional(),
  text: z.string().optional(),
  textFormat: z.string().optional(),
  replyToId: z.string().optional(),
  /** Card submit data (Action.Submit) merged with the card's input values. */
  value: z.unknown().optional(),
  entities: z.array(EntitySchema).optional(),
  channelData: z
    .looseObject({
      tenant: z.looseObject({ id: z.string().optional() }).optional(),
      team: NamedSchema.optional(),
      channel: NamedSchema.optional(),
    })
    .optional(),
  membersAdded: z.array(ChannelAccountSchema).optional(),
  membersRemoved: z.array(ChannelAccountSchema).optional(),
  /** installationUpdate: 'add' | 'remove' (and '-upgrade' variants). */
  action: z.string().optional(),
  name: z.string().optional(),
})
export type InboundActivity = z.infer<typeof InboundActivitySchema>

/**
 * What a turn needs on top: where to answer (serviceUrl, conversation) and who asked. The Bot
 * Framework sends these on every activity; without them botbuilder cannot reply.
 */
export const TurnActivitySchema = InboundActivitySchema.extend({
  serviceUrl: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }),
  from: ChannelAccountSchema,
  conversation: ConversationAccountSchema,
})

export interface Attachment {
  contentType: string
  content: unknown
}

/** What Tickler sends: a message with an Adaptive Card, or a typing indicator. */
export interface OutboundActivity {
  type: 'message' | 'typing'
  text?: string
  summary?: string
  attachments?: Attachment[]
  entities?: MentionEntity[]
}

/** A stored conversation reference: enough to post proactively into the conversation. */
export type ConversationReferenceJson = Record<string, unknown>

export function isMention(entity: Entity): entity is MentionEntity {
  return (
    entity.type === 'mention' &&
    typeof (entity as MentionEntity).text === 'string' &&
    typeof (entity as MentionEntity).mentioned?.id === 'string'
  )
}
