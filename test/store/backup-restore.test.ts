// `tickler backup` and `tickler restore` (SPEC §10): a register kept in files, restored into
// PostgreSQL and back, answers every command exactly as before, history included, and a restore
// adds no history of its own. Runs the real CLI entry point in this process (a spawned CLI costs
// seconds each) and the commands through openTickler, the path `ask` takes.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CliIo } from '../../adapters/cli/io.ts'
import { main } from '../../adapters/cli/main.ts'
import { terminalRequest } from '../../adapters/cli/terminal-request.ts'
import { renderReply } from '../../adapters/console/render.ts'
import { openTickler } from '../../src/app/open-tickler.ts'
import { loadConfig } from '../../src/config/config.ts'
import { backupOf } from '../../src/store/backup/backup-file.ts'
import { openConfiguredStore } from '../../src/store/open-store.ts'
import { fixedClock } from '../../src/time/clock.ts'
import { FIXTURES } from '../reliability/serve-process.ts'
import { createDatabase, createSchema, sql } from '../support/postgres.ts'
import { silentLogger } from '../support/silent-logger.ts'

const NOW = '2026-11-25T10:00'
const ZONE = 'Europe/London'

const WRITES = [
  'sla log Acme P1 storage array down started 2026-11-25T08:00',
  'sla respond INC-0001 at 2026-11-25T08:20',
  'sla log "Beta Soft" P2 licence server slow started 2026-11-24T09:00',
  'vendor edit "Beta Soft" tier medium',
  'risk done Acme soc2 on 2026-11-20 Type II report received',
  'vendor add "Gamma Print" tier low category Print',
  'vendor remove "Gamma Print"',
  'admins add U0NORTH',
  'contract edit Hosting notice 90 days',
]

const READS = [
  'vendors',
  'vendor Acme',
  'vendor Beta Soft',
  'renewals 400 days',
  'agenda',
  'risk due',
  'risk list Acme',
  'sla open',
  'sla show INC-0001',
  'sla show INC-0002',
  'sla report Acme this month',
  'sla targets Acme',
  'sla claims',
  'history Acme',
  'history INC-0001',
  'history Gamma Print',
  'history Hosting',
  'admins',
]

function io(env: Record<string, string>, cwd: string): CliIo & { out(): string; err(): string } {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (d: Buffer) => {
    out += d.toString('utf8')
  })
  stderr.on('data', (d: Buffer) => {
    err += d.toString('utf8')
  })
  const stdin = new PassThrough()
  stdin.end()
  return { stdin, stdout, stderr, env: { ...env }, cwd, out: () => out, err: () => err }
}

let dir: string
let database: string
const cleanups: (() => Promise<void>)[] = []
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickler-backup-'))
  database = await createDatabase('backup')
  cleanups.push(() => rm(dir, { recursive: true, force: true }))
})
afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

type Env = Record<string, string>
const filesEnv = (name: string): Env => ({
  DATA_DIR: join(dir, name),
  TICKLER_TIMEZONE: ZONE,
  LOG_LEVEL: 'silent',
})
const pgEnv = (url: string): Env => ({ DATABASE_URL: url, TICKLER_TIMEZONE: ZONE, LOG_LEVEL: 'silent' })

async function cli(env: Env, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const terminal = io(env, dir)
  const code = await main(args, terminal)
  return { code, out: terminal.out(), err: terminal.err() }
}

/** Every line's rendered answer, as `tickler ask` prints it. */
async function answers(env: Env, lines: readonly string[]): Promise<string[]> {
  const config = loadConfig(env)
  const app = await openTickler({ config, clock: fixedClock(`${NOW}:00Z`), log: silentLogger })
  try {
    const out: string[] = []
    for (const line of lines) out.push(`> ${line}\n${renderReply(await app.run(terminalRequest(line)))}`)
    return out
  } finally {
    await app.close()
  }
}

async function stateOf(env: Env) {
  const store = await openConfiguredStore(loadConfig(env), silentLogger)
  try {
    return structuredClone(backupOf(store.committed(), store.audit()))
  } finally {
    await store.close()
  }
}

