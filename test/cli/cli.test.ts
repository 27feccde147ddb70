import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { FIXTURES, folderBytes, runCli } from './run-cli.ts'

const NOW = ['--now', '2027-01-15']

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'tickler-cli-'))
}

/** A temp working folder with DATA_DIR set, after importing the fixtures (given in reverse order). */
async function imported(): Promise<{ cwd: string; env: Record<string, string>; store: string }> {
  const cwd = await tempDir()
  const store = join(cwd, 'store')
  const env = { DATA_DIR: store, TICKLER_TIMEZONE: 'Europe/London' }
  const result = await runCli(
    ['import', ...NOW, join(FIXTURES, 'contracts.csv'), join(FIXTURES, 'vendors.csv')],
    {
      cwd,
      env,
    },
  )
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  expect(result.stdout).toContain('vendors.csv (vendors.csv): 4 rows: 4 added, 0 updated, 0 unchanged')
  expect(result.stdout).toContain('contracts.csv (contracts.csv): 5 rows: 5 added, 0 updated, 0 unchanged')
  return { cwd, env, store }
}

// Each spawn starts TypeScript through tsx; on a busy machine that takes seconds.
describe('tickler CLI', { timeout: 180_000 }, () => {
  let setup: Awaited<ReturnType<typeof imported>>
  beforeAll(async () => {
    setup = await imported()
  }, 180_000)

  it('ask answers renewals in the window after an import, in order, with totals (exit 0)', async () => {
    const before = await folderBytes(setup.store)
    const result = await runCli(['ask', ...NOW, 'renewals 90 days'], { cwd: setup.cwd, env: setup.env })
    expect(result.code).toBe(0)
    const out = result.stdout
    const order = ['Gamma Net', 'Alpha Cloud', 'Beta Soft — Licences', 'Beta Soft — Support'].map((s) =>
      out.indexOf(s.split(' — ')[0]!),
    )
    expect(order.every((i) => i >= 0)).toBe(true)
    expect(out).toContain('Maintenance')
    expect(out.indexOf('Gamma Net')).toBeLessThan(out.indexOf('Alpha Cloud'))
    expect(out.indexOf('Hosting')).toBeLessThan(out.indexOf('Licences'))
    expect(out.indexOf('Licences')).toBeLessThan(out.indexOf('Support'))
    expect(out).not.toContain('Far away')
    expect(out).toContain('217,000.00 USD')
    expect(out).toContain('55,000.00 EUR')
    expect(out).not.toContain('\u001b[')
    // A read writes nothing.
    expect(await folderBytes(setup.store)).toEqual(before)
  })

  it('ask exits 1 when the input is rejected', async () => {
    const result = await runCli(['ask', ...NOW, 'risk done Zzyzx Holdings soc2'], {
      cwd: setup.cwd,
      env: setup.env,
    })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('Zzyzx Holdings')
    expect(result.stdout).toContain('risk done <vendor> <check>')
  })

  it('ask acts as a local administrator, and shows a form reply as its rejection with the grammar (exit 1)', async () => {
    const before = await folderBytes(setup.store)
    // Beta Soft is owned by U0SOUTH: only an admin gets past the permission check to the form.
    const result = await runCli(['ask', ...NOW, 'vendor edit "Beta Soft"'], {
      cwd: setup.cwd,
      env: setup.env,
    })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      [
        'Name the field to change and its new value after Beta Soft. Nothing was changed.',
        'Form: vendor edit <vendor> <field> <value>',
        'Example: vendor edit Northwind tier critical',
        '',
      ].join('\n'),
    )
    expect(await folderBytes(setup.store)).toEqual(before)
  })

  it('piped chat answers each line in order and exits 0 at end of input', async () => {
    const result = await runCli(['chat', ...NOW], {
      cwd: setup.cwd,
      env: setup.env,
      input:
        'risk list Alpha Cloud\n\nrisk done Zzyzx Holdings soc2\r\nrisk list Beta Soft\nvendor Beta Soft\n',
    })
    expect(result.code).toBe(0)
    const alpha = result.stdout.indexOf('Alpha Cloud')
    const unknown = result.stdout.indexOf('Zzyzx Holdings')
    const beta = result.stdout.indexOf('Beta Soft')
    const card = result.stdout.indexOf('Software, licences and support')
    expect(alpha).toBeGreaterThanOrEqual(0)
    expect(unknown).toBeGreaterThan(alpha)
    expect(beta).toBeGreaterThan(unknown)
    expect(card).toBeGreaterThan(beta)
    expect(result.stdout).not.toContain('tickler>')
    // The same process read the fixture: a BOM, CRLF line ends and quoted commas, quotes and line
    // breaks (the vendor card's notes), so this needs no process of its own.
    expect(result.stdout).toContain('Says "hi"')
  })

  it('rejects a bad row naming file, line and column, and leaves the store files byte-identical', async () => {
    const before = await folderBytes(setup.store)
    const bad = join(setup.cwd, 'bad-contracts.csv')
    const text = await readFile(join(FIXTURES, 'contracts.csv'), 'utf8')
    await writeFile(bad, text.replace('Far away,hardware,2025-01-01', 'Far away,hardware,2025-13-01'))
    const vendors = join(setup.cwd, 'vendors-changed.csv')
    await writeFile(
      vendors,
      (await readFile(join(FIXTURES, 'vendors.csv'), 'utf8')).replace('Software', 'Apps'),
    )
    const result = await runCli(['import', ...NOW, bad, vendors], { cwd: setup.cwd, env: setup.env })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`${bad}, line 6, column start_date`)
    expect(result.stdout).toBe('')
    expect(await folderBytes(setup.store)).toEqual(before)
  })

  it('rejects an unknown column by name', async () => {
    const file = join(setup.cwd, 'odd.csv')
    await writeFile(file, 'name,tier,favourite_colour\nZeta,low,blue\n')
    const result = await runCli(['import', ...NOW, file], { cwd: setup.cwd, env: setup.env })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('unknown column "favourite_colour"')
  })

  it('exports every file and imports the export back with nothing changed', async () => {
    const out = join(setup.cwd, 'export')
    const exported = await runCli(['export', ...NOW, out], { cwd: setup.cwd, env: setup.env })
    expect(exported.code).toBe(0)
    const files = (await readdir(out)).sort()
    expect(files).toEqual(expect.arrayContaining(['contracts.csv', 'vendors.csv']))
    const before = await folderBytes(setup.store)
    const again = await runCli(['import', ...NOW, ...files.map((f) => join(out, f))], {
      cwd: setup.cwd,
      env: setup.env,
    })
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('Nothing to change')
    expect(await folderBytes(setup.store)).toEqual(before)
  })

  it('exits 2 naming the variable on bad configuration, also from a .env file', async () => {
    const cwd = await tempDir()
    const zone = await runCli(['ask', 'help'], {
      cwd,
      env: { DATA_DIR: join(cwd, 's'), TICKLER_TIMEZONE: 'Mars/Olympus' },
    })
    expect(zone.code).toBe(2)
    expect(zone.stderr).toContain('TICKLER_TIMEZONE')
    await writeFile(join(cwd, '.env'), 'CSV_MAX_MB=lots\n')
    const fromFile = await runCli(['ask', 'help'], { cwd, env: { DATA_DIR: join(cwd, 's') } })
    expect(fromFile.code).toBe(2)
    expect(fromFile.stderr).toContain('CSV_MAX_MB')
    const badNow = await runCli(['ask', '--now', 'tomorrowish', 'help'], {
      cwd,
      env: { DATA_DIR: join(cwd, 's'), CSV_MAX_MB: '5' },
    })
    expect(badNow.code).toBe(2)
    expect(badNow.stderr).toContain('--now')
  })

  it('exits 2 naming the file when the store is damaged, and leaves it untouched', async () => {
    const cwd = await tempDir()
    const store = join(cwd, 'store')
    const env = { ...setup.env, DATA_DIR: store }
    await cp(setup.store, store, { recursive: true })
    const journal = (await readdir(store)).find((f) => f.endsWith('.jsonl'))!
    const path = join(store, journal)
    await writeFile(path, `{"not":"a transaction"}\n${await readFile(path, 'utf8')}`)
    const before = await folderBytes(store)
    const result = await runCli(['ask', ...NOW, 'help'], { cwd, env })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(journal)
    expect(result.stdout).toBe('')
    expect(await folderBytes(store)).toEqual(before)
  })

  it('loads the demo only into the default folder, only when empty, and only for start/chat or demo', async () => {
    const cwd = await tempDir()
    const asked = await runCli(['ask', ...NOW, 'vendors'], { cwd })
    expect(asked.code).toBe(0)
    expect(asked.stdout).not.toContain('Contoso')
    // `npm start` without chat credentials: the terminal chat on the demo register.
    const chatted = await runCli(['start', ...NOW], { cwd, input: 'vendors\n' })
    expect(chatted.code).toBe(0)
    expect(chatted.stdout).toContain('Contoso Cloud Services')
    const again = await runCli(['demo', ...NOW], { cwd })
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('not empty')
    const elsewhere = await runCli(['demo', ...NOW], { cwd, env: { DATA_DIR: join(cwd, 'other') } })
    expect(elsewhere.code).toBe(1)
    expect(elsewhere.stderr).toContain('DATA_DIR is set')
  })
})
