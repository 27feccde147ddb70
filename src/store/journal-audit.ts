// The JSON store's audit trail, read back from the journal when asked instead of held in memory:
// old record versions were most of the store's memory. Memory keeps each record's first entry
// (its `after` is usually the current record itself, so it costs little; "when was it added"
// stays free for the reminder sweep) and, for later entries, where their line and change are.
// `before` is not in the journal: it is the previous entry's `after` for the same record.
// The first entry is kept as its parts, in columns (first-entries.ts), not as an AuditEntry:
// who/when/what are shared by every change of its transaction, and a whole entry per record was a
// third of a 10,000-vendor store's heap. An entry object is built only when asked for.
import { setImmediate as turn } from 'node:timers/promises'
import type { AuditEntry } from '../domain/audit.ts'
import {
  type AuditTrail,
  type LinePlace,
  type RecordRef,
  type RemovedRecord,
  RemovedRecords,
  wantedCollections,
} from './audit-trail.ts'
import { FirstEntries } from './first-entries.ts'
import { lineHeader } from './journal-format.ts'
import { JournalLines, type RawChange, type RawLine, type SegmentExtent } from './journal-lines.ts'
import type { Staged } from './state.ts'
import { type CollectionName, UNAUDITED } from './store.ts'
import { firstEntryCount, type TrailHead, type TrailPart, unpackPart } from './trail-index.ts'
import type { FrozenTrail } from './trail-save.ts'

/** Parts of a restored index (250 records each) unpacked between two yields: about 2 ms. */
const UNPACK_STEP = 8

/** An entry with its place in trail order: transaction, then change index within it. */
interface Placed {
  entry: AuditEntry
  tx: number
  index: number
}

export class JournalAuditTrail implements AuditTrail {
  /** The lines that hold a later entry. */
  private readonly lines: JournalLines
  private readonly firsts = new FirstEntries()
  private readonly gone = new RemovedRecords()
  private transactions = 0
  /** `after` values the cold open normalised, by "segment:start:change". */
  private readonly normalised = new Map<string, unknown>()
  /** First entries whose `before` was not null (none, unless a file was edited by hand). */
  private readonly firstBefore = new Map<string, unknown>()
  /**
   * A snapshot's index not yet unpacked (parts before `next` are), and the lines added since (see
   * restoreIndex).
   */
  private pending:
    | {
        head: TrailHead
        parts: readonly TrailPart[]
        next: number
        queued: [Staged, LinePlace | undefined][]
      }
    | undefined

  constructor(dir: string, extent: () => readonly SegmentExtent[]) {
    this.lines = new JournalLines(dir, extent)
  }

  add(staged: Staged, place?: LinePlace): void {
    if (this.pending) {
      this.pending.queued.push([staged, place])
      return
    }
    const tx = this.transactions++
    let line = -1
    let header: number | undefined
    let k = 0
    for (let index = 0; index < staged.changes.length; index++) {
      if (UNAUDITED.has(staged.changes[index]!.collection)) continue
      const entry = staged.audit[k++]!
      this.gone.note(entry)
      const slot = this.firsts.slot(entry.recordId)
      if (slot === undefined) {
        const { at, who, action, requestId } = entry
        header ??= this.firsts.addHeader({ tx, at, who, action, requestId })
        if (entry.before !== null) this.firstBefore.set(entry.recordId, entry.before)
        this.firsts.add(entry.recordId, entry.id, entry.collection, header, index, entry.after)
        continue
      }
      if (!place) throw new Error('the journal audit trail needs the line of every change')
      if (line < 0) line = this.lines.add(place, tx)
      this.firsts.pushLater(slot, line, index)
    }
  }

  all(): readonly AuditEntry[] {
    this.ready()
    const out: AuditEntry[] = []
    const last = new Map<string, unknown>()
    const seen = new Set<string>()
    this.lines.scan((raw, segment, start) => {
      raw.changes.forEach((c, index) => {
        if (typeof c.audit !== 'string' || c.audit === '') return
        const key = `${c.collection}\u0000${c.id}`
        let entry: AuditEntry
        if (seen.has(c.id)) {
          entry = this.entry(raw, c, `${segment}:${start}:${index}`, last.get(key))
        } else {
          seen.add(c.id)
          entry = this.first(c.id, this.firsts.slot(c.id)!)
        }
        last.set(key, entry.after)
        out.push(entry)
      })
    })
    return out
  }

  forRecord(recordId: string): readonly AuditEntry[] {
    this.ready()
    const slot = this.firsts.slot(recordId)
    if (slot === undefined) return []
    if (!this.firsts.later(slot)) return [this.first(recordId, slot)]
    return this.placed(recordId, slot, new Map()).map((p) => p.entry)
  }

  removed(): readonly RemovedRecord[] {
    this.ready()
    return this.gone.list()
  }

  /** Positioned reads of these records' lines only, each line read once. */
  entriesOf(records: readonly RecordRef[]): readonly AuditEntry[] {
    this.ready()
    const out: Placed[] = []
    const read = new Map<number, RawLine>()
    for (const [id, collections] of wantedCollections(records)) {
      const slot = this.firsts.slot(id)
      if (slot === undefined) continue
      for (const p of this.placed(id, slot, read)) if (collections.has(p.entry.collection)) out.push(p)
    }
    out.sort((a, b) => a.tx - b.tx || a.index - b.index)
    return out.map((p) => p.entry)
  }

