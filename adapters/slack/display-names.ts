// users.info display names, cached, for readable logs. Optional: a failed lookup never affects a
// command, and ids stay the identity everywhere else.
import type { SlackClient } from './listener-io.ts'
import { UserInfoCache } from './user-info-cache.ts'

const TTL_MS = 60 * 60 * 1000

export class DisplayNames {
  private readonly names: UserInfoCache<string>

  constructor(client: Pick<SlackClient, 'userInfo'>, nowMs: () => number) {
    this.names = new UserInfoCache(
      (userId) =>
        client
          .userInfo(userId)
          .then((user) => user?.profile?.display_name || user?.real_name || user?.name || undefined)
          .catch(() => undefined),
      TTL_MS,
      nowMs,
    )
  }

  /** The cached name, if any; starts a lookup in the background when missing or old. */
  peek(userId: string): string | undefined {
    const kept = this.names.peek(userId)
    if (!kept?.fresh) void this.names.get(userId)
    return kept?.value
  }
}
