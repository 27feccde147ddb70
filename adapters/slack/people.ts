// Whether an owner id is a current Slack user (SPEC §11): users.info for an id, users.lookupByEmail
// for an email. "Deleted" and "not found" mean gone; an answer is kept for 24 hours; a failed
// call (network, rate limit) is not kept and reads as "cannot tell". A DM goes to the user id.
import type { PeopleDirectory, Presence } from '../../src/domain/people.ts'
import { slackFailure } from './bolt.ts'
import type { SlackClient } from './listener-io.ts'

export const PRESENCE_TTL_MS = 24 * 60 * 60 * 1000

const NOT_FOUND = new Set(['user_not_found', 'users_not_found'])

interface Known {
  presence: Presence
  /** The Slack user id, also when the owner was given as an email. */
  id?: string
  at: number
}

/** A DM channel reference: chat.postMessage to a user id opens the app's DM with them. */
export function directChannelRef(userId: string): string {
  return `slack:dm:${userId}`
}

export function slackPeople(
  client: Pick<SlackClient, 'userInfo' | 'lookupByEmail'>,
  nowMs: () => number = Date.now,
): Pick<PeopleDirectory, 'presence' | 'directChannel'> {
  const cache = new Map<string, Known>()
  const pending = new Map<string, Promise<Known>>()

  async function ask(owner: string): Promise<Known> {
    try {
      const user = owner.includes('@') ? await client.lookupByEmail(owner) : await client.userInfo(owner)
      if (!user?.id) return { presence: 'unknown', at: nowMs() }
      const known: Known = { presence: user.deleted ? 'gone' : 'active', id: user.id, at: nowMs() }
      cache.set(owner, known)
      return known
    } catch (error) {
      const failure = slackFailure(error)
      if (failure.kind === 'platform' && NOT_FOUND.has(failure.code)) {
        const known: Known = { presence: 'gone', at: nowMs() }
        cache.set(owner, known)
        return known
      }
      return { presence: 'unknown', at: nowMs() }
    }
  }

  function lookup(owner: string): Promise<Known> {
    const hit = cache.get(owner)
    if (hit && nowMs() - hit.at < PRESENCE_TTL_MS) return Promise.resolve(hit)
    const running = pending.get(owner)
    if (running) return running
    const run = ask(owner).finally(() => pending.delete(owner))
    pending.set(owner, run)
    return run
  }

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
