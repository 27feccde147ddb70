// After vendor writes the lookup index follows the changed vendors instead of being built again;
// it must be exactly the index a full build gives (lists and bucket orders included), and every
// lookup must answer the same from it.
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import type { Vendor } from '../../src/domain/vendor.ts'
import { buildVendorIndex, type VendorIndex, vendorIndex } from '../../src/lookup/vendor-index.ts'
import { followVendors } from '../../src/lookup/vendor-index-update.ts'
import { findVendor, findVendorIn, type VendorMatch } from '../../src/lookup/vendor-lookup.ts'
import type { Transaction } from '../../src/store/store.ts'
import { storeWithVendors } from '../register/make-vendors.ts'
import { vendor } from '../support/factories.ts'

// Few words, so names share words, buckets and aliases (ambiguous lookups), with accents,
// possessives and a punctuation-only alias that has no words at all.
const WORDS = [
  'contoso',
  'cloud',
  'cloudy',
  'data',
  'datum',
  'fabrikam',
  'fabrikan',
  "lloyd's",
  'zürich',
  'north',
  'northwind',
  'systems',
  'sys',
  'alpha',
  'alpine',
  'ski',
  'micro',
  'microsoft',
  'hp',
  'x1',
]
const ALIASES = ['MSFT', 'HPE', 'Contoso', 'Alpha', '&&', 'Cloud Co', "Lloyd's"]

function rng(seed: number): () => number {
  let s = seed
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648
    return s / 2147483648
  }
}

function randomName(random: () => number): string {
  const n = 1 + Math.floor(random() * 3)
  return Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]!).join(' ')
}

function randomAliases(random: () => number): string[] {
  const n = Math.floor(random() * 3)
  return Array.from({ length: n }, () => ALIASES[Math.floor(random() * ALIASES.length)]!)
}

