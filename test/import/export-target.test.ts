// SPEC §7: `tickler export DIR` never overwrites a file unless forced, never follows a symbolic
// link, and refuses a folder inside DATA_DIR resolved through links; a refusal writes nothing.
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ExportError } from '../../src/import/export-target.ts'
import { exportFiles } from '../../src/import/exporter.ts'
import { folderBytes } from '../cli/run-cli.ts'
import { seed } from '../support/context.ts'
import { MemoryStore } from '../support/memory-store.ts'

let root: string
let dataDir: string
const store = new MemoryStore()

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tickler-export-target-'))
  dataDir = join(root, 'store')
  await mkdir(dataDir)
  await writeFile(join(dataDir, 'journal-2026-11.jsonl'), '{"rev":1}\n')
  await seed(
    store,
    {
      vendors: [
        {
          id: 'v',
          name: 'Contoso',
          aliases: [],
          category: '',
          tier: 'low',
          owner: '',
          contactEmail: '',
          notes: '',
        },
      ],
    },
    '2026-11-25T10:00:00Z',
  )
})
afterAll(() => rm(root, { recursive: true, force: true }))

async function refusal(dir: string, options: { force?: boolean } = {}): Promise<string> {
  const error = await exportFiles(store, dir, { dataDir, ...options }).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ExportError)
  return (error as ExportError).message
}

describe('export target', () => {
  it('refuses to overwrite an existing file, naming it and writing nothing; --force overwrites', async () => {
    const dir = join(root, 'out')
    await mkdir(dir)
    await writeFile(join(dir, 'risk_checks.csv'), 'my own notes\n')
    const before = await folderBytes(dir)
    expect(await refusal(dir)).toBe(
      `${join(dir, 'risk_checks.csv')} already exists; add --force to overwrite it, or choose an empty folder`,
    )
    expect(await folderBytes(dir)).toEqual(before)

    const files = await exportFiles(store, dir, { dataDir, force: true })
    expect(files).toHaveLength(6)
    expect(await readFile(join(dir, 'risk_checks.csv'), 'utf8')).toMatch(/^vendor,check,/)
  })

  it('never writes through a link in place of an output file, even with --force', async () => {
    const dir = join(root, 'linked-file')
    await mkdir(dir)
    const victim = join(root, 'victim.txt')
    await writeFile(victim, 'precious\n')
    await symlink(victim, join(dir, 'vendors.csv'))
    // A dangling link is refused too: following it would create the file it points at.
    await symlink(join(root, 'nowhere.txt'), join(dir, 'contracts.csv'))
    for (const force of [false, true]) {
      expect(await refusal(dir, { force })).toContain(`${join(dir, 'vendors.csv')} is a symbolic link`)
    }
    expect(await readFile(victim, 'utf8')).toBe('precious\n')
    expect(await folderBytes(dir)).toEqual(new Map())
  })

  it('refuses a folder that is a link, and a folder inside DATA_DIR however it is reached', async () => {
    const before = await folderBytes(dataDir)
    const link = join(root, 'looks-harmless')
    await symlink(dataDir, link)
    expect(await refusal(link)).toContain('is a symbolic link')
    // Through a linked parent, and to a folder not made yet.
    expect(await refusal(join(link, 'sub'))).toContain('is inside DATA_DIR')
    expect(await refusal(join(link, 'sub', 'deeper'))).toContain('is inside DATA_DIR')
    expect(await refusal(dataDir)).toContain('is inside DATA_DIR')
    // A dangling link whose target would be made inside DATA_DIR.
    const dangling = join(root, 'dangling')
    await symlink(join(dataDir, 'not-yet'), dangling)
    expect(await refusal(join(dangling, 'x'))).toContain('is inside DATA_DIR')
    expect(await folderBytes(dataDir)).toEqual(before)
  })
})
