// The JSON store's audit trail, read back from the journal when asked instead of held in memory:
// old record versions were most of the store's memory. Memory keeps each record's first entry
// (its `after` is usually the current record itself, so it costs little; "when was it added"
// stays free for the reminder sweep) and, for later entries, where their line and change are.
// `before` is not in the journal: it is the previous entry's `after` for the same record.
import { closeSync, openSync } from 'node:fs'
import path from 'node:path'
import type { AuditEntry } from '../domain/audit.ts'
import type { AuditTrail, LinePlace } from './audit-trail.ts'
import { lineHeader } from './journal-format.ts'
import { readRange, scanLinesSync } from './line-scanner-sync.ts'
import type { Staged } from './state.ts'
import { type CollectionName, UNAUDITED } from './store.ts'

/** A journal file and the offset just past the last line the store has applied. */
export interface SegmentExtent {
  name: string
  end: number
}

interface RecordTrail {
  first: AuditEntry
  /** Later entries as [line, change index] pairs; `line` indexes `lines`. */
  later: number[] | undefined
}

interface RawChange {
  collection: string
  id: string
  audit?: string
  after: unknown
}

export class JournalAuditTrail implements AuditTrail {
  /** [segment, start, length] per line that holds a later entry. */
  private readonly lines: number[] = []
  private readonly byRecord = new Map<string, RecordTrail>()
  /** `after` values the cold open normalised, by "segment:start:change". */
  private readonly normalised = new Map<string, unknown>()
  private readonly fds = new Map<string, number>()

  constructor(
    private readonly dir: string,
    private readonly extent: () => readonly SegmentExtent[],
  ) {}

  add(staged: Staged, place?: LinePlace): void {
    let line = -1
    let k = 0
    for (let index = 0; index < staged.changes.length; index++) {
      if (UNAUDITED.has(staged.changes[index]!.collection)) continue
      const entry = staged.audit[k++]!
      const trail = this.byRecord.get(entry.recordId)
      if (!trail) {
        this.byRecord.set(entry.recordId, { first: entry, later: undefined })
        continue
      }
      if (!place) throw new Error('the journal audit trail needs the line of every change')
      if (line < 0) {
        line = this.lines.length / 3
        this.lines.push(place.segment, place.start, place.length)
      }
      trail.later ??= []
      trail.later.push(line, index)
    }
  }

  all(): readonly AuditEntry[] {
    const out: AuditEntry[] = []
    const last = new Map<string, unknown>()
    const seen = new Set<string>()
    const segments = this.extent()
    for (let s = 0; s < segments.length; s++) {
      scanLinesSync(this.fd(segments[s]!.name), 0, segments[s]!.end, (text, start) => {
        const raw = JSON.parse(text) as { changes: RawChange[] }
        raw.changes.forEach((c, index) => {
          if (typeof c.audit !== 'string' || c.audit === '') return
          const key = `${c.collection}\u0000${c.id}`
          let entry: AuditEntry
          if (seen.has(c.id)) {
            entry = this.entry(raw, c, `${s}:${start}:${index}`, last.get(key))
          } else {
            seen.add(c.id)
            entry = this.byRecord.get(c.id)!.first
          }
          last.set(key, entry.after)
          out.push(entry)
        })
      })
    }
    return out
  }

  forRecord(recordId: string): readonly AuditEntry[] {
    const trail = this.byRecord.get(recordId)
    if (!trail) return []
    if (!trail.later) return [trail.first]
    const out = [trail.first]
    const last = new Map<string, unknown>([[trail.first.collection, trail.first.after]])
    for (let i = 0; i < trail.later.length; i += 2) {
      const { raw, key } = this.readLine(trail.later[i]!, trail.later[i + 1]!)
      const c = raw.changes[trail.later[i + 1]!]!
      const entry = this.entry(raw, c, key, last.get(c.collection))
      last.set(c.collection, entry.after)
      out.push(entry)
    }
    return out
  }

  normaliseLast(collection: CollectionName, recordId: string, after: unknown): void {
    const trail = this.byRecord.get(recordId)
    if (!trail) return
    for (let i = (trail.later?.length ?? 0) - 2; i >= 0; i -= 2) {
      const { raw, key } = this.readLine(trail.later![i]!, trail.later![i + 1]!)
      if (raw.changes[trail.later![i + 1]!]!.collection === collection) {
        this.normalised.set(key, after)
        return
      }
    }
    if (trail.first.collection === collection) trail.first.after = after
  }

  close(): void {
    for (const fd of this.fds.values()) closeSync(fd)
    this.fds.clear()
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

  private readLine(line: number, index: number): { raw: { changes: RawChange[] }; key: string } {
    const segment = this.lines[line * 3]!
    const start = this.lines[line * 3 + 1]!
    const length = this.lines[line * 3 + 2]!
    const bytes = readRange(this.fd(this.extent()[segment]!.name), start, length)
    return { raw: JSON.parse(bytes.toString('utf8')), key: `${segment}:${start}:${index}` }
  }

  private fd(name: string): number {
    let fd = this.fds.get(name)
    if (fd === undefined) {
      fd = openSync(path.join(this.dir, name), 'r')
      this.fds.set(name, fd)
    }
    return fd
  }
}
