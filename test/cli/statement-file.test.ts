// The terminal's statement (SPEC §12): `tickler ask --out FILE sla statement …` writes the CSV there
// and prints its path; without --out it goes to a new file in the system temp folder; never into
// DATA_DIR. The statement is a read: the store's files are unchanged.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { BANDS, CONTRACTS, INCIDENTS, TARGETS, VENDORS } from '../claims/world.ts'
import { folderBytes, runCli } from './run-cli.ts'

const NOW = ['--now', '2026-11-25T10:00']
const STATEMENT = 'sla statement Contoso october'

describe('sla statement in the terminal', { timeout: 180_000 }, () => {
  let cwd: string
  let env: Record<string, string>
  let store: string
  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'tickler-statement-'))
    store = join(cwd, 'store')
    env = { DATA_DIR: store, TICKLER_TIMEZONE: 'Europe/London', TMPDIR: cwd }
    const files = {
      vendors: VENDORS,
      contracts: CONTRACTS,
      targets: TARGETS,
      bands: BANDS,
      incidents: INCIDENTS,
    }
    for (const [name, text] of Object.entries(files)) await writeFile(join(cwd, `${name}.csv`), text)
    const imported = await runCli(
      ['import', ...NOW, ...Object.keys(files).map((n) => join(cwd, `${n}.csv`))],
      {
        cwd,
        env,
      },
    )
    expect(imported.code).toBe(0)
  }, 180_000)

  it('writes --out FILE and prints its path; the CSV ends with the total row', async () => {
    const before = await folderBytes(store)
    const result = await runCli(['ask', ...NOW, '--out', 'october.csv', STATEMENT], { cwd, env })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('SLA claim statement: Contoso — Managed network, October 2026')
    expect(result.stdout).toContain(`File written: ${join(cwd, 'october.csv')}`)
    const csv = await readFile(join(cwd, 'october.csv'), 'utf8')
    expect(csv.split('\n')[0]).toMatch(/^record,contract,priority,summary,started,/)
    expect(csv.trim().split('\n').at(-1)).toBe(
      'total,Managed network,,,,,,,,,,,,,3,15,100.000%,0,15,30,15,20000.00,3000.00,USD',
    )
    expect(await folderBytes(store)).toEqual(before)
  })

  it('without --out writes a new file in the temp folder', async () => {
    const result = await runCli(['ask', ...NOW, STATEMENT], { cwd, env })
    expect(result.code).toBe(0)
    const path = /File written: (.+)$/m.exec(result.stdout)![1]!
    expect(path.startsWith(join(cwd, 'tickler-'))).toBe(true)
    expect(path.endsWith('/sla-statement-contoso-managed-network-2026-10.csv')).toBe(true)
    expect(await readFile(path, 'utf8')).toBe(await readFile(join(cwd, 'october.csv'), 'utf8'))
  })

  it('refuses --out inside DATA_DIR (exit 1), writing nothing there', async () => {
    const before = await folderBytes(store)
    const result = await runCli(['ask', ...NOW, '--out', 'store/x.csv', STATEMENT], { cwd, env })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('is inside DATA_DIR, which holds only the store')
    expect(await folderBytes(store)).toEqual(before)
  })
})
