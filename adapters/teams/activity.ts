// The Bot Framework activity JSON as Tickler reads and writes it, typed locally so that only
// bot-framework.ts depends on the SDK (a move to the Microsoft 365 Agents SDK stays contained).

export interface ChannelAccount {
  id: string
  name?: string
  /** The user's Microsoft Entra (AAD) object id: stable across chats, used as Tickler's user id. */
  aadObjectId?: string
  role?: string
}

export interface ConversationAccount {
  id: string
  name?: string
  conversationType?: string
  tenantId?: string
  isGroup?: boolean
}

export interface MentionEntity {
  type: 'mention'
  text: string
  mentioned: { id: string; name?: string }
}

export type Entity = MentionEntity | { type: string; [key: string]: unknown }

export interface Attachment {
  contentType: string
  content: unknown
}

export interface InboundActivity {
  type: string
  id?: string
  timestamp?: string
  serviceUrl?: string
  channelId?: string
  from?: ChannelAccount
  recipient?: ChannelAccount
  conversation?: ConversationAccount
  text?: string
  textFormat?: string
  replyToId?: string
  /** Card submit data (Action.Submit) merged with the card's input values. */
  value?: unknown
  entities?: Entity[]
  channelData?: {
    tenant?: { id?: string }
    team?: { id?: string; name?: string }
    channel?: { id?: string; name?: string }
    [key: string]: unknown
  }
  membersAdded?: ChannelAccount[]
  membersRemoved?: ChannelAccount[]
  /** installationUpdate: 'add' | 'remove' (and '-upgrade' variants). */
  action?: string
  name?: string
  [key: string]: unknown
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
