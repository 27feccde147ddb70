// Restore into PostgreSQL: one transaction, under the revision lock, into a database with no
// Tickler rows. Records keep the backup's order; the audit trail is the backup's, so restoring
// adds no history. It all becomes revision 1, which replicas pick up like any other change.
import type { PoolClient } from 'pg'
import { UserError } from '../../errors/errors.ts'
import type { Backup } from '../backup/backup-file.ts'
import type { StagedChange } from '../state.ts'
import { COLLECTION_SCHEMAS, type CollectionName } from '../store.ts'
import { writeStaged } from './write-rows.ts'

export async function restoreRows(client: PoolClient, backup: Backup): Promise<void> {
  const { rows } = await client.query<{
    revision: string
    records: boolean
    audit: boolean
    sequences: boolean
  }>(
    `SELECT revision,
            EXISTS (SELECT 1 FROM tickler_records) AS records,
            EXISTS (SELECT 1 FROM tickler_audit) AS audit,
            EXISTS (SELECT 1 FROM tickler_sequences) AS sequences
       FROM tickler_state WHERE id = 1 FOR UPDATE`,
  )
  const state = rows[0]!
  if (Number(state.revision) !== 0 || state.records || state.audit || state.sequences) {
    throw new UserError(
      'The PostgreSQL store is not empty; restore only goes into a database with no Tickler rows. Nothing was restored.',
      'DATABASE_URL=<empty database> tickler restore FILE',
      'DATABASE_URL=postgres://tickler@db/tickler_new tickler restore backups/tickler-2026-11-25.json',
    )
  }
  const changes: StagedChange[] = (Object.keys(COLLECTION_SCHEMAS) as CollectionName[]).flatMap((name) =>
    (backup.collections[name] as { id: string }[]).map((r) => ({
      collection: name,
      id: r.id,
      before: null,
      after: r,
    })),
  )
  await writeStaged(client, 1, {
    changes,
    audit: backup.audit,
    sequences: new Map(Object.entries(backup.sequences)),
  })
}
