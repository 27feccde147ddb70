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

export interface AuditTrail {
  /** Records a committed transaction's entries; `place` is its journal line, if it has one. */
  add(staged: Staged, place?: LinePlace): void
  /** Every entry, oldest first. */
  all(): readonly AuditEntry[]
  /** The entries of one record id (any collection), oldest first. */
  forRecord(recordId: string): readonly AuditEntry[]
  /** Replaces the `after` of a record's latest entry: the cold open normalised that version. */
  normaliseLast(collection: CollectionName, recordId: string, after: unknown): void
}

export class MemoryAuditTrail implements AuditTrail {
  private readonly entries: AuditEntry[] = []
  private readonly byRecord = new Map<string, AuditEntry[]>()

  add(staged: Staged): void {
    // A loop, not push(...audit): an import of 100,000 records would overflow the argument limit.
    for (const entry of staged.audit) {
      this.entries.push(entry)
      const list = this.byRecord.get(entry.recordId)
      if (list) list.push(entry)
      else this.byRecord.set(entry.recordId, [entry])
    }
  }

  all(): readonly AuditEntry[] {
    return this.entries
  }

  forRecord(recordId: string): readonly AuditEntry[] {
    return this.byRecord.get(recordId) ?? []
  }

  normaliseLast(collection: CollectionName, recordId: string, after: unknown): void {
    const entry = this.byRecord.get(recordId)?.findLast((a) => a.collection === collection)
    if (entry) entry.after = after
  }
}
