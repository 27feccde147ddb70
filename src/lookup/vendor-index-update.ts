// Makes the vendor lookup index follow a vendor write without building it again. The store keeps
// vendors in insertion order and replaces records rather than mutating them, so a write shows as
// one run of changed records between an unchanged head and tail (an edit replaces one in place, an
// add appends one, a remove closes a gap). Only that run is taken out and put back; positions after
// it shift. The result equals a full build, list orders and bucket orders included.
import type { Vendor } from '../domain/vendor.ts'
import { charMask } from './char-mask.ts'
import type { IndexEntry, VendorIndex } from './vendor-index.ts'
import { entryOf, vendorNames } from './vendor-names.ts'

/** Beyond this many changed vendors (an import), a full build is about as quick and simpler. */
const MAX_CHANGED = 256

/**
 * The index of `vendors`, made from `index` (whose maps it takes over: `index` must not be used
 * again), or undefined when too much changed. The same records give `index` itself back.
 */
export function followVendors(index: VendorIndex, vendors: readonly Vendor[]): VendorIndex | undefined {
  const before = index.vendors
  const common = Math.min(before.length, vendors.length)
  let start = 0
  while (start < common && before[start] === vendors[start]) start++
  let tail = 0
  while (tail < common - start && before[before.length - 1 - tail] === vendors[vendors.length - 1 - tail])
    tail++
  if (start === before.length && start === vendors.length) {
    // The same records (another view's array): nothing to follow, and the next call is a hit.
    index.vendors = vendors
    return index
  }
  const oldEnd = before.length - tail
  const newEnd = vendors.length - tail
  if (oldEnd - start > MAX_CHANGED || newEnd - start > MAX_CHANGED) return undefined

  const { byName, byAlias, byWord, entries } = index
  const entryStart = firstEntryOf(entries, start)
  const entryEnd = firstEntryOf(entries, oldEnd)
  const added: IndexEntry[] = []
  for (let v = start; v < newEnd; v++)
    for (const name of vendorNames(vendors[v]!)) if (name.words.length > 0) added.push(entryOf(v, name))

  // Every word of a removed or added entry may change place in its bucket: out now, back at the end.
  const touched = new Set<string>()
  for (let e = entryStart; e < entryEnd; e++) for (const w of entries[e]!.words) touched.add(w)
  for (const entry of added) for (const w of entry.words) touched.add(w)
  const buckets = new Buckets(index)
  for (const w of touched) buckets.remove(w)

  for (let v = start; v < oldEnd; v++)
    for (const name of vendorNames(before[v]!))
      for (const key of name.keys) removeFrom(name.isAlias ? byAlias : byName, key, v)
  for (let e = entryStart; e < entryEnd; e++) for (const w of entries[e]!.words) removeFrom(byWord, w, e)

  const vendorShift = newEnd - oldEnd
  if (vendorShift !== 0 && tail > 0) {
    shift(byName, oldEnd, vendorShift)
    shift(byAlias, oldEnd, vendorShift)
    for (let e = entryEnd; e < entries.length; e++) entries[e]!.vendor += vendorShift
  }
  const entryShift = added.length - (entryEnd - entryStart)
  if (entryShift !== 0 && entryEnd < entries.length) shift(byWord, entryEnd, entryShift)
  entries.splice(entryStart, entryEnd - entryStart, ...added)

  for (let v = start; v < newEnd; v++)
    for (const name of vendorNames(vendors[v]!))
      for (const key of name.keys) insertInto(name.isAlias ? byAlias : byName, key, v)
  added.forEach((entry, k) => {
    for (const w of entry.words) insertInto(byWord, w, entryStart + k)
  })
  for (const w of touched) if (byWord.has(w)) buckets.insert(w, entries, byWord)
  buckets.store()
  return { ...index, vendors }
}

/** Position of the first entry of vendor `v` or later (entries are in vendor order). */
function firstEntryOf(entries: readonly IndexEntry[], v: number): number {
  let lo = 0
  let hi = entries.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (entries[mid]!.vendor < v) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Lists are strictly increasing, so everything at or above `from` is at the end. */
function shift(map: Map<string, number[]>, from: number, by: number): void {
  for (const list of map.values())
    for (let i = list.length - 1; i >= 0 && list[i]! >= from; i--) list[i]! += by
}

function lowerBound(list: readonly number[], value: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (list[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

function removeFrom(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key)
  if (!list) return
  const at = lowerBound(list, value)
  if (list[at] !== value) return
  if (list.length === 1) map.delete(key)
  else list.splice(at, 1)
}

function insertInto(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key)
  if (!list) {
    map.set(key, [value])
    return
  }
  const at = lowerBound(list, value)
  if (list[at] !== value) list.splice(at, 0, value)
}

/** The buckets a write touches, as plain arrays while they change, stored back at the end. */
class Buckets {
  private readonly open = new Map<string, { words: string[]; masks: number[] }>()

  constructor(private readonly index: VendorIndex) {}

  private bucket(first: string) {
    let bucket = this.open.get(first)
    if (!bucket) {
      bucket = {
        words: [...(this.index.buckets.get(first) ?? [])],
        masks: Array.from(this.index.bucketMasks.get(first) ?? []),
      }
      this.open.set(first, bucket)
    }
    return bucket
  }

  remove(word: string): void {
    const bucket = this.bucket(word[0]!)
    const at = bucket.words.indexOf(word)
    if (at < 0) return
    bucket.words.splice(at, 1)
    bucket.masks.splice(at, 1)
  }

  /** A full build lists a word where its first entry first names it. */
  insert(word: string, entries: readonly IndexEntry[], byWord: ReadonlyMap<string, number[]>): void {
    const rank = (w: string) => {
      const e = byWord.get(w)![0]!
      return [e, entries[e]!.words.indexOf(w)] as const
    }
    const [entry, place] = rank(word)
    const bucket = this.bucket(word[0]!)
    let lo = 0
    let hi = bucket.words.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const [e, p] = rank(bucket.words[mid]!)
      if (e < entry || (e === entry && p < place)) lo = mid + 1
      else hi = mid
    }
    bucket.words.splice(lo, 0, word)
    bucket.masks.splice(lo, 0, charMask(word))
  }

  store(): void {
    for (const [first, { words, masks }] of this.open) {
      if (words.length === 0) {
        this.index.buckets.delete(first)
        this.index.bucketMasks.delete(first)
      } else {
        this.index.buckets.set(first, words)
        this.index.bucketMasks.set(first, Int32Array.from(masks))
      }
    }
  }
}
