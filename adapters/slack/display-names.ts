// users.info display names, cached, for readable logs. Optional: a failed lookup never affects a
// command, and ids stay the identity everywhere else.
import type { SlackClient } from './listener-io.ts'

const TTL_MS = 60 * 60 * 1000

export class DisplayNames {
  private readonly cache = new Map<string, { name: string; at: number }>()
  private readonly pending = new Map<string, Promise<string | undefined>>()

  constructor(
    private readonly client: Pick<SlackClient, 'userInfo'>,
    private readonly nowMs: () => number,
  ) {}

  /** The cached name, if any; starts a lookup in the background when missing or old. */
  peek(userId: string): string | undefined {
    const hit = this.cache.get(userId)
    if (!hit || this.nowMs() - hit.at >= TTL_MS) void this.lookup(userId)
    return hit?.name
  }

  lookup(userId: string): Promise<string | undefined> {
    const running = this.pending.get(userId)
    if (running) return running
    const run = this.client
      .userInfo(userId)
      .then((user) => {
        const name = user?.profile?.display_name || user?.real_name || user?.name
        if (name) this.cache.set(userId, { name, at: this.nowMs() })
        return name
      })
      .catch(() => undefined)
      .finally(() => this.pending.delete(userId))
    this.pending.set(userId, run)
    return run
  }
}
