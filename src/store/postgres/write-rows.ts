// Writes one staged change inside the caller's transaction. A new record is INSERTed and a
// changed or removed one must exist: the table's primary key and these row counts are the
// backstop that turns a stale mirror (which the revision lock should make impossible) into a
// rolled-back transaction instead of a lost or doubled write, request keys and deliveries included.
import type { Queryable } from 'pg'
import type { Staged } from '../state.ts'

export class StaleWriteError extends Error {
  readonly code = '23505'
  constructor(what: string) {
    super(`${what} did not match the database`)
    this.name = 'StaleWriteError'
  }
}

/** Writes `staged` as revision `revision`; returns the position of every inserted record. */
export async function writeStaged(
  db: Queryable,
  revision: number,
  staged: Staged,
): Promise<Map<string, number>> {
  const inserts = staged.changes.filter((c) => c.before === null && c.after !== null)
  const updates = staged.changes.filter((c) => c.before !== null && c.after !== null)
  const removals = staged.changes.filter((c) => c.after === null)
  const col = (list: typeof inserts) => list.map((c) => c.collection)
  const ids = (list: typeof inserts) => list.map((c) => c.id)
  const json = (list: typeof inserts) => list.map((c) => JSON.stringify(c.after))

  if (removals.length > 0) {
    const result = await db.query(
      `DELETE FROM tickler_records r USING unnest($1::text[], $2::text[]) AS u(collection, id)
        WHERE r.collection = u.collection AND r.id = u.id`,
      [col(removals), ids(removals)],
    )
    if (result.rowCount !== removals.length) throw new StaleWriteError('a removal')
  }
  if (updates.length > 0) {
    const result = await db.query(
      `UPDATE tickler_records r SET data = u.data::json
         FROM unnest($1::text[], $2::text[], $3::text[]) AS u(collection, id, data)
        WHERE r.collection = u.collection AND r.id = u.id`,
      [col(updates), ids(updates), json(updates)],
    )
    if (result.rowCount !== updates.length) throw new StaleWriteError('an update')
  }
  const positions = new Map<string, number>()
  if (inserts.length > 0) {
    // ORDER BY the array index: positions follow the transaction's order, as a Map's would.
    const result = await db.query<{ collection: string; id: string; position: string }>(
      `INSERT INTO tickler_records (collection, id, data)
       SELECT u.collection, u.id, u.data::json
         FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS u(collection, id, data, n)
        ORDER BY u.n
       RETURNING collection, id, position`,
      [col(inserts), ids(inserts), json(inserts)],
    )
    for (const row of result.rows) positions.set(key(row.collection, row.id), Number(row.position))
  }
  if (staged.changes.length > 0) {
    await db.query(
      `INSERT INTO tickler_changes (revision, collection, id)
       SELECT $1, u.collection, u.id FROM unnest($2::text[], $3::text[]) AS u(collection, id)`,
      [revision, col(staged.changes), ids(staged.changes)],
    )
  }
  if (staged.audit.length > 0) {
    await db.query(
      `INSERT INTO tickler_audit (revision, id, record_id, data)
       SELECT $1, u.id, u.record_id, u.data::json
         FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS u(id, record_id, data, n)
        ORDER BY u.n`,
      [
        revision,
        staged.audit.map((a) => a.id),
        staged.audit.map((a) => a.recordId),
        staged.audit.map((a) => JSON.stringify(a)),
      ],
    )
  }
  if (staged.sequences.size > 0) {
    // A sequence only ever moves forward: a value not above the stored one matches no row.
    const result = await db.query(
      `INSERT INTO tickler_sequences (name, value, revision)
       SELECT u.name, u.value, $1 FROM unnest($2::text[], $3::bigint[]) AS u(name, value)
       ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value, revision = EXCLUDED.revision
        WHERE tickler_sequences.value < EXCLUDED.value`,
      [revision, [...staged.sequences.keys()], [...staged.sequences.values()]],
    )
    if (result.rowCount !== staged.sequences.size) throw new StaleWriteError('a sequence')
  }
  await db.query('UPDATE tickler_state SET revision = $1 WHERE id = 1', [revision])
  return positions
}

export function key(collection: string, id: string): string {
  return `${collection}\u0000${id}`
}
