// A lookup index over the vendor register, built once per store revision: exact keys for names
// and aliases, and the distinct words of every name bucketed by first letter for typo search.
// At 10,000 vendors an exact lookup is a Map get and a typo search touches one bucket.
import { keysOf, nameForms } from '../domain/normalize.ts'
import type { Vendor } from '../domain/vendor.ts'
import { revisionCache } from '../store/revision-cache.ts'
import type { StoreView } from '../store/store.ts'

/** A name or an alias of one vendor, as words. */
export interface IndexEntry {
  vendor: number
  words: string[]
  compact: string
  /** Which of a..z and 0..9 occur (bit per character): a cheap lower bound for edit distances. */
  mask: number
  isAlias: boolean
}

/** One bit per letter a..z and digit (all digits share a bit); other characters share the top bit. */
export function charMask(text: string): number {
  let mask = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 97 && c <= 122) mask |= 1 << (c - 97)
    else if (c >= 48 && c <= 57) mask |= 1 << 26
    else mask |= 1 << 27
  }
  return mask
}

/** Edits needed at least to turn one character set into the other. */
export function maskDistance(a: number, b: number): number {
  return Math.max(bits(a & ~b), bits(b & ~a))
}

function bits(n: number): number {
  let count = 0
  for (let x = n; x !== 0; x &= x - 1) count++
  return count
}

export interface VendorIndex {
  vendors: readonly Vendor[]
  /** Exact key → vendor positions, names and aliases kept apart because a name wins. */
  byName: Map<string, number[]>
  byAlias: Map<string, number[]>
  entries: IndexEntry[]
  /** Word → entries containing it. */
  byWord: Map<string, number[]>
  /** First character → the distinct words starting with it. */
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
    const names = [
      { text: vendor.name, isAlias: false },
      ...vendor.aliases.map((a) => ({ text: a, isAlias: true })),
    ]
    for (const { text, isAlias } of names) {
      const forms = nameForms(text)
      for (const key of keysOf(forms)) if (key) push(isAlias ? index.byAlias : index.byName, key, v)
      const words = forms.words
      if (words.length === 0) continue
      const e = index.entries.length
      const compact = words.join('')
      index.entries.push({ vendor: v, words, compact, mask: charMask(compact), isAlias })
      for (const w of words) push(index.byWord, w, e)
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

/** The index of a view's vendors, built again only when a vendor record changes. */
export const vendorIndex: (view: StoreView) => VendorIndex = revisionCache(['vendors'], (view) =>
  buildVendorIndex(view.all('vendors')),
)
