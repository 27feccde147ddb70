// The PostgreSQL store (SPEC §10): the same Store as the JSON files, for several replicas on one
// database. Memory holds a mirror of every record (loaded once at open), so reads stay synchronous
// and cost what they cost on files; `refresh` applies only what other replicas committed since
// the mirror's revision, read through the change log's index. A commit takes the one-row lock on
// tickler_state (writers queue there as they queue on the JSON store's lock file), catches up,
// runs the body on the mirror's staged state, writes rows, audit, sequences and change log in the
// same transaction, and only after COMMIT applies the change to the mirror.
import type { Pool, PoolClient } from 'pg'
import type { Logger } from 'pino'
import { StoreLoadError } from '../../errors/errors.ts'
import type { Backup } from '../backup/backup-file.ts'
import { type Staged, type StagedChange, stage } from '../state.ts'
import { StateBackedStore } from '../state-view.ts'
import type { ChangeInfo, Store, Transaction } from '../store.ts'
import { describeUrl, loadFailure, openPool, writeFailure } from './connection.ts'
import { migrate } from './migrate.ts'
import { type Delta, readAll, readRevision, readSince } from './read-rows.ts'
import { restoreRows } from './restore-rows.ts'
import { inTransaction } from './transaction.ts'
import { key, writeStaged } from './write-rows.ts'

const quiet = { warn() {}, error() {} } as unknown as Logger

export class PostgresStore extends StateBackedStore implements Store {
  revision = 0
  private queue: Promise<unknown> = Promise.resolve()
  private closed = false
  /** Each record's row position: a record removed and added again elsewhere moves to the end. */
  private readonly positions = new Map<string, number>()

  constructor(private readonly pool: Pool) {
    super()
  }

  async load(): Promise<void> {
    this.applyDelta(await this.snapshotRead(readAll))
  }

  transact<T>(change: ChangeInfo, fn: (tx: Transaction) => T): Promise<T> {
    const run = this.queue.then(() => this.commit(change, fn))
    this.queue = run.catch(() => undefined)
    return run
  }

  refresh(): Promise<void> {
    const run = this.queue.then(() => (this.closed ? undefined : this.catchUp()))
    this.queue = run.catch(() => undefined)
    return run
  }

  /** Loads a backup into this store, which must be empty (SPEC §10); adds no history. */
  restore(backup: Backup): Promise<void> {
    const run = this.queue.then(async () => {
      await inTransaction(this.pool, (client) => restoreRows(client, backup))
      await this.catchUp()
    })
    this.queue = run.catch(() => undefined)
    return run
  }

  async close(): Promise<void> {
    await this.queue
    if (this.closed) return
    this.closed = true
    await this.pool.end()
  }

  /**
   * Stages the body without touching the database first: a body that changes nothing (a read, a
   * rejected command) costs no transaction. Under the lock, if another replica committed in
   * between, the body runs again on the newer state so its reads (the next incident number,
   * whether a request key or delivery is already claimed) are never stale.
   */
  private async commit<T>(change: ChangeInfo, fn: (tx: Transaction) => T): Promise<T> {
    if (this.closed) throw new Error('the store is closed')
    await this.catchUp()
    let { result, staged } = stage(this.view.state, change, fn, this.view)
    if (isEmpty(staged)) return result
    let positions = new Map<string, number>()
    const committed = await inTransaction(this.pool, async (client) => {
      const { rows } = await client.query<{ revision: string }>(
        'SELECT revision FROM tickler_state WHERE id = 1 FOR UPDATE',
      )
      if (Number(rows[0]!.revision) !== this.revision) {
        this.applyDelta(await readSince(client, this.revision))
        ;({ result, staged } = stage(this.view.state, change, fn, this.view))
        if (isEmpty(staged)) return false
      }
      positions = await writeStaged(client, this.revision + 1, staged)
      return true
    })
    if (committed) {
      this.view.apply(staged)
      this.revision++
      for (const [k, position] of positions) this.positions.set(k, position)
      for (const c of staged.changes) if (c.after === null) this.positions.delete(key(c.collection, c.id))
    }
    return result
  }

  /** Applies what other replicas committed; an unreachable database is a StoreWriteError. */
  private async catchUp(): Promise<void> {
    let delta: Delta | undefined
    try {
      if ((await readRevision(this.pool)) === this.revision) return
      delta = await this.snapshotRead((c) => readSince(c, this.revision))
    } catch (error) {
      // A row that breaks its schema is named as at start, not taken for an outage.
      throw error instanceof StoreLoadError ? error : writeFailure(error)
    }
    this.applyDelta(delta)
  }

  /** Reads in one snapshot, so records, audit and sequences all belong to one revision. */
  private async snapshotRead(read: (client: PoolClient) => Promise<Delta>): Promise<Delta> {
    const client = await this.pool.connect()
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
      const delta = await read(client)
      await client.query('COMMIT')
      return delta
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      client.release()
    }
  }

  /** Applies records, audit and sequences other replicas committed (or all of them, at open). */
  private applyDelta(delta: Delta): void {
    const changes: StagedChange[] = []
    for (const row of delta.rows) {
      const k = key(row.collection, row.id)
      const before = this.view.get(row.collection, row.id) ?? null
      if (row.data === null) {
        if (before !== null) changes.push({ collection: row.collection, id: row.id, before, after: null })
        this.positions.delete(k)
        continue
      }
      // Removed and added again since: it now sorts last, as it does in a fresh load and a Map.
      if (before !== null && this.positions.get(k) !== row.position) {
        changes.push({ collection: row.collection, id: row.id, before, after: null })
      }
      changes.push({ collection: row.collection, id: row.id, before, after: row.data })
      this.positions.set(k, row.position!)
    }
    this.view.apply({ changes, audit: delta.audit, sequences: new Map(delta.sequences) })
    this.revision = delta.revision
  }
}

function isEmpty(staged: Staged): boolean {
  return staged.changes.length === 0 && staged.sequences.size === 0
}

export interface PostgresStoreOptions {
  log?: Logger
}

/** Connects, migrates the schema and loads the mirror; a failure is a StoreLoadError (exit 2). */
export async function openPostgresStore(
  url: string,
  options: PostgresStoreOptions = {},
): Promise<PostgresStore> {
  const pool = openPool(url, options.log ?? quiet)
  try {
    await migrate(pool, describeUrl(url))
    const store = new PostgresStore(pool)
    await store.load()
    return store
  } catch (error) {
    await pool.end().catch(() => undefined)
    throw loadFailure(url, error)
  }
}
