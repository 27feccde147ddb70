// Finds the vendor a user typed (SPEC §4.1): an exact name or alias always wins; otherwise typo
// and partial matches are ranked, and only one clearly best match counts as "the" vendor.
import uFuzzy from '@leeoniya/ufuzzy'
import { nameKeys, nameWords } from '../domain/normalize.ts'
import type { Vendor } from '../domain/vendor.ts'
import type { StoreView } from '../store/store.ts'
import { editDistance } from './edit-distance.ts'
import { charMask, maskDistance, type VendorIndex, vendorIndex } from './vendor-index.ts'

export type VendorMatch =
  | { kind: 'exact'; vendor: Vendor }
  | { kind: 'fuzzy'; vendor: Vendor }
  | { kind: 'ambiguous'; candidates: Vendor[] }
  | { kind: 'none'; nearest: Vendor[] }

const byName = new Intl.Collator('en')
const MAX_CANDIDATES = 10
const MAX_NEAREST = 3
/** Candidates whose cost is within this of the best are "close" and make a pick list. */
const CLOSE = 1
/** A word typed as a prefix of a name word ("micro" for Microsoft) costs half a typo. */
const PREFIX_COST = 0.5

// One error (substitution, transposition, insertion, deletion) per term; the first letter must
// be right, which is what lets the search stay inside one first-letter bucket.
const fuzzy = new uFuzzy({ intraMode: 1, intraIns: 1, intraSub: 1, intraTrn: 1, intraDel: 1 })

/** Typos tolerated in a typed word of this length. */
function allowedTypos(length: number): number {
  if (length <= 3) return 0
  if (length <= 7) return 1
  return 2
}

/**
 * `withNearest: false` leaves a 'none' match's nearest names out: finding them is a scan of every
 * name, and a caller trying several runs of words needs them only when no run matches.
 */
export function findVendor(view: StoreView, query: string, withNearest = true): VendorMatch {
  return findVendorIn(vendorIndex(view), query, withNearest)
}

/** The nearest names to what was typed, as a 'none' match of findVendor lists them. */
export function nearestVendors(view: StoreView, query: string): Vendor[] {
  const words = nameWords(query)
  return words.length === 0 ? [] : nearest(vendorIndex(view), words.join(''))
}

/** The same lookup in a given index (a test compares an index that followed writes with a fresh one). */
export function findVendorIn(index: VendorIndex, query: string, withNearest = true): VendorMatch {
  const exact = exactMatch(index, query)
  if (exact) return exact
  const words = nameWords(query)
  if (words.length === 0) return { kind: 'none', nearest: [] }
  const ranked = rank(index, words)
  if (ranked.length === 0) return { kind: 'none', nearest: withNearest ? nearest(index, words.join('')) : [] }
  const best = ranked[0]!
  const close = ranked.filter((c) => c.cost < best.cost + CLOSE)
  if (close.length === 1) return { kind: 'fuzzy', vendor: index.vendors[best.vendor]! }
  return {
    kind: 'ambiguous',
    candidates: close.slice(0, MAX_CANDIDATES).map((c) => index.vendors[c.vendor]!),
  }
}

function exactMatch(index: VendorIndex, query: string): VendorMatch | undefined {
  for (const map of [index.byName, index.byAlias]) {
    const found = new Set<number>()
    for (const key of nameKeys(query)) for (const v of map.get(key) ?? []) found.add(v)
    if (found.size === 1) return { kind: 'exact', vendor: index.vendors[[...found][0]!]! }
    // Two vendors sharing an alias: a name or a pick, never a guess.
    if (found.size > 1) return { kind: 'ambiguous', candidates: [...found].map((v) => index.vendors[v]!) }
  }
  return undefined
}

// A command tries each leading run of words as the vendor ("acme cloud ltd p1", "acme cloud ltd",
// …), so the same typed word is looked up several times per request: remember the answers for the
// index they came from. Bounded, since typed words are unbounded.
let remembered: { index: VendorIndex; words: Map<string, ReadonlyMap<string, number>> } | undefined
const REMEMBERED_WORDS = 256

function wordCandidates(index: VendorIndex, word: string): ReadonlyMap<string, number> {
  if (remembered?.index !== index) remembered = { index, words: new Map() }
  let found = remembered.words.get(word)
  if (!found) {
    if (remembered.words.size >= REMEMBERED_WORDS) remembered.words.clear()
    found = computeWordCandidates(index, word)
    remembered.words.set(word, found)
  }
  return found
}

