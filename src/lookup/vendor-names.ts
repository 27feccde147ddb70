// The compared forms of one vendor's name and aliases, worked out once per vendor record. Records
// are replaced, never mutated, so a record already seen needs no second normalisation when the
// lookup index is built again or follows a write: only new and edited records cost any.
import { keysOf, nameForms } from '../domain/normalize.ts'
import type { Vendor } from '../domain/vendor.ts'
import { charMask } from './char-mask.ts'
import type { IndexEntry } from './vendor-index.ts'

export interface VendorName {
  isAlias: boolean
  /** Exact keys ('' never: a name without letters or digits matches nothing exactly). */
  keys: string[]
  words: string[]
  compact: string
  mask: number
}

const known = new WeakMap<Vendor, readonly VendorName[]>()

// The same few thousand words ("systems", "gmbh", "cloud") recur across 100,000 vendor names:
// kept once each, the names of every vendor (held above for as long as its record) take half the
// heap. Bounded like boundedMemo: past the limit it starts again, so an interned word is only ever
// a copy not shared, never a wrong one.
const WORDS_KEPT = 1 << 18
const words = new Map<string, string>()

function interned(word: string): string {
  const hit = words.get(word)
  if (hit !== undefined) return hit
  if (words.size >= WORDS_KEPT) words.clear()
  words.set(word, word)
  return word
}

function formsOf(text: string, isAlias: boolean): VendorName {
  const forms = nameForms(text)
  const compact = forms.words.join('')
  return {
    isAlias,
    // The first key is the compact form itself: one string, not two equal ones.
    keys: keysOf(forms)
      .filter((key) => key !== '')
      .map((key) => (key === compact ? compact : key)),
    words: forms.words.map(interned),
    compact,
    mask: charMask(compact),
  }
}

/** The vendor's name first, then its aliases in order. */
export function vendorNames(vendor: Vendor): readonly VendorName[] {
  let names = known.get(vendor)
  if (!names) {
    names = [formsOf(vendor.name, false), ...vendor.aliases.map((a) => formsOf(a, true))]
    known.set(vendor, names)
  }
  return names
}

/** The index entry of a name with words, for the vendor at position `vendor`. */
export function entryOf(vendor: number, name: VendorName): IndexEntry {
  return { vendor, words: name.words, compact: name.compact, mask: name.mask, isAlias: name.isAlias }
}
