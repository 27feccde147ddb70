// One transaction on one pooled connection. Database failures become StoreWriteError ("Nothing
// was saved"), whatever the body had done; what the body throws itself (a rejected command, a
// duplicate request) passes unchanged. A connection whose ROLLBACK or COMMIT failed is dropped.
import type { Pool, PoolClient } from 'pg'
import { writeFailure } from './connection.ts'

export async function inTransaction<T>(pool: Pool, body: (client: PoolClient) => Promise<T>): Promise<T> {
  let client: PoolClient
  try {
    client = await pool.connect()
  } catch (error) {
    throw writeFailure(error)
  }
  let broken = false
  try {
    await client.query('BEGIN').catch((error) => {
      throw writeFailure(error)
    })
    let value: T
    try {
      value = await body(client)
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true
      })
      throw isDatabaseError(error) ? writeFailure(error) : error
    }
    await client.query('COMMIT').catch((error) => {
      broken = true
      throw writeFailure(error)
    })
    return value
  } finally {
    client.release(broken)
  }
}

/** The database's and the socket's errors carry a string code (SQLSTATE, ECONNRESET...). */
function isDatabaseError(error: unknown): boolean {
  return typeof (error as { code?: unknown })?.code === 'string'
}
