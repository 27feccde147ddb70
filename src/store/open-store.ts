// Opens the store the configuration names (SPEC §10): PostgreSQL when DATABASE_URL is set, else
// the JSON files in DATA_DIR. The PostgreSQL modules (and `pg`) are imported only then, so the
// terminal on files never loads them.
import type { Logger } from 'pino'
import type { Config } from '../config/config.ts'
import { JsonStore, LOCK_LEASE_MS, openJsonStore } from './json-store.ts'
import type { StateData } from './state.ts'
import type { Store } from './store.ts'

/** A store as opened here: the Store, plus its committed state for a backup. */
export type OpenedStore = Store & { committed(): Readonly<StateData> }

export async function openConfiguredStore(
  config: Pick<Config, 'DATABASE_URL' | 'dataDir'>,
  log: Logger,
): Promise<OpenedStore> {
  if (config.DATABASE_URL) {
    const { openPostgresStore } = await import('./postgres/postgres-store.ts')
    return openPostgresStore(config.DATABASE_URL, { log })
  }
  const store = await openJsonStore(config.dataDir, { log, lockLeaseMs: LOCK_LEASE_MS })
  if (!(store instanceof JsonStore)) throw new Error('openJsonStore returned another kind of store')
  return store
}