/** The index with map key order left out (nothing reads it); every list keeps its order. */
function shape(index: VendorIndex) {
  const sorted = <T>(map: Map<string, T>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return {
    vendors: index.vendors,
    byName: sorted(index.byName),
    byAlias: sorted(index.byAlias),
    entries: index.entries,
    byWord: sorted(index.byWord),
    buckets: sorted(index.buckets),
    bucketMasks: sorted(index.bucketMasks).map(([k, masks]) => [k, Array.from(masks)]),
  }
}

function describeMatch(m: VendorMatch): string {
  if (m.kind === 'exact' || m.kind === 'fuzzy') return `${m.kind}:${m.vendor.id}`
  if (m.kind === 'ambiguous') return `ambiguous:${m.candidates.map((v) => v.id).join('|')}`
  return `none:${m.nearest.map((v) => v.id).join('|')}`
}

/** Exact names and aliases, typos, partial names, shared aliases and words matching nothing. */
function queries(vendors: readonly Vendor[], random: () => number): string[] {
  const out = [...ALIASES, ...WORDS, 'contsoo cloud', 'fabrikm', 'northwnd systems', 'zurich', 'qqqq']
  for (let i = 0; i < 6 && vendors.length > 0; i++) {
    const v = vendors[Math.floor(random() * vendors.length)]!
    const at = Math.floor(random() * v.name.length)
    out.push(v.name, `${v.name.slice(0, at)}x${v.name.slice(at + 1)}`, v.name.split(' ')[0]!)
  }
  return out
}

function expectSameAsFullBuild(index: VendorIndex, vendors: readonly Vendor[], random: () => number) {
  const full = buildVendorIndex(vendors)
  expect(shape(index)).toEqual(shape(full))
  for (const q of queries(vendors, random))
    expect([q, describeMatch(findVendorIn(index, q))]).toEqual([q, describeMatch(findVendorIn(full, q))])
}

describe('the vendor index following writes', () => {
  it('equals a full build after random adds, edits (name, aliases, other fields) and removes', () => {
    const random = rng(19)
    let next = 1
    const make = () => vendor(`v${next++}`, randomName(random), { aliases: randomAliases(random) })
    let vendors: Vendor[] = Array.from({ length: 40 }, make)
    let index = buildVendorIndex(vendors)
    for (let step = 0; step < 150; step++) {
      const at = Math.floor(random() * vendors.length)
      const old = vendors[at]!
      const roll = random()
      vendors = [...vendors]
      // As the store orders them: a replaced record keeps its place, a new one goes last.
      if (roll < 0.25) vendors[at] = { ...old, name: randomName(random) }
      else if (roll < 0.45) vendors[at] = { ...old, aliases: randomAliases(random) }
      else if (roll < 0.55) vendors[at] = { ...old, category: `c${step}` }
      else if (roll < 0.75 || vendors.length < 5) vendors.push(make())
      else vendors.splice(at, 1)
      const followed = followVendors(index, vendors)
      // A one-record write must be followed, or this test would only compare full builds.
      expect(followed).toBeDefined()
      index = followed!
      expectSameAsFullBuild(index, vendors, random)
    }
  })

  it('equals a full build after several vendors change at once, and after a change too big to follow', () => {
    const random = rng(7)
    let next = 1
    const make = () => vendor(`v${next++}`, randomName(random), { aliases: randomAliases(random) })
    let vendors: Vendor[] = Array.from({ length: 300 }, make)
    let index = buildVendorIndex(vendors)
    for (let step = 0; step < 30; step++) {
      const count = step % 10 === 9 ? 280 : 1 + Math.floor(random() * 6)
      vendors = [...vendors]
      for (let k = 0; k < count; k++) {
        const at = Math.floor(random() * vendors.length)
        const roll = random()
        if (roll < 0.5) vendors[at] = { ...vendors[at]!, name: randomName(random) }
        else if (roll < 0.75) vendors.push(make())
        else vendors.splice(at, 1)
      }
      index = followVendors(index, vendors) ?? buildVendorIndex(vendors)
      expectSameAsFullBuild(index, vendors, random)
    }
  })

  it('follows the store, including a transaction that reads its own write and is then rejected', async () => {
    const random = rng(23)
    const store = await storeWithVendors(['Contoso Ltd', { name: 'Fabrikam', aliases: ['Fab'] }, 'Northwind'])
    const write = (fn: (tx: Transaction) => void) =>
      store.transact(
        { who: 'U0TEST', at: Temporal.Instant.from('2027-01-02T00:00:00Z'), action: 'vendor edit' },
        fn,
      )
    expect(describeMatch(findVendor(store, 'fab'))).toBe('exact:v2')
    let next = 4
    for (let step = 0; step < 40; step++) {
      const all = store.all('vendors')
      const old = all[Math.floor(random() * all.length)]!
      const roll = random()
      await write((tx) => {
        if (roll < 0.4) tx.put('vendors', { ...old, name: `${randomName(random)} ${step}` })
        else if (roll < 0.6) tx.put('vendors', { ...old, aliases: randomAliases(random) })
        else if (roll < 0.85 || all.length < 3)
          tx.put('vendors', vendor(`v${next++}`, `${randomName(random)} ${step}`))
        else tx.remove('vendors', old.id)
      })
      expectSameAsFullBuild(vendorIndex(store), store.all('vendors'), random)
    }
    const kept = store.all('vendors')[0]!
    await expect(
      write((tx) => {
        tx.put('vendors', { ...kept, name: 'Renamed Holdings' })
        expect(describeMatch(findVendor(tx, 'renamed holdings'))).toBe(`exact:${kept.id}`)
        throw new Error('rejected')
      }),
    ).rejects.toThrow('rejected')
    expect(describeMatch(findVendor(store, 'renamed holdings'))).not.toBe(`exact:${kept.id}`)
    expect(describeMatch(findVendor(store, kept.name))).toBe(`exact:${kept.id}`)
    expectSameAsFullBuild(vendorIndex(store), store.all('vendors'), random)
  })
})
