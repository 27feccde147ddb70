// Display names Teams sends with each activity, remembered so a mention can show a name rather
// than an id. A cache only: never stored, bounded, and a missing name falls back to the id.
import type { ChannelAccount } from './activity.ts'

export class NameDirectory {
  private readonly names = new Map<string, string>()

  constructor(private readonly maxEntries = 10_000) {}

  learn(account: ChannelAccount | undefined): void {
    if (!account?.name) return
    for (const id of [account.aadObjectId, account.id]) {
      if (!id) continue
      this.names.delete(id)
      this.names.set(id, account.name)
    }
    while (this.names.size > this.maxEntries) {
      const oldest = this.names.keys().next().value
      if (oldest === undefined) break
      this.names.delete(oldest)
    }
  }

  nameOf = (id: string): string | undefined => this.names.get(id)
}