describe('backup and restore between the JSON store and PostgreSQL', () => {
  it('gives identical answers, history included, after files → PostgreSQL → files', async () => {
    const files = filesEnv('files')
    const fixtures = ['vendors.csv', 'contracts.csv', 'sla_targets.csv', 'risk_checks.csv'].map((f) =>
      join(FIXTURES, f),
    )
    expect((await cli(files, 'import', ...fixtures, '--now', NOW)).code).toBe(0)
    for (const line of WRITES) {
      const { code, out, err } = await cli(files, 'ask', line, '--now', NOW)
      expect(code, `${line}\n${out}${err}`).toBe(0)
      expect(out, line).not.toContain('Nothing was changed')
    }
    const expected = await answers(files, READS)
    expect(expected.join('\n')).toContain('storage array down')
    expect(expected.find((a) => a.startsWith('> history Gamma Print'))).toContain('vendor remove')
    const original = await stateOf(files)

    const toPg = join(dir, 'files.backup.json')
    const backedUp = await cli(files, 'backup', toPg)
    expect(backedUp.code, backedUp.err).toBe(0)
    const pg = pgEnv(await createSchema(database))
    const restored = await cli(pg, 'restore', toPg)
    expect(restored.code, restored.err).toBe(0)
    expect(restored.out).toContain(`${original.audit.length} audit entries`)

    // Nothing added to anyone's history: the trail, records and sequences are the backup's.
    expect(await stateOf(pg)).toEqual(original)
    expect(await answers(pg, READS)).toEqual(expected)

    const back = join(dir, 'pg.backup.json')
    expect((await cli(pg, 'backup', back)).code).toBe(0)
    expect(JSON.parse(await readFile(back, 'utf8'))).toEqual(JSON.parse(await readFile(toPg, 'utf8')))
    const again = filesEnv('files-again')
    const restoredAgain = await cli(again, 'restore', back)
    expect(restoredAgain.code, restoredAgain.err).toBe(0)
    expect(await stateOf(again)).toEqual(original)
    expect(await answers(again, READS)).toEqual(expected)

    // Sequences came along: the next incident has the same number everywhere.
    const next = ['sla log Acme P3 dashboard slow', 'history Acme']
    const [fromFiles, fromPg] = [await answers(files, next), await answers(pg, next)]
    expect(fromFiles[0]).toContain('INC-0003')
    expect(fromPg.map((a) => a.replace(/[0-9a-f-]{36}/g, ''))).toEqual(
      fromFiles.map((a) => a.replace(/[0-9a-f-]{36}/g, '')),
    )
  })

  it('refuses a store that is not empty, and a damaged backup, changing nothing', async () => {
    const files = filesEnv('refuse')
    expect((await cli(files, 'ask', 'vendor add Delta tier low', '--now', NOW)).code).toBe(0)
    const file = join(dir, 'refuse.backup.json')
    expect((await cli(files, 'backup', file)).code).toBe(0)

    const url = await createSchema(database)
    const pg = pgEnv(url)
    expect((await cli(pg, 'restore', file)).code).toBe(0)
    const second = await cli(pg, 'restore', file)
    expect(second.code).toBe(1)
    expect(second.err).toContain('The PostgreSQL store is not empty')
    expect(await sql(url, 'SELECT revision FROM tickler_state')).toEqual([{ revision: '1' }])

    const intoFiles = await cli(files, 'restore', file)
    expect(intoFiles.code).toBe(1)
    expect(intoFiles.err).toContain('is not empty')

    const damaged = join(dir, 'damaged.backup.json')
    const backup = JSON.parse(await readFile(file, 'utf8'))
    backup.collections.vendors[0].tier = 'huge'
    await writeFile(damaged, JSON.stringify(backup))
    const refused = await cli(filesEnv('never'), 'restore', damaged)
    expect(refused.code).toBe(1)
    expect(refused.err).toMatch(/vendors record \S+: field "tier"/)
    expect(await answers(filesEnv('never'), ['vendors'])).toEqual([expect.not.stringContaining('Delta')])

    // A backup never lands in DATA_DIR, nor over an existing file.
    expect((await cli(files, 'backup', join(files.DATA_DIR!, 'copy.json'))).code).toBe(1)
    expect((await cli(files, 'backup', file)).code).toBe(1)
  })
})
