// Remembers recently seen delivery keys (event_id, trigger_id) so a Slack retry of something
// already received is acknowledged without running it again. In memory with a TTL: Slack retries
// within minutes, and a restart between a delivery and its retry is an accepted gap.
export class RecentKeys {
  private readonly seenAt = new Map<string, number>()

  constructor(
    private readonly ttlMs: number,
    private readonly nowMs: () => number,
    private readonly maxKeys = 50_000,
  ) {}

  /** True when `key` was seen within the TTL; otherwise records it and returns false. */
  seen(key: string): boolean {
    const now = this.nowMs()
    const at = this.seenAt.get(key)
    if (at !== undefined && now - at < this.ttlMs) return true
    this.seenAt.set(key, now)
    if (this.seenAt.size > this.maxKeys) this.prune(now)
    return false
  }

  private prune(now: number): void {
    for (const [key, at] of this.seenAt) {
      if (now - at >= this.ttlMs || this.seenAt.size > this.maxKeys) this.seenAt.delete(key)
    }
  }
}

interface DeliveryBody {
  type?: string
  event_id?: string
  command?: string
  trigger_id?: string
  action_ts?: string
  actions?: { action_ts?: string }[]
  view?: { id?: string; hash?: string }
}

/** The key that identifies one delivery across Slack's retries; undefined when there is none. */
export function deliveryKey(body: DeliveryBody): string | undefined {
  if (body.type === 'event_callback' && body.event_id) return `event:${body.event_id}`
  if (body.command && body.trigger_id) return `command:${body.trigger_id}`
  if (body.type && body.trigger_id) return `${body.type}:${body.trigger_id}`
  const actionTs = body.actions?.[0]?.action_ts ?? body.action_ts
  if (body.type && actionTs) return `${body.type}:${actionTs}`
  return undefined
}
