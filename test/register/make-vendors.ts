// Test helper: a MemoryStore holding the given vendors, written the way commands write them.
import type { Tier } from '../../src/domain/vendor.ts'
import { seed } from '../support/context.ts'
import { vendor } from '../support/factories.ts'
import { MemoryStore } from '../support/memory-store.ts'

export interface VendorSeed {
  name: string
  aliases?: string[]
  tier?: Tier
  category?: string
  owner?: string
}

/** Vendors v1, v2, … in the order given; a plain string is just a name. */
export async function storeWithVendors(seeds: (VendorSeed | string)[]): Promise<MemoryStore> {
  const store = new MemoryStore()
  const vendors = seeds.map((s, i) => {
    const { name, ...fields } = typeof s === 'string' ? { name: s } : s
    return vendor(`v${i + 1}`, name, fields)
  })
  await seed(store, { vendors }, '2027-01-01T00:00:00Z')
  return store
}
