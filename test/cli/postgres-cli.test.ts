// The compiled CLI on PostgreSQL (SPEC §8, §10): DATABASE_URL selects the store and DATA_DIR is
// not used; a bad URL or a database newer than the code stops it with exit 2; and the terminal on
// files never loads `pg` (it sits in a chunk only DATABASE_URL imports).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { OUT_DIR } from '../../bin/build.mjs'
import { SCHEMA_VERSION } from '../../src/store/postgres/migrations/index.ts'
import { openPostgresStore } from '../../src/store/postgres/postgres-store.ts'
import { createDatabase, createSchema, sql } from '../support/postgres.ts'
import { runCli } from './run-cli.ts'

let cwd: string
let database: string
beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'tickler-pg-cli-'))
  database = await createDatabase('cli')
})
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true })
})

it('stores and answers on the database DATABASE_URL names, leaving DATA_DIR alone', async () => {
  const url = await createSchema(database)
  const env = { DATABASE_URL: url, DATA_DIR: join(cwd, 'unused') }
  const added = await runCli(
    ['ask', 'vendor add "Northwind Traders" tier high', '--now', '2026-11-25T10:00'],
    { cwd, env },
  )
  expect(added.code, added.stderr).toBe(0)
  expect(added.stdout).toContain('Northwind Traders')
  expect(existsSync(join(cwd, 'unused'))).toBe(false)
  expect(
    await sql(url, "SELECT count(*)::int AS n FROM tickler_records WHERE collection = 'vendors'"),
  ).toEqual([{ n: 1 }])
})

it('exits 2 naming the problem for a bad DATABASE_URL and for a database newer than the code', async () => {
  const bad = await runCli(['ask', 'vendors'], { cwd, env: { DATABASE_URL: 'mysql://db/tickler' } })
  expect(bad.code).toBe(2)
  expect(bad.stderr).toContain('DATABASE_URL must be a PostgreSQL URL')

  const url = await createSchema(database)
  await (await openPostgresStore(url)).close()
  await sql(url, "INSERT INTO tickler_migrations (version, name) VALUES ($1, 'later')", [SCHEMA_VERSION + 1])
  const newer = await runCli(['ask', 'vendors'], { cwd, env: { DATABASE_URL: url } })
  expect(newer.code).toBe(2)
  expect(newer.stderr).toContain(`has schema version ${SCHEMA_VERSION + 1}, newer than this Tickler knows`)
  // The password in the URL never reaches the terminal.
  expect(newer.stderr).not.toContain(new URL(url).password)
})

it('keeps pg out of every chunk the terminal loads without DATABASE_URL', () => {
  const source = (file: string) => readFileSync(join(OUT_DIR, file), 'utf8')
  const withPg = readdirSync(OUT_DIR).filter((f) => f.endsWith('.js') && /from\s*"pg"/.test(source(f)))
  expect(withPg).toHaveLength(1)
  // Every chunk main.js loads at start: its static imports, transitively (not import()).
  const loaded = new Set<string>()
  const visit = (file: string) => {
    if (loaded.has(file)) return
    loaded.add(file)
    for (const m of source(file).matchAll(/(?:^|\n)import\s*(?:[^;(]*?from\s*)?"\.\/([^"]+)"/g)) visit(m[1]!)
  }
  visit('main.js')
  expect(loaded.size).toBeGreaterThan(1)
  expect([...loaded].filter((f) => withPg.includes(f))).toEqual([])
})
