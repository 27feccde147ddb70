// What only the PostgreSQL store has: its migrations, its checks of rows at open, and the unique
// key that backs a claim when a writer's view is stale.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { StoreLoadError, StoreWriteError } from '../../../src/errors/errors.ts'
import { SCHEMA_VERSION } from '../../../src/store/postgres/migrations/index.ts'
import { openPostgresStore, type PostgresStore } from '../../../src/store/postgres/postgres-store.ts'
import { createDatabase, createSchema, sql } from '../../support/postgres.ts'
import { change, SAMPLES, vendor } from '../helpers.ts'

let database: string
beforeAll(async () => {
  database = await createDatabase('pgstore')
})
const opened: PostgresStore[] = []
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close()
})
async function open(url: string): Promise<PostgresStore> {
  const store = await openPostgresStore(url)
  opened.push(store)
  return store
}

describe('the PostgreSQL store', () => {
  it('creates its schema once, recorded in tickler_migrations, and refuses a newer database', async () => {
    const url = await createSchema(database)
    await open(url)
    await open(url)
    const applied = await sql(url, 'SELECT version, name FROM tickler_migrations ORDER BY version')
    expect(applied.map((r) => r.version)).toEqual([...Array(SCHEMA_VERSION).keys()].map((i) => i + 1))

    await sql(url, "INSERT INTO tickler_migrations (version, name) VALUES ($1, 'from the future')", [
      SCHEMA_VERSION + 1,
    ])
    const attempt = openPostgresStore(url)
    await expect(attempt).rejects.toBeInstanceOf(StoreLoadError)
    await expect(attempt).rejects.toThrow(
      `schema version ${SCHEMA_VERSION + 1}, newer than this Tickler knows (${SCHEMA_VERSION})`,
    )
  })

  it('refuses to open on a row that breaks its schema, naming the record and the field', async () => {
    const url = await createSchema(database)
    const store = await open(url)
    await store.transact(change('vendor add'), (tx) => tx.put('vendors', vendor('v1', 'Acme')))
    await sql(
      url,
      `UPDATE tickler_records SET data = json_build_object('id', 'v1', 'name', 'Acme', 'tier', 'huge')`,
    )
    const attempt = openPostgresStore(url)
    await expect(attempt).rejects.toBeInstanceOf(StoreLoadError)
    await expect(attempt).rejects.toMatchObject({ record: 'v1' })
    await expect(attempt).rejects.toThrow(/vendors record v1: field "\w+"/)
  })

  it('rolls back a claim whose row another writer inserted behind its back (the unique key)', async () => {
    const url = await createSchema(database)
    const store = await open(url)
    const delivery = SAMPLES.deliveries.record
    // A row written without the revision lock: the store's mirror cannot know of it.
    await sql(url, `INSERT INTO tickler_records (collection, id, data) VALUES ('deliveries', $1, $2::json)`, [
      delivery.id,
      JSON.stringify(delivery),
    ])
    const claim = store.transact(change('remind'), (tx) => {
      tx.put('vendors', vendor('v1'))
      tx.put('deliveries', delivery)
    })
    await expect(claim).rejects.toBeInstanceOf(StoreWriteError)
    await expect(claim).rejects.toThrow(/^Nothing was saved/)
    expect(store.all('vendors')).toEqual([])
    expect(await sql(url, "SELECT id FROM tickler_records WHERE collection = 'vendors'")).toEqual([])
    expect(await sql(url, 'SELECT revision FROM tickler_state')).toEqual([{ revision: '0' }])
  })
})
