// Brings the database schema to this code's version at start, recorded in tickler_migrations.
// Replicas starting together serialise on an advisory lock, so each migration runs once. A
// database migrated by a newer Tickler stops this one: it would not understand the schema.
import type { Pool } from 'pg'
import { StoreLoadError } from '../../errors/errors.ts'
import { MIGRATIONS, SCHEMA_VERSION } from './migrations/index.ts'

/** An arbitrary constant: the advisory lock key every Tickler takes while migrating. */
const MIGRATION_LOCK = 7_391_022_118

export async function migrate(pool: Pool, where: string): Promise<void> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await client.query(`CREATE TABLE IF NOT EXISTS tickler_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`)
    const { rows } = await client.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM tickler_migrations',
    )
    const current = rows[0]?.version ?? 0
    if (current > SCHEMA_VERSION) {
      throw new StoreLoadError(
        `the database at ${where} has schema version ${current}, newer than this Tickler knows (${SCHEMA_VERSION}); ` +
          'run the Tickler version that migrated it, or a later one',
        where,
        'tickler_migrations',
        'version',
      )
    }
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue
      await client.query(migration.sql)
      await client.query('INSERT INTO tickler_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ])
    }
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}
