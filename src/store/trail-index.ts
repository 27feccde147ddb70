// The JSON store's audit-trail index (journal-audit.ts) as plain data, so a snapshot can carry it
// and a start need not rebuild it from every journal line. Records' versions are not in it, only
// where each record's entries are in the journal and its first entry's parts. Most first entries
// belong to a record the snapshot holds anyway, so they are stored as columns beside that record
// (PartTrail): an object per record was a quarter of the snapshot's parse and garbage.
import { z } from 'zod'
import { AuditEntrySchema } from '../domain/audit.ts'
import type { FirstEntries } from './first-entries.ts'
import { COLLECTION_SCHEMAS } from './store.ts'

const count = z.number().int().min(0)
const collection = z.enum(Object.keys(COLLECTION_SCHEMAS) as [string, ...string[]])

/** Who, when and what of a transaction holding first entries: [tx, at, who, action, requestId]. */
const HeaderTuple = z.tuple([
  count,
  AuditEntrySchema.shape.at,
  AuditEntrySchema.shape.who,
  AuditEntrySchema.shape.action,
  z.string(),
])

/** [line, change index] pairs; lines index TrailHead.lines. */
const Later = z.union([z.literal(0), z.array(count)])

/**
 * A first entry that is not beside its record: [recordId, audit id, collection, header index,
 * change index, [after], later or 0].
 */
const OtherTuple = z.tuple([
  AuditEntrySchema.shape.recordId,
  AuditEntrySchema.shape.id,
  collection,
  count,
  count,
  z.tuple([z.unknown()]),
  Later,
])

export const TrailHeadSchema = z.object({
  transactions: count,
  /** [segment, start, length, transaction] per line holding a later entry. */
  lines: z.array(count),
  headers: z.array(HeaderTuple),
  /** Removed records, in the order history lists them: [collection, id, last version]. */
  removed: z.array(z.tuple([collection, z.string().min(1), z.record(z.string(), z.unknown())])),
  /** `after` values the cold open normalised, by "segment:start:change". */
  normalised: z.array(z.tuple([z.string(), z.unknown()])),
  /** First entries whose `before` was not null (a hand-edited file). */
  firstBefore: z.array(z.tuple([z.string(), z.unknown()])),
  other: z.array(OtherTuple),
})
export type TrailHead = z.infer<typeof TrailHeadSchema>
export type OtherEntry = TrailHead['other'][number]

/**
 * The first entries of a run of one collection's records, by position in that run. `runs` is flat:
 * [position, count, header index, change index] per run of records whose first entry is here,
 * from one transaction at consecutive change indices (an import's records make one run). Other
 * records' trails are not here (an unaudited collection, or a first entry in another collection
 * under the same id). `audits` holds the runs' audit ids in order: concatenated when all are
 * UUIDs (36 characters), which parses as one string instead of one per record, else a list.
 * `after` lists [position, version] where the first entry's version is not the record as it is
 * now; `later` lists [position, [line, change, ...]].
 */
export interface PartTrail {
  runs: number[]
  audits: string | string[]
  later: [number, number[]][]
  after: [number, unknown][]
}

/** How `audits` holds UUIDs: concatenated, 36 characters each. */
export const UUID_LENGTH = 36
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** Whether an audit id is a UUID as Tickler writes them, so it can go in a pack. */
export function isPackable(id: string): boolean {
  return UUID.test(id)
}

/** `audits` as written: concatenated when every id is a UUID. */
export function packAudits(ids: readonly string[]): string | string[] {
  return ids.every(isPackable) ? ids.join('') : [...ids]
}

/** A snapshot's run of records with their first entries: what the trail index is restored from. */
export interface TrailPart {
  collection: string
  records: readonly unknown[]
  trail: PartTrail
}

/**
 * Adds a part's first entries to `firsts`, whose headers are the snapshot's (restored first, in
 * order); a pack of UUIDs is kept as it is, each id cut out only when asked for.
 */
export function unpackPart(firsts: FirstEntries, { collection, records, trail }: TrailPart): void {
  const id = (p: number) => (records[p] as { id: string }).id
  const { runs, audits } = trail
  const pack = typeof audits === 'string' ? firsts.addPack(audits) : undefined
  let n = 0
  for (let r = 0; r < runs.length; r += 4) {
    const header = runs[r + 2]!
    for (let k = 0; k < runs[r + 1]!; k++, n++) {
      const p = runs[r]! + k
      const index = runs[r + 3]! + k
      if (pack === undefined)
        firsts.add(id(p), (audits as string[])[n]!, collection, header, index, records[p])
      else firsts.addPacked(id(p), pack, n * UUID_LENGTH, collection, header, index, records[p])
    }
  }
  for (const [p, later] of trail.later) firsts.setLater(firsts.slot(id(p))!, later)
  for (const [p, after] of trail.after) firsts.setAfter(firsts.slot(id(p))!, after)
}

/** How many first entries a snapshot's index holds: its parts' runs and the head's others. */
export function firstEntryCount(head: TrailHead, parts: readonly TrailPart[]): number {
  let count = head.other.length
  for (const { trail } of parts) for (let r = 1; r < trail.runs.length; r += 4) count += trail.runs[r]!
  return count
}
