// A fresh database on the run's embedded PostgreSQL (test/support/postgres-server.ts) for one
// test file, so files running at the same time never see each other's rows.
import { randomBytes } from 'node:crypto'
import pg, { type Client } from 'pg'
import { inject } from 'vitest'

/** Creates an empty database and returns its URL. */
export async function createDatabase(prefix = 'tickler'): Promise<string> {
  const admin = inject('postgresUrl')
  const name = `${prefix}_${randomBytes(6).toString('hex')}`
  const client = await connectWhenReady(admin)
  try {
    await client.query(`CREATE DATABASE ${name}`)
  } finally {
    await client.end()
  }
  const url = new URL(admin)
  url.pathname = `/${name}`
  return url.toString()
}

/** The server starts in the background at the start of the run: wait for it (a minute at most). */
async function connectWhenReady(url: string): Promise<Client> {
  const deadline = Date.now() + 60_000
  for (;;) {
    const client = new pg.Client({ connectionString: url })
    try {
      await client.connect()
      return client
    } catch (error) {
      await client.end().catch(() => undefined)
      const code = (error as { code?: string }).code
      // Refused: not listening yet; 57P03: listening but still starting up.
      if ((code !== 'ECONNREFUSED' && code !== '57P03') || Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}

/** Runs one statement on a database directly, behind the store's back. */
export async function sql(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(text, values)).rows
  } finally {
    await client.end()
  }
}

/**
 * A new empty schema in the database at `url`, and a URL whose connections use it: much cheaper
 * than a database per test (CREATE DATABASE copies and syncs a template).
 */
export async function createSchema(url: string, prefix = 't'): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`
  await sql(url, `CREATE SCHEMA ${name}`)
  const scoped = new URL(url)
  scoped.searchParams.set('options', `-c search_path=${name}`)
  return scoped.toString()
}
