// `npm run check:postgres`: the shared conformance check (../shared/check/run) with the PostgreSQL
// store instead of files. One embedded PostgreSQL; each section gets a new empty database, as each
// section gets a new empty DATA_DIR with files (the script resets DATA_DIR, not DATABASE_URL).
// Usage: npm run check:postgres -- [path to check/run] [foundation|sla|risk ...]
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import pg from 'pg'
import { embeddedPostgres } from './embedded-postgres.ts'

const [script = '../shared/check/run', ...named] = process.argv.slice(2)
const sections = named.length > 0 ? named : ['foundation', 'sla', 'risk']

const { server, base, stop } = await embeddedPostgres('tickler-check-pg')
await server.initialise()
await server.start()
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
  await stop()
}
console.log(failed === 0 ? 'every section passed on PostgreSQL' : `${failed} section(s) failed on PostgreSQL`)
process.exit(failed === 0 ? 0 : 1)
