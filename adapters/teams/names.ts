// What Teams tells us about people with each activity, remembered so a mention can show a name
// rather than an id, and so a mentioned Teams id ('29:…') can be turned into the Entra object id
// Tickler uses as the user id. A cache only: never stored, bounded, falling back to the id.
import type { ChannelAccount } from './activity.ts'

export class NameDirectory {
  private readonly names = new Map<string, string>()
  private readonly entraIds = new Map<string, string>()

  constructor(private readonly maxEntries = 10_000) {}

  learn(account: ChannelAccount | undefined): void {
    if (!account) return
    if (account.aadObjectId && account.id)
      remember(this.entraIds, account.id, account.aadObjectId, this.maxEntries)
    if (!account.name) return
    for (const id of [account.aadObjectId, account.id]) {
      if (id) remember(this.names, id, account.name, this.maxEntries)
    }
  }

  nameOf = (id: string): string | undefined => this.names.get(id)

  /** The Entra object id of a Teams user id, when that person has spoken to Tickler; else the id. */
  userIdOf = (id: string): string => this.entraIds.get(id) ?? id
}

function remember(map: Map<string, string>, key: string, value: string, max: number): void {
  map.delete(key)
  map.set(key, value)
  while (map.size > max) {
    const oldest = map.keys().next().value
    if (oldest === undefined) break
    map.delete(oldest)
  }
}
