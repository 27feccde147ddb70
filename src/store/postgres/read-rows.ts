// Reads what the mirror needs: everything at open, then only what changed since a revision (the
// change log's index on revision), both from one consistent snapshot. Every row is checked as the
// JSON store checks its files, so a bad row stops Tickler naming the table, record and field.
import type { Queryable } from 'pg'
import { type AuditEntry, AuditEntrySchema } from '../../domain/audit.ts'
import { StoreLoadError } from '../../errors/errors.ts'
import { ValidationError, validateRecord } from '../state.ts'
import { COLLECTION_SCHEMAS, type CollectionName, STORED_SCHEMAS } from '../store.ts'

/** A record as it now stands; `data` null when it was removed. */
export interface RowChange {
  collection: CollectionName
  id: string
  position: number | null
  data: unknown
}

/** What happened between the mirror's revision and `revision`. */
export interface Delta {
  revision: number
  rows: RowChange[]
  audit: AuditEntry[]
  sequences: [string, number][]
}

interface RawRow {
  collection: string
  id: string
  position: string | null
  data: unknown
}

export async function readRevision(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ revision: string }>('SELECT revision FROM tickler_state WHERE id = 1')
  return Number(rows[0]!.revision)
}

/** Every record, the whole audit trail and every sequence. */
export async function readAll(db: Queryable): Promise<Delta> {
  const revision = await readRevision(db)
  const records = await db.query<RawRow>(
    'SELECT collection, id, position, data FROM tickler_records ORDER BY position',
  )
  const audit = await db.query<{ data: unknown }>('SELECT data FROM tickler_audit ORDER BY seq')
  const sequences = await db.query<{ name: string; value: string }>(
    'SELECT name, value FROM tickler_sequences',
  )
  return {
    revision,
    rows: records.rows.map(checkRow),
    audit: audit.rows.map((r) => checkAudit(r.data)),
    sequences: sequences.rows.map((s) => [s.name, Number(s.value)]),
  }
}

/** Records, audit entries and sequences changed after revision `since`; removals first. */
export async function readSince(db: Queryable, since: number): Promise<Delta> {
  const revision = await readRevision(db)
  if (revision === since) return { revision, rows: [], audit: [], sequences: [] }
  const records = await db.query<RawRow>(
    `SELECT c.collection, c.id, r.position, r.data
       FROM (SELECT DISTINCT collection, id FROM tickler_changes WHERE revision > $1) c
       LEFT JOIN tickler_records r ON r.collection = c.collection AND r.id = c.id
      ORDER BY r.position NULLS FIRST`,
    [since],
  )
  const audit = await db.query<{ data: unknown }>(
    'SELECT data FROM tickler_audit WHERE revision > $1 ORDER BY seq',
    [since],
  )
  const sequences = await db.query<{ name: string; value: string }>(
    'SELECT name, value FROM tickler_sequences WHERE revision > $1',
    [since],
  )
  return {
    revision,
    rows: records.rows.map(checkRow),
    audit: audit.rows.map((r) => checkAudit(r.data)),
    sequences: sequences.rows.map((s) => [s.name, Number(s.value)]),
  }
}

function checkRow(row: RawRow): RowChange {
  if (!Object.hasOwn(COLLECTION_SCHEMAS, row.collection)) {
    throw new StoreLoadError(
      `tickler_records: unknown collection ${JSON.stringify(row.collection)} (record ${row.id})`,
      'tickler_records',
      row.id,
      'collection',
    )
  }
  const collection = row.collection as CollectionName
  if (row.data === null) return { collection, id: row.id, position: null, data: null }
  try {
    const data = validateRecord(collection, row.data, STORED_SCHEMAS)
    if (data.id !== row.id)
      throw new ValidationError('id differs', collection, row.id, 'id', 'must equal the row id')
    return { collection, id: row.id, position: Number(row.position), data }
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    const field = error.field || '(record)'
    throw new StoreLoadError(
      `tickler_records: ${collection} record ${row.id}: field "${field}" ${error.detail}`,
      'tickler_records',
      row.id,
      field,
    )
  }
}

function checkAudit(data: unknown): AuditEntry {
  const result = AuditEntrySchema.safeParse(data)
  if (result.success) return result.data
  const issue = result.error.issues[0]!
  const id = String((data as { id?: unknown })?.id)
  const field = issue.path.join('.') || '(entry)'
  throw new StoreLoadError(
    `tickler_audit: entry ${id}: field "${field}" ${issue.message}`,
    'tickler_audit',
    id,
    field,
  )
}
