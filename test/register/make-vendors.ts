// Test helper: a MemoryStore holding the given vendors, written the way commands write them.
import { Temporal } from 'temporal-polyfill'
import type { Tier, Vendor } from '../../src/domain/vendor.ts'
import { MemoryStore } from '../../src/store/memory-store.ts'

export interface VendorSeed {
  name: string
  aliases?: string[]
  tier?: Tier
  category?: string
  owner?: string
}

export function vendorRecord(seed: VendorSeed, i: number): Vendor {
  return {
    id: `v${i + 1}`,
    name: seed.name,
    aliases: seed.aliases ?? [],
    category: seed.category ?? '',
    tier: seed.tier ?? 'medium',
    owner: seed.owner ?? '',
    contactEmail: '',
    notes: '',
  }
}

export async function storeWithVendors(seeds: (VendorSeed | string)[]): Promise<MemoryStore> {
  const store = new MemoryStore()
  await store.transact(
    { who: 'test', at: Temporal.Instant.from('2027-01-01T00:00:00Z'), action: 'seed' },
    (tx) => {
      for (const [i, s] of seeds.entries())
        tx.put('vendors', vendorRecord(typeof s === 'string' ? { name: s } : s, i))
    },
  )
  return store
}
