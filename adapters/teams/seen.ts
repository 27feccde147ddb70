// Activity ids already handled, so a redelivery (Teams retries when a reply takes over 15 s) never
// runs a command twice. In memory with a time-to-live and a size cap; the time source is monotonic
// process time, not the business clock, which `serve --now` may hold still.
import { performance } from 'node:perf_hooks'

export class SeenSet {
  private readonly entries = new Map<string, number>()

  constructor(
    private readonly ttlMs = 30 * 60 * 1000,
    private readonly maxEntries = 50_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** True if `key` was seen within the TTL; otherwise records it and returns false. */
  seen(key: string): boolean {
    const at = this.now()
    this.expire(at)
    const previous = this.entries.get(key)
    if (previous !== undefined && at - previous < this.ttlMs) return true
    this.entries.set(key, at)
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value
      if (oldest !== undefined) this.entries.delete(oldest)
    }
    return false
  }

  get size(): number {
    return this.entries.size
  }

  private expire(at: number): void {
    // Insertion order is time order, so expiry stops at the first live entry.
    for (const [key, when] of this.entries) {
      if (at - when < this.ttlMs) break
      this.entries.delete(key)
    }
  }
}
