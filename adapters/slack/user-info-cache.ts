// Slack's answers about users (users.info, users.lookupByEmail), kept for a while and asked once
// at a time per user: the display names in the request log and the owner presence the reminder
// sweep needs (SPEC §11) both read Slack through this, each with its own client and lifetime.

export class UserInfoCache<T> {
  private readonly kept = new Map<string, { value: T; at: number }>()
  private readonly pending = new Map<string, Promise<T | undefined>>()

  constructor(
    /** Asks Slack; undefined (a failed call, an answer worth nothing) is not kept. Never rejects. */
    private readonly ask: (key: string) => Promise<T | undefined>,
    private readonly ttlMs: number,
    private readonly nowMs: () => number,
  ) {}

  /** The kept answer, however old, and whether it is still fresh; asks nothing. */
  peek(key: string): { value: T; fresh: boolean } | undefined {
    const hit = this.kept.get(key)
    return hit && { value: hit.value, fresh: this.nowMs() - hit.at < this.ttlMs }
  }

  /** The kept answer while fresh; otherwise asks Slack, joining a call for `key` already running. */
  get(key: string): Promise<T | undefined> {
    const hit = this.peek(key)
    if (hit?.fresh) return Promise.resolve(hit.value)
    const running = this.pending.get(key)
    if (running) return running
    const run = this.ask(key)
      .then((value) => {
        if (value !== undefined) this.kept.set(key, { value, at: this.nowMs() })
        return value
      })
      .finally(() => this.pending.delete(key))
    this.pending.set(key, run)
    return run
  }
}
