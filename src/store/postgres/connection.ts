// The connection pool to the database DATABASE_URL names. Errors name the server and database,
// never the password in the URL.
import pg, { type Pool } from 'pg'
import type { Logger } from 'pino'
import { StoreLoadError, StoreWriteError } from '../../errors/errors.ts'

/** The URL without its password, for messages and logs. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`
  } catch {
    return 'the server in DATABASE_URL'
  }
}

export function openPool(url: string, log: Logger): Pool {
  // A store works one change at a time (its queue); a second connection serves a read meanwhile.
  const pool = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 10_000 })
  // An idle connection the server dropped (a restart, a failover) must not crash the process;
  // the pool makes a new one at the next query.
  pool.on('error', (error) => log.warn({ err: error.message }, 'a PostgreSQL connection was lost'))
  return pool
}

/** SQLSTATE or a Node socket code, when the error has one. */
export function sqlCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown })?.code
  return typeof code === 'string' ? code : undefined
}

/** A database failure at start: Tickler stops (exit 2) naming the server, never the password. */
export function loadFailure(url: string, error: unknown): StoreLoadError {
  if (error instanceof StoreLoadError) return error
  const detail = (error as Error)?.message ?? String(error)
  return new StoreLoadError(
    `could not open the PostgreSQL store at ${describeUrl(url)}: ${detail}`,
    describeUrl(url),
  )
}

/** A database failure while committing: the transaction was rolled back, nothing was saved. */
export function writeFailure(error: unknown): StoreWriteError {
  if (error instanceof StoreWriteError) return error
  const code = sqlCode(error)
  const detail = (error as Error)?.message ?? String(error)
  const reason =
    code === '23505'
      ? `another writer changed the same record at the same time (${detail}); try again`
      : code && /^[0-9A-Z]{5}$/.test(code)
        ? `the database refused the change (${code}: ${detail})`
        : `the database could not be reached (${code ?? detail})`
  return new StoreWriteError(`Nothing was saved: ${reason}.`, error)
}
