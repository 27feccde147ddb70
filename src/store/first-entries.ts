// Each audited record's first audit entry, held as columns: a record's slot indexes a few typed
// arrays instead of owning an object. At 10,000 vendors (120,000 audited records) an object per
// record and a sliced string per audit id were 12.5 of the trail's 20.5 MB; at 100,000 vendors ten
// times that, in a server whose memory goal is 1 GB. Audit ids that are UUIDs (all that Tickler
// writes) stay in packs of 36-character ids, a snapshot's own packs included, cut out when asked.
import { isPackable, UUID_LENGTH } from './trail-index.ts'
import type { TxHeader } from './trail-save.ts'

/** Ids added one by one are joined into a pack of this many. */
const PACK = 256
/** Int32 columns per slot: collection, header, change index, pack, offset in the pack. */
const WIDTH = 5
/** The pack number of an audit id held as it is (not a UUID): see `loose`. */
const LOOSE = -1

export interface FirstEntry {
  audit: string
  collection: string
  header: TxHeader
  /** The change's index within its transaction. */
  index: number
  after: unknown
}

export class FirstEntries {
  private readonly slots = new Map<string, number>()
  private ints = new Int32Array(WIDTH * 1024)
  private readonly afters: unknown[] = []
  /**
   * Later entries as [line, change index] pairs, by slot. Only slots that have some are ever set,
   * so a register of records never changed holds no column here (one undefined per record was
   * 1.4 MB at 10,000 vendors); while few are set V8 keeps the array sparse, like a map.
   */
  private readonly laters: (number[] | undefined)[] = []
  private readonly collections: string[] = []
  private readonly collectionCodes = new Map<string, number>()
  /** Shared by the first entries of one transaction. */
  readonly headers: TxHeader[] = []
  private readonly packs: string[] = []
  /** UUIDs added one by one since the last pack was joined. */
  private open: string[] = []
  private readonly loose = new Map<number, string>()

  get size(): number {
    return this.slots.size
  }

  slot(recordId: string): number | undefined {
    return this.slots.get(recordId)
  }

  /** Record ids with their slots, in the order they were added (entries added meanwhile too). */
  entries(): IterableIterator<[string, number]> {
    return this.slots.entries()
  }

  addHeader(header: TxHeader): number {
    return this.headers.push(header) - 1
  }

  /** A first entry whose audit id is one more string. */
  add(
    recordId: string,
    audit: string,
    collection: string,
    header: number,
    index: number,
    after: unknown,
  ): void {
    const slot = this.push(recordId, collection, header, index, after)
    if (!isPackable(audit)) {
      this.setAudit(slot, LOOSE, 0)
      this.loose.set(slot, audit)
      return
    }
    this.setAudit(slot, this.packs.length, this.open.length * UUID_LENGTH)
    this.open.push(audit)
    if (this.open.length === PACK) {
      this.packs.push(this.open.join(''))
      this.open = []
    }
  }

  /** A snapshot's pack of concatenated UUIDs, for addPacked. */
  addPack(pack: string): number {
    if (this.open.length > 0) {
      this.packs.push(this.open.join(''))
      this.open = []
    }
    return this.packs.push(pack) - 1
  }

  /** A first entry whose audit id is the UUID at `at` in pack `pack` (addPack). */
  addPacked(
    recordId: string,
    pack: number,
    at: number,
    collection: string,
    header: number,
    index: number,
    after: unknown,
  ): void {
    this.setAudit(this.push(recordId, collection, header, index, after), pack, at)
  }

  audit(slot: number): string {
    const pack = this.ints[slot * WIDTH + 3]!
    const at = this.ints[slot * WIDTH + 4]!
    if (pack === LOOSE) return this.loose.get(slot)!
    if (pack === this.packs.length) return this.open[at / UUID_LENGTH]!
    return this.packs[pack]!.slice(at, at + UUID_LENGTH)
  }

  collection(slot: number): string {
    return this.collections[this.ints[slot * WIDTH]!]!
  }

  headerIndex(slot: number): number {
    return this.ints[slot * WIDTH + 1]!
  }

  header(slot: number): TxHeader {
    return this.headers[this.headerIndex(slot)]!
  }

  index(slot: number): number {
    return this.ints[slot * WIDTH + 2]!
  }

  after(slot: number): unknown {
    return this.afters[slot]
  }

  /** Only while a store opens (normaliseLast), before any snapshot is saved from these columns. */
  setAfter(slot: number, after: unknown): void {
    this.afters[slot] = after
  }

  later(slot: number): readonly number[] | undefined {
    return this.laters[slot]
  }

  setLater(slot: number, later: number[]): void {
    this.laters[slot] = later
  }

  pushLater(slot: number, line: number, index: number): void {
    const later = this.laters[slot]
    if (later) later.push(line, index)
    else this.laters[slot] = [line, index]
  }

  /** The whole first entry, for the few readers that want one. */
  entry(slot: number): FirstEntry {
    return {
      audit: this.audit(slot),
      collection: this.collection(slot),
      header: this.header(slot),
      index: this.index(slot),
      after: this.after(slot),
    }
  }

  /** Room for `count` slots in all: a restore knows its size, where doubling would leave up to half unused. */
  reserve(count: number): void {
    if (count * WIDTH <= this.ints.length) return
    const grown = new Int32Array(count * WIDTH)
    grown.set(this.ints)
    this.ints = grown
  }

  private push(recordId: string, collection: string, header: number, index: number, after: unknown): number {
    const slot = this.slots.size
    if ((slot + 1) * WIDTH > this.ints.length) this.reserve(Math.ceil((slot + 1) * 1.5))
    let code = this.collectionCodes.get(collection)
    if (code === undefined) {
      code = this.collections.push(collection) - 1
      this.collectionCodes.set(collection, code)
    }
    const base = slot * WIDTH
    this.ints[base] = code
    this.ints[base + 1] = header
    this.ints[base + 2] = index
    this.slots.set(recordId, slot)
    this.afters.push(after)
    return slot
  }

  private setAudit(slot: number, pack: number, at: number): void {
    this.ints[slot * WIDTH + 3] = pack
    this.ints[slot * WIDTH + 4] = at
  }
}
