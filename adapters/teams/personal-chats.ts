// Where a Teams user can get a direct message (SPEC §11): the conversation reference of their
// personal chat with Tickler, kept also under 'teams:user:<user id>' whenever they write to it
// there or install it personally (conversations.ts saves both at once). Owners are stored by the
// same id the core sees as the asker, so an owner who has talked to Tickler one-to-one can be
// reached and counts as a present user; about anyone else Teams cannot tell.
import type { PeopleDirectory } from '../../src/domain/people.ts'
import type { StoreView } from '../../src/store/store.ts'
import type { ConversationReferenceJson } from './activity.ts'

export function personalChatRef(user: string): string {
  return `teams:user:${user}`
}

/** The extra id a personal chat's reference is kept under; none for a channel or group chat. */
export function personalChatIds(reference: ConversationReferenceJson, user: string): string[] {
  const conversation = reference.conversation as { conversationType?: unknown } | undefined
  if (conversation?.conversationType !== 'personal' || user === '' || user === 'system') return []
  return [personalChatRef(user)]
}

export function teamsPeople(store: StoreView): Pick<PeopleDirectory, 'presence' | 'directChannel'> {
  const known = (user: string) => store.get('conversations', personalChatRef(user))?.platform === 'teams'
  return {
    async presence(user) {
      return known(user) ? 'active' : 'unknown'
    },
    async directChannel(user) {
      return known(user) ? personalChatRef(user) : undefined
    },
  }
}
