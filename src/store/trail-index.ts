// The JSON store's audit-trail index (journal-audit.ts) as plain data, so a snapshot can carry it
// and a start need not rebuild it from every journal line. Records' versions are not in it, only
// where each record's entries are in the journal and its first entry's parts. Most first entries
// belong to a record the snapshot holds anyway, so they are stored as columns beside that record
// (PartTrail): an object per record was a quarter of the snapshot's parse and garbage.
import { z } from 'zod'
import { AuditEntrySchema } from '../domain/audit.ts'
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
 * The first entries of a run of one collection's records, by position in that run: `audit` is ""
 * where the record's trail is not here (an unaudited collection, or a first entry in another
 * collection under the same id). `after` lists [position, version] where the first entry's
 * version is not the record as it is now; `later` lists [position, [line, change, ...]].
 */
export interface PartTrail {
  audit: string[]
  header: number[]
  index: number[]
  later: [number, number[]][]
  after: [number, unknown][]
}

/** A snapshot's run of records with their first entries: what the trail index is restored from. */
export interface TrailPart {
  collection: string
  records: readonly unknown[]
  trail: PartTrail
}
