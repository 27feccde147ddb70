// Conversation references for proactive posts, stored in the 'conversations' collection under the
// channel reference ('teams:<conversation id>'). Only the stable part of the reference is kept
// (the last activity id, speaker and locale change with every message), so an unchanged
// conversation is never rewritten.
import type { Store, StoreView } from '../../src/store/store.ts'
import type { Clock } from '../../src/time/clock.ts'
import type { ConversationReferenceJson } from './activity.ts'
import { baseConversationId, channelRef } from './inbound.ts'
import { personalChatIds } from './personal-chats.ts'

const VOLATILE = new Set(['activityId', 'user', 'locale'])

/** The reference to keep: a channel's root conversation rather than one thread in it. */
export function stableReference(reference: ConversationReferenceJson): ConversationReferenceJson {
  const kept: ConversationReferenceJson = {}
  for (const [key, value] of Object.entries(reference)) {
    if (!VOLATILE.has(key) && value !== undefined && value !== null) kept[key] = value
  }
  const conversation = kept.conversation as { id?: unknown } | undefined
  if (conversation && typeof conversation.id === 'string') {
    kept.conversation = { ...conversation, id: baseConversationId(conversation.id) }
  }
  return kept
}

/** JSON with sorted keys, so two equal references compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

/** Saves the reference when it is new or changed; returns whether anything was written. */
export async function saveConversation(
  store: Store,
  clock: Clock,
  reference: ConversationReferenceJson,
  who: string,
  requestId?: string,
): Promise<boolean> {
  const conversation = reference.conversation as { id?: unknown } | undefined
  if (!conversation || typeof conversation.id !== 'string' || conversation.id === '') return false
  const kept = stableReference(reference)
  // A personal chat is also where its user gets direct messages (SPEC §11 owner DMs).
  const ids = [channelRef(conversation.id), ...personalChatIds(reference, who)]
  const stale = (view: StoreView): string[] =>
    ids.filter((id) => {
      const existing = view.get('conversations', id)
      return existing === undefined || canonical(existing.reference) !== canonical(kept)
    })
  if (stale(store).length === 0) return false
  const at = clock.now()
  return store.transact({ who, at, action: 'conversation.save', requestId }, (tx) => {
    const changed = stale(tx)
    for (const id of changed) {
      tx.put('conversations', {
        id,
        platform: 'teams',
        reference: kept,
        updatedAt: at.toString({ smallestUnit: 'millisecond' }),
      })
    }
    return changed.length > 0
  })
}
