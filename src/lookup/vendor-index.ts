// A lookup index over the vendor register: exact keys for names and aliases, and the distinct
// words of every name bucketed by first letter for typo search. At 10,000 vendors an exact lookup
// is a Map get and a typo search touches one bucket. Building it at 100,000 vendors takes over a
// second, so after a vendor write the one live index follows the changed vendors instead
// (vendor-index-update.ts), giving exactly what a full build would.
import type { Vendor } from '../domain/vendor.ts'
import type { StoreView } from '../store/store.ts'
import { charMask } from './char-mask.ts'
import { followVendors } from './vendor-index-update.ts'
import { entryOf, vendorNames } from './vendor-names.ts'

export { charMask, maskDistance } from './char-mask.ts'

/** A name or an alias of one vendor, as words. */
export interface IndexEntry {
  vendor: number
  words: string[]
  compact: string
  /** Which of a..z and 0..9 occur (bit per character): a cheap lower bound for edit distances. */
  mask: number
  isAlias: boolean
}

export interface VendorIndex {
  vendors: readonly Vendor[]
  /** Exact key → vendor positions, names and aliases kept apart because a name wins. */
  byName: Map<string, number[]>
  byAlias: Map<string, number[]>
  entries: IndexEntry[]
  /** Word → entries containing it. */
  byWord: Map<string, number[]>
  /**
   * First character → the distinct words starting with it, in the order of their first entry
   * (then of their place in that entry's words).
   */
  buckets: Map<string, string[]>
  /** First character → charMask of each word of its bucket, at the same positions. */
  bucketMasks: Map<string, Int32Array>
}

/** Values arrive in increasing order, so a duplicate can only be the last one. */
function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key)
  if (!list) map.set(key, [value])
  else if (list[list.length - 1] !== value) list.push(value)
}

export function buildVendorIndex(vendors: readonly Vendor[]): VendorIndex {
  const index: VendorIndex = {
    vendors,
    byName: new Map(),
    byAlias: new Map(),
    entries: [],
    byWord: new Map(),
    buckets: new Map(),
    bucketMasks: new Map(),
  }
  vendors.forEach((vendor, v) => {
    for (const name of vendorNames(vendor)) {
      for (const key of name.keys) push(name.isAlias ? index.byAlias : index.byName, key, v)
      if (name.words.length === 0) continue
      const e = index.entries.length
      index.entries.push(entryOf(v, name))
      for (const w of name.words) push(index.byWord, w, e)
    }
  })
  for (const word of index.byWord.keys()) {
    const first = word[0]!
    const bucket = index.buckets.get(first)
    if (bucket) bucket.push(word)
    else index.buckets.set(first, [word])
  }
  for (const [first, words] of index.buckets) index.bucketMasks.set(first, Int32Array.from(words, charMask))
  return index
}

// One index is live at a time, and the next one is made from its maps: an index is valid until
// vendorIndex is next asked about different vendor records. Callers use it within one lookup.
let live: VendorIndex | undefined

/** The index of a view's vendors: the live one, made to follow a vendor write, or a new build. */
export function vendorIndex(view: StoreView): VendorIndex {
  const vendors = view.all('vendors')
  if (live?.vendors === vendors) return live
  live = (live && followVendors(live, vendors)) ?? buildVendorIndex(vendors)
  return live
}
