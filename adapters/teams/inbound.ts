// Turns a Teams activity into who, where and clean text for the core. Mentions are handled through
// the activity's mention entities: the bot's own is removed, anyone else's becomes their id.
import { type InboundActivity, isMention } from './activity.ts'

/** A channel thread's conversation id carries ';messageid=…'; the channel itself is the part before. */
export function baseConversationId(conversationId: string): string {
  const cut = conversationId.indexOf(';messageid=')
  return cut < 0 ? conversationId : conversationId.slice(0, cut)
}

/** The opaque channel reference the core stores: 'teams:<conversation id>'. */
export function channelRef(conversationId: string): string {
  return `teams:${baseConversationId(conversationId)}`
}

export function tenantOf(activity: InboundActivity): string | undefined {
  return activity.channelData?.tenant?.id || activity.conversation?.tenantId || undefined
}

/** The Entra object id when Teams gives one (stable across chats), else the channel's user id. */
export function userOf(activity: InboundActivity): string | undefined {
  return activity.from?.aadObjectId || activity.from?.id || undefined
}

/**
 * The message text with the bot's mention removed and other mentions replaced by user ids: the
 * Entra object id when the entity carries it or `userIdOf` knows it, else the Teams id.
 */
export function cleanText(
  activity: InboundActivity,
  userIdOf: (teamsId: string) => string = (id) => id,
): string {
  let text = activity.text ?? ''
  const botId = activity.recipient?.id
  const others = new Set<string>()
  for (const entity of activity.entities ?? []) {
    if (!isMention(entity) || entity.text === '') continue
    const mentioned = entity.mentioned as { id: string; aadObjectId?: string }
    const id = mentioned.id === botId ? botId : mentioned.aadObjectId || userIdOf(mentioned.id)
    if (id !== botId) others.add(id)
    text = text.split(entity.text).join(id === botId ? ' ' : ` ${id} `)
  }
  text = text
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  // Teams may send one mention per word of a name (<at>Jane</at> <at>Doe</at>), all the same person.
  for (const id of others) {
    while (text.includes(`${id} ${id}`)) text = text.replace(`${id} ${id}`, id)
  }
  return text
}

/** What a card button or form carried back in `value`. */
export type Submit =
  | { kind: 'command'; command: string }
  | { kind: 'form'; form: string; spec: unknown; values: Record<string, string> }

export const FIELD_PREFIX = 'field:'

export function submitOf(activity: InboundActivity): Submit | undefined {
  const value = activity.value
  if (!value || typeof value !== 'object') return undefined
  const data = value as Record<string, unknown>
  if (typeof data.command === 'string' && data.command.trim() !== '') {
    return { kind: 'command', command: data.command.trim() }
  }
  if (typeof data.form === 'string' && data.form.trim() !== '') {
    const values: Record<string, string> = {}
    for (const [key, v] of Object.entries(data)) {
      if (key.startsWith(FIELD_PREFIX) && (typeof v === 'string' || typeof v === 'number')) {
        values[key.slice(FIELD_PREFIX.length)] = String(v)
      }
    }
    return { kind: 'form', form: data.form.trim(), spec: data.spec, values }
  }
  return undefined
}
