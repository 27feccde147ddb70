// Finds vendor names inside a free-text line ("did Contoso's SOC 2 come in"), with the same
// index and normalisation as the `vendor` command. Free text is full of ordinary words that happen
// to be words of vendor names ("backup", "security"), so a mention must be a whole name or alias
// (typos allowed in longer words), or at least its first two words; never one inner word. A
// first word alone names a vendor only when it is no ordinary word and starts one vendor's name
// ("lodz" for Łódź Software House).
import { nameKeys, nameWords } from '../domain/normalize.ts'
import type { Vendor } from '../domain/vendor.ts'
import { editDistance } from '../lookup/edit-distance.ts'
import { type VendorIndex, vendorIndex } from '../lookup/vendor-index.ts'
import { findVendor } from '../lookup/vendor-lookup.ts'
import type { StoreView } from '../store/store.ts'
import type { Word } from './words.ts'

export interface VendorMention {
  /** One vendor, or several when the words name more than one (a shared alias, a close typo). */
  vendors: Vendor[]
  /** Word positions, inclusive. */
  from: number
  to: number
  exact: boolean
}

const MAX_WORDS = 6
/** Words that never start a vendor name in a sentence. */
const NEVER_FIRST = new Set(
  'the a an for of to on in at with and or is are was were be from by our my me i we you what who how when which any all this that it its please can could'.split(
    ' ',
  ),
)

/** Ordinary words that begin some names ("Fourth Coffee"): never a vendor on their own. */
const NOT_ALONE = new Set(
  'first second third fourth fifth new old general global blue red green united national international data cloud software systems services'.split(
    ' ',
  ),
)

function typosAllowed(length: number): number {
  if (length <= 4) return 0
  if (length <= 7) return 1
  return 2
}

function close(typed: string, word: string): boolean {
  if (typed === word) return true
  const allowed = typosAllowed(typed.length)
  return allowed > 0 && typed[0] === word[0] && editDistance(typed, word, allowed) <= allowed
}

function exactAt(index: VendorIndex, span: string): Vendor[] {
  for (const map of [index.byName, index.byAlias]) {
    const found = new Set<number>()
    for (const key of nameKeys(span)) for (const v of map.get(key) ?? []) found.add(v)
    if (found.size > 0) return [...found].map((v) => index.vendors[v]!)
  }
  return []
}

/** Name and alias entries whose first word the typed word spells with small typos. */
function entriesStartingLike(index: VendorIndex, first: string): number[] {
  if (first.length < 5) return []
  const out: number[] = []
  const allowed = typosAllowed(first.length)
  for (const candidate of index.buckets.get(first[0]!) ?? []) {
    if (Math.abs(candidate.length - first.length) > allowed || !close(first, candidate)) continue
    for (const e of index.byWord.get(candidate) ?? [])
      if (index.entries[e]!.words[0] === candidate) out.push(e)
  }
  return out
}

/** The one vendor whose name starts with this distinctive word, typed exactly. */
function firstWordAlone(index: VendorIndex, first: string): Vendor | undefined {
  if (first.length < 4 || NOT_ALONE.has(first) || !/^\p{L}+$/u.test(first)) return undefined
  const vendors = new Set<number>()
  for (const e of index.byWord.get(first) ?? []) {
    const entry = index.entries[e]!
    if (entry.words[0] !== first || entry.isAlias || entry.words.length < 2) continue
    vendors.add(entry.vendor)
  }
  if (vendors.size !== 1) return undefined
  return index.vendors[[...vendors][0]!]
}

/**
 * How many words after the first go on spelling the vendor's name ("Société Générale" for Société
 * Générale Informatique): they are the name, not the user's own words, so a note or a summary
 * never carries them and they are never left over to ask about.
 */
function nameGoesOn(
  line: string,
  words: readonly Word[],
  i: number,
  limit: number,
  index: VendorIndex,
  first: string,
): number {
  let best = 0
  // Only the one vendor's names start with this word (firstWordAlone).
  for (const e of index.byWord.get(first) ?? []) {
    const entry = index.entries[e]!
    if (entry.words[0] !== first || entry.isAlias) continue
    let n = 1
    while (n < limit && n < entry.words.length) {
      const typed = nameWords(line.slice(words[i + n]!.start, words[i + n]!.end))
      if (typed.length !== 1 || !close(typed[0]!, entry.words[n]!)) break
      n++
    }
    best = Math.max(best, n - 1)
  }
  return best
}

/** Vendors whose name or alias the typed words spell (whole, or its first 2+ words). */
function typoAt(index: VendorIndex, entries: readonly number[], typed: string[]): Vendor[] {
  const found = new Set<number>()
  for (const e of entries) {
    const entry = index.entries[e]!
    if (typed.length > entry.words.length) continue
    if (typed.length < entry.words.length && typed.length < 2) continue
    if (typed.every((w, k) => close(w, entry.words[k]!))) found.add(entry.vendor)
  }
  return [...found].map((v) => index.vendors[v]!)
}

/**
 * `common` says which words are ordinary vocabulary ("incident", "renewals"): they still match a
 * name exactly, but are never read as a typo of one, which also keeps long registers fast.
 */
export function spotVendors(
  line: string,
  words: readonly Word[],
  view: StoreView,
  common: (word: string) => boolean = () => false,
): VendorMention[] {
  const index = vendorIndex(view)
  if (index.vendors.length === 0) return []
  const out: VendorMention[] = []
  let i = 0
  while (i < words.length) {
    const w = words[i]!
    if (w.quoted) {
      const match = findVendor(view, w.text)
      if (match.kind === 'exact' || match.kind === 'fuzzy')
        out.push({ vendors: [match.vendor], from: i, to: i, exact: match.kind === 'exact' })
      else if (match.kind === 'ambiguous')
        out.push({ vendors: match.candidates, from: i, to: i, exact: false })
      i++
      continue
    }
    if (NEVER_FIRST.has(w.norm)) {
      i++
      continue
    }
    let limit = 0
    while (limit < MAX_WORDS && i + limit < words.length && !words[i + limit]!.quoted) limit++
    const found = longestAt(line, words, i, limit, index, common)
    if (found) {
      out.push(found)
      i = found.to + 1
    } else i++
  }
  return out
}

function longestAt(
  line: string,
  words: readonly Word[],
  i: number,
  limit: number,
  index: VendorIndex,
  common: (word: string) => boolean,
): VendorMention | undefined {
  for (let n = limit; n >= 1; n--) {
    const span = line.slice(words[i]!.start, words[i + n - 1]!.end)
    const vendors = exactAt(index, span)
    if (vendors.length > 0) return { vendors, from: i, to: i + n - 1, exact: true }
  }
  const first = nameWords(words[i]!.text)[0]
  if (!first || common(words[i]!.norm)) return undefined
  const alone = firstWordAlone(index, first)
  if (alone)
    return {
      vendors: [alone],
      from: i,
      to: i + nameGoesOn(line, words, i, limit, index, first),
      exact: false,
    }
  const entries = entriesStartingLike(index, first)
  if (entries.length === 0) return undefined
  for (let n = Math.min(limit, 4); n >= 1; n--) {
    const typed = nameWords(line.slice(words[i]!.start, words[i + n - 1]!.end))
    if (typed.length === 0) continue
    const vendors = typoAt(index, entries, typed)
    if (vendors.length > 0) return { vendors, from: i, to: i + n - 1, exact: false }
  }
  return undefined
}