/** Name words a typed word may stand for, with what each costs (0 exact, ½ prefix, n typos). */
function computeWordCandidates(index: VendorIndex, word: string): Map<string, number> {
  const out = new Map<string, number>()
  if (index.byWord.has(word)) out.set(word, 0)
  if (word.length < 3) return out
  const bucket = index.buckets.get(word[0]!)
  if (!bucket) return out
  const allowed = allowedTypos(word.length)
  const costs = new Map<number, number>()
  for (const i of closeWords(index, bucket, word, allowed)) {
    const candidate = bucket[i]!
    if (out.has(candidate)) continue
    if (candidate.startsWith(word)) costs.set(i, PREFIX_COST)
    else {
      const d = editDistance(word, candidate, allowed)
      if (d <= allowed) costs.set(i, d)
    }
  }
  // The fuzzy filter's verdict is asked last, and only about words that pass the rest: building
  // its regular expression costs more than all the checks above over a whole bucket.
  if (costs.size === 0) return out
  for (const i of fuzzy.filter(bucket, word, [...costs.keys()]) ?? []) out.set(bucket[i]!, costs.get(i)!)
  return out
}

/**
 * Positions of the bucket's words that could be a prefix extension of the typed word, or close
 * enough in length and letters to be within `allowed` edits of it.
 */
function closeWords(index: VendorIndex, bucket: readonly string[], word: string, allowed: number): number[] {
  const masks = index.bucketMasks.get(word[0]!)!
  const mask = charMask(word)
  const out: number[] = []
  for (let i = 0; i < bucket.length; i++) {
    const candidate = bucket[i]!
    const near =
      Math.abs(candidate.length - word.length) <= allowed && maskDistance(mask, masks[i]!) <= allowed
    if (near || (candidate.length > word.length && candidate.startsWith(word))) out.push(i)
  }
  return out
}

interface Ranked {
  vendor: number
  cost: number
  uncovered: number
  name: string
}

/** Vendors every typed word matches a word of (name or alias), cheapest first. */
function rank(index: VendorIndex, words: string[]): Ranked[] {
  const perWord = words.map((w) => wordCandidates(index, w))
  if (perWord.some((m) => m.size === 0)) return []
  // Entries that contain a candidate for the rarest typed word, then checked against the others.
  const rarest = perWord.reduce((a, b) => (a.size <= b.size ? a : b))
  const entries = new Set<number>()
  for (const w of rarest.keys()) for (const e of index.byWord.get(w) ?? []) entries.add(e)
  const best = new Map<number, Ranked>()
  for (const e of entries) {
    const entry = index.entries[e]!
    let cost = 0
    const used = new Set<string>()
    let ok = true
    for (const candidates of perWord) {
      let wordCost = Number.POSITIVE_INFINITY
      let wordUsed = ''
      for (const w of entry.words) {
        const c = candidates.get(w)
        if (c !== undefined && c < wordCost) {
          wordCost = c
          wordUsed = w
        }
      }
      if (wordCost === Number.POSITIVE_INFINITY) {
        ok = false
        break
      }
      cost += wordCost
      used.add(wordUsed)
    }
    if (!ok) continue
    const uncovered = entry.words.filter((w) => !used.has(w)).length
    const vendor = index.vendors[entry.vendor]!
    const ranked: Ranked = { vendor: entry.vendor, cost, uncovered, name: vendor.name }
    const prev = best.get(entry.vendor)
    if (!prev || compare(ranked, prev) < 0) best.set(entry.vendor, ranked)
  }
  return [...best.values()].sort(compare)
}

function compare(a: Ranked, b: Ranked): number {
  return a.cost - b.cost || a.uncovered - b.uncovered || byName.compare(a.name, b.name)
}

/** The few names closest to what was typed, for "no vendor named …; nearest: …". */
function nearest(index: VendorIndex, compact: string): Vendor[] {
  const max = Math.max(2, Math.floor(compact.length / 2))
  const mask = charMask(compact)
  const best = new Map<number, number>()
  for (const entry of index.entries) {
    // Each character typed that the name lacks (or the reverse) costs an edit at least.
    if (Math.min(maskDistance(mask, entry.mask), bitsMissing(mask, entry.mask) + 1) > max) continue
    const d = Math.min(
      editDistance(compact, entry.compact, max),
      editDistance(compact, entry.compact.slice(0, compact.length), max) + 1,
    )
    if (d > max) continue
    const prev = best.get(entry.vendor)
    if (prev === undefined || d < prev) best.set(entry.vendor, d)
  }
  return [...best.entries()]
    .sort((a, b) => a[1] - b[1] || byName.compare(index.vendors[a[0]]!.name, index.vendors[b[0]]!.name))
    .slice(0, MAX_NEAREST)
    .map(([v]) => index.vendors[v]!)
}

/** Characters typed that the name does not contain at all: a prefix comparison still pays these. */
function bitsMissing(typed: number, name: number): number {
  let count = 0
  for (let x = typed & ~name; x !== 0; x &= x - 1) count++
  return count
}