  normaliseLast(collection: CollectionName, recordId: string, after: unknown): void {
    this.ready()
    const slot = this.firsts.slot(recordId)
    if (slot === undefined) return
    const later = this.firsts.later(slot) ?? []
    for (let i = later.length - 2; i >= 0; i -= 2) {
      const raw = this.lines.read(later[i]!)
      if (raw.changes[later[i + 1]!]!.collection === collection) {
        this.normalised.set(this.lines.key(later[i]!, later[i + 1]!), after)
        return
      }
    }
    if (this.firsts.collection(slot) === collection) this.firsts.setAfter(slot, after)
  }

  /**
   * The index as it stands, for a snapshot of this revision that trail-save.ts builds from it a
   * step at a time while later commits go on adding to it: the few small tables are copied now.
   */
  freeze(): FrozenTrail {
    this.ready()
    return {
      transactions: this.transactions,
      lines: this.lines.count,
      allLines: this.lines.flat,
      firsts: this.firsts,
      removed: this.gone.list().map((r) => [r.collection, r.id, r.last]),
      normalised: [...this.normalised],
      firstBefore: [...this.firstBefore],
    }
  }

  /**
   * Takes over a snapshot's index (checked as it was read: snapshot-file.ts), before any line is
   * added. It is unpacked at the first use of the trail, not now: a start answers /healthz
   * without it, and the first history or reminder sweep pays the unpacking once (about 100 ms at
   * 10,000 vendors, with no parsing), unless the next snapshot has unpacked it a step at a time
   * before (unpackSome). Lines added before that wait in order.
   */
  restoreIndex(head: TrailHead, parts: readonly TrailPart[]): void {
    if (this.transactions > 0 || this.pending)
      throw new Error('a trail index is restored only into an empty trail')
    // The headers' indices in the snapshot are theirs in `firsts`: it is empty until now.
    for (const [tx, at, who, action, requestId] of head.headers)
      this.firsts.addHeader({ tx, at, who, action, requestId })
    this.firsts.reserve(firstEntryCount(head, parts))
    this.pending = { head, parts, queued: [], next: 0 }
  }

  /** Unpacks a restored index, then adds the lines that came after it. */
  private ready(): void {
    this.unpackSome(Number.POSITIVE_INFINITY)
  }

  /**
   * Unpacks a restored index a few parts at a time (about 2 ms a step), the event loop free
   * between steps, so requests go on meanwhile; whatever needs the trail first unpacks the rest.
   */
  async unpackInSteps(): Promise<void> {
    while (!this.unpackSome(UNPACK_STEP)) await turn()
  }

  /**
   * Unpacks up to `count` more parts of a restored index; true once it is all unpacked. A
   * snapshot due soon after a start unpacks it so, between requests, instead of at once (about
   * 100 ms at 10,000 vendors); anything that needs the trail meanwhile unpacks the rest.
   */
  unpackSome(count: number): boolean {
    const pending = this.pending
    if (!pending) return true
    const { head, parts } = pending
    const end = Math.min(parts.length, pending.next + count)
    for (; pending.next < end; pending.next++) unpackPart(this.firsts, parts[pending.next]!)
    if (pending.next < parts.length) return false
    this.pending = undefined
    for (const [id, audit, collection, header, index, [after], later] of head.other) {
      this.firsts.add(id, audit, collection, header, index, after)
      if (later) this.firsts.setLater(this.firsts.size - 1, later)
    }
    this.transactions = head.transactions
    this.lines.restore(head.lines)
    for (const [collection, id, last] of head.removed) this.gone.restore({ collection, id, last })
    for (const [key, value] of head.normalised) this.normalised.set(key, value)
    for (const [id, value] of head.firstBefore) this.firstBefore.set(id, value)
    for (const [staged, place] of pending.queued) this.add(staged, place)
    return true
  }

  close(): void {
    this.lines.close()
  }

  private entry(raw: unknown, c: RawChange, key: string, before: unknown): AuditEntry {
    const header = lineHeader(raw)
    return {
      id: c.audit!,
      at: header.at,
      who: header.who,
      action: header.action,
      collection: c.collection,
      recordId: c.id,
      before: before ?? null,
      after: this.normalised.has(key) ? this.normalised.get(key) : c.after,
      requestId: header.requestId,
    }
  }

  private first(recordId: string, slot: number): AuditEntry {
    const { audit, collection, header, after } = this.firsts.entry(slot)
    const { at, who, action, requestId } = header
    return {
      id: audit,
      at,
      who,
      action,
      collection,
      recordId,
      before: this.firstBefore.get(recordId) ?? null,
      after,
      requestId,
    }
  }

  /** A record's entries, oldest first, with their trail order; `read` caches lines by index. */
  private placed(recordId: string, slot: number, read: Map<number, RawLine>): Placed[] {
    const firsts = this.firsts
    const out: Placed[] = [
      { entry: this.first(recordId, slot), tx: firsts.header(slot).tx, index: firsts.index(slot) },
    ]
    const later = firsts.later(slot) ?? []
    const last = new Map<string, unknown>([[firsts.collection(slot), firsts.after(slot)]])
    for (let i = 0; i < later.length; i += 2) {
      const line = later[i]!
      const index = later[i + 1]!
      let raw = read.get(line)
      if (!raw) {
        raw = this.lines.read(line)
        read.set(line, raw)
      }
      const c = raw.changes[index]!
      const entry = this.entry(raw, c, this.lines.key(line, index), last.get(c.collection))
      last.set(c.collection, entry.after)
      out.push({ entry, tx: this.lines.tx(line), index })
    }
    return out
  }
}
