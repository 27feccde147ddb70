// Whether an owner id is a current Slack user (SPEC §11): users.info for an id, users.lookupByEmail
// for an email. "Deleted" and "not found" mean gone; an answer is kept for 24 hours; a failed
// call (network, rate limit) is not kept and reads as "cannot tell". A DM goes to the user id.
import type { PeopleDirectory, Presence } from '../../src/domain/people.ts'
import { slackFailure } from './bolt.ts'
import type { SlackClient } from './listener-io.ts'
import { UserInfoCache } from './user-info-cache.ts'

export const PRESENCE_TTL_MS = 24 * 60 * 60 * 1000

const NOT_FOUND = new Set(['user_not_found', 'users_not_found'])

interface Known {
  presence: Presence
  /** The Slack user id, also when the owner was given as an email. */
  id?: string
}

/** A DM channel reference: chat.postMessage to a user id opens the app's DM with them. */
export function directChannelRef(userId: string): string {
  return `slack:dm:${userId}`
}

export function slackPeople(
  client: Pick<SlackClient, 'userInfo' | 'lookupByEmail'>,
  nowMs: () => number = Date.now,
): Pick<PeopleDirectory, 'presence' | 'directChannel'> {
  // "Deleted" and "not found" are kept; a failed call or an answer without a user is not.
  const users = new UserInfoCache<Known>(
    async (owner) => {
      try {
        const user = owner.includes('@') ? await client.lookupByEmail(owner) : await client.userInfo(owner)
        if (!user?.id) return undefined
        return { presence: user.deleted ? 'gone' : 'active', id: user.id }
      } catch (error) {
        const failure = slackFailure(error)
        return failure.kind === 'platform' && NOT_FOUND.has(failure.code) ? { presence: 'gone' } : undefined
      }
    },
    PRESENCE_TTL_MS,
    nowMs,
  )
  const lookup = async (owner: string): Promise<Known> => (await users.get(owner)) ?? { presence: 'unknown' }

  return {
    async presence(owner) {
      return (await lookup(owner)).presence
    },
    async directChannel(owner) {
      const known = await lookup(owner)
      return known.presence === 'active' && known.id ? directChannelRef(known.id) : undefined
    },
  }
}
