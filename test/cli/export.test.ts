// `tickler export DIR` through the real CLI: exit 1 with a message naming the file or folder when
// it would overwrite without --force or write through a link into DATA_DIR; nothing written.
import { mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { FIXTURES, folderBytes, runCli } from './run-cli.ts'

const NOW = ['--now', '2027-01-15']

describe('tickler export', { timeout: 180_000 }, () => {
  let cwd: string
  let env: Record<string, string>
  let store: string
  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'tickler-cli-export-'))
    store = join(cwd, 'store')
    env = { DATA_DIR: store, TICKLER_TIMEZONE: 'Europe/London' }
    const files = ['vendors.csv', 'contracts.csv'].map((f) => join(FIXTURES, f))
    const result = await runCli(['import', ...NOW, ...files], { cwd, env })
    expect(result.code).toBe(0)
  }, 180_000)

  it('refuses to overwrite an existing export unless --force is given', async () => {
    const first = await runCli(['export', ...NOW, 'out'], { cwd, env })
    expect(first.code).toBe(0)
    await writeFile(join(cwd, 'out', 'vendors.csv'), 'edited by hand\n')
    const before = await folderBytes(join(cwd, 'out'))

    const again = await runCli(['export', ...NOW, 'out'], { cwd, env })
    expect(again.code).toBe(1)
    expect(again.stderr).toContain(`${join(cwd, 'out', 'vendors.csv')} already exists; add --force`)
    expect(again.stderr).toContain('Nothing was written.')
    expect(again.stdout).toBe('')
    expect(await folderBytes(join(cwd, 'out'))).toEqual(before)

    const forced = await runCli(['export', ...NOW, '--force', 'out'], { cwd, env })
    expect(forced.code).toBe(0)
    expect(await readFile(join(cwd, 'out', 'vendors.csv'), 'utf8')).toMatch(/^name,aliases,/)
  })

  it('refuses a folder that is a link into DATA_DIR, and a folder reached through one', async () => {
    await symlink(store, join(cwd, 'backup'))
    const before = await folderBytes(store)
    const direct = await runCli(['export', ...NOW, 'backup'], { cwd, env })
    expect(direct.code).toBe(1)
    expect(direct.stderr).toContain('backup is a symbolic link')
    const through = await runCli(['export', ...NOW, '--force', 'backup/csv'], { cwd, env })
    expect(through.code).toBe(1)
    expect(through.stderr).toContain('is inside DATA_DIR')
    expect(await folderBytes(store)).toEqual(before)
  })
})
