// Where a store keeps its audit trail. The memory store holds every entry; the JSON store
// (journal-audit.ts) holds only each record's first entry and reads the rest back from its
// journal when asked, since old record versions were most of its memory.
import type { AuditEntry } from '../domain/audit.ts'
import type { Staged } from './state.ts'
import type { CollectionName } from './store.ts'

/** Where a committed transaction's line sits in the journal (segment index, byte range). */
export interface LinePlace {
  segment: number
  start: number
  length: number
}

/** A record by collection and id: ids are unique within a collection only. */
export interface RecordRef {
  collection: string
  id: string
}

/** A record whose latest entry removed it, as it was just before. */
export interface RemovedRecord extends RecordRef {
  last: Readonly<Record<string, unknown>>
}

/**
 * What `history` asks of the trail instead of every entry: the live records are in the register,
 * so only the removed ones (few) and the entries of the records it shows need the trail.
 */
export interface AuditLookup {
  /** Every record whose latest entry removed it. */
  removed(): readonly RemovedRecord[]
  /** The entries of these records, in trail order (the order `all()` gives them). */
  entriesOf(records: readonly RecordRef[]): readonly AuditEntry[]
}

export interface AuditTrail extends AuditLookup {
  /** Records a committed transaction's entries; `place` is its journal line, if it has one. */
  add(staged: Staged, place?: LinePlace): void
  /** Every entry, oldest first. */
  all(): readonly AuditEntry[]
  /** The entries of one record id (any collection), oldest first. */
  forRecord(recordId: string): readonly AuditEntry[]
  /** Replaces the `after` of a record's latest entry: the cold open normalised that version. */
  normaliseLast(collection: CollectionName, recordId: string, after: unknown): void
}

/** The removed records, kept up to date entry by entry (a re-added record leaves). */
export class RemovedRecords {
  private readonly records = new Map<string, RemovedRecord>()

  note(entry: AuditEntry): void {
    // The key is built only when needed: a cold open notes every entry, and almost none removes.
    if (entry.after !== null) {
      if (this.records.size > 0) this.records.delete(`${entry.collection}\u0000${entry.recordId}`)
    } else if (entry.before !== null && typeof entry.before === 'object') {
      const last = entry.before as Record<string, unknown>
      const key = `${entry.collection}\u0000${entry.recordId}`
      this.records.set(key, { collection: entry.collection, id: entry.recordId, last })
    }
  }

  list(): readonly RemovedRecord[] {
    return [...this.records.values()]
  }

  /** Puts back a record `list` gave, in list order (a snapshot's). */
  restore(record: RemovedRecord): void {
    this.records.set(`${record.collection}\u0000${record.id}`, record)
  }
}

/** The distinct record ids of `records`, each with the collections wanted under it. */
export function wantedCollections(records: readonly RecordRef[]): Map<string, Set<string>> {
  const wanted = new Map<string, Set<string>>()
  for (const r of records) {
    const collections = wanted.get(r.id)
    if (collections) collections.add(r.collection)
    else wanted.set(r.id, new Set([r.collection]))
  }
  return wanted
}

export class MemoryAuditTrail implements AuditTrail {
  private readonly entries: AuditEntry[] = []
  /** Indexes into `entries`, by record id. */
  private readonly byRecord = new Map<string, number[]>()
  private readonly gone = new RemovedRecords()

  add(staged: Staged): void {
    // A loop, not push(...audit): an import of 100,000 records would overflow the argument limit.
    for (const entry of staged.audit) {
      const list = this.byRecord.get(entry.recordId)
      if (list) list.push(this.entries.length)
      else this.byRecord.set(entry.recordId, [this.entries.length])
      this.entries.push(entry)
      this.gone.note(entry)
    }
  }

  all(): readonly AuditEntry[] {
    return this.entries
  }

  forRecord(recordId: string): readonly AuditEntry[] {
    return (this.byRecord.get(recordId) ?? []).map((i) => this.entries[i]!)
  }

  removed(): readonly RemovedRecord[] {
    return this.gone.list()
  }

  entriesOf(records: readonly RecordRef[]): readonly AuditEntry[] {
    const indexes: number[] = []
    for (const [id, collections] of wantedCollections(records)) {
      for (const i of this.byRecord.get(id) ?? []) {
        if (collections.has(this.entries[i]!.collection)) indexes.push(i)
      }
    }
    return indexes.sort((a, b) => a - b).map((i) => this.entries[i]!)
  }

  normaliseLast(collection: CollectionName, recordId: string, after: unknown): void {
    const index = this.byRecord.get(recordId)?.findLast((i) => this.entries[i]!.collection === collection)
    if (index !== undefined) this.entries[index]!.after = after
  }
}
