// A snapshot's records are taken without their schemas run again only when the running code wrote
// them and their bytes are unchanged (snapshot-trust.ts): then a start answers exactly as one that
// checks them; any other snapshot (edited, written by another build, or read from the sources) is
// checked and a bad record stops the start with the same error as before.
import { createHash } from 'node:crypto'
import { cp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { OUT_DIR } from '../../bin/build.mjs'
import { StoreLoadError } from '../../src/errors/errors.ts'
import { codeStamp, digestAtStart } from '../../src/store/journal-digest.ts'
import { JsonStore, type JsonStoreOptions, openJsonStore } from '../../src/store/json-store.ts'
import type { CollectionName, Store } from '../../src/store/store.ts'
import { runCli } from '../cli/run-cli.ts'
import { change, closedAfterEach, incident, SAMPLES, snapshotDir, tempDir, vendor } from './helpers.ts'

const SNAPSHOT = 'snapshot.json'
const THIS_BUILD = 'c0de'.repeat(16)
const OTHER_BUILD = 'beef'.repeat(16)
const COLLECTIONS = Object.keys(SAMPLES) as CollectionName[]

const openStore = closedAfterEach()

async function settled(store: Store): Promise<void> {
  if (!(store instanceof JsonStore)) throw new Error('not a JSON store')
  await store.snapshotWritten()
}

/**
 * A register with every collection, edits, a removal and a record a hand edit left padded (the
 * schema trims it), then a snapshot written by `identity` at the last commit.
 */
async function registerWithSnapshot(dir: string, identity?: string | null): Promise<void> {
  const first = await openStore(dir)
  // Not ASCII, in the head (the trail's headers) before the digest: it goes in at its byte offset.
  await first.transact({ ...change('import'), who: 'U0ZOË✓' }, (tx) => {
    for (const name of COLLECTIONS) tx.put(name, SAMPLES[name].record as never)
    tx.put('vendors', vendor('v2', 'Globex'))
    tx.put('incidents', incident(2))
  })
  await first.transact(change('vendor edit'), (tx) =>
    tx.put('vendors', { ...vendor('v2', 'Globex'), tier: 'low' }),
  )
  await first.transact(change('sla resolve'), (tx) => tx.remove('incidents', 'INC-0002'))
  await first.close()
  const journal = path.join(dir, 'journal-2026-11.jsonl')
  await writeFile(journal, (await readFile(journal, 'utf8')).replaceAll('"Globex"', '"  Globex  "'))
  // No identity given: the store's own default, which from the sources is none.
  const written = identity === undefined ? {} : { codeIdentity: identity }
  const writer = await openStore(dir, { ...written, snapshotAfterBytes: 0 })
  await writer.transact(change('vendor add', '2026-11-26T09:00:00Z'), (tx) =>
    tx.put('vendors', vendor('v3', 'Hooli')),
  )
  await settled(writer)
  await writer.close()
}

/** Every record of every collection, the trail and the revision: all a start rebuilt. */
function everything(store: Store) {
  return {
    revision: store.revision,
    records: COLLECTIONS.map((name) => store.all(name)),
    trail: store.audit(),
    byRecord: ['v1', 'v2', 'v3', 'INC-0001', 'INC-0002'].map((id) => store.audit(id)),
  }
}

async function headOf(dir: string): Promise<Record<string, unknown>> {
  const text = await readFile(path.join(dir, SNAPSHOT), 'utf8')
  return JSON.parse(text.slice(1, text.indexOf('\n'))) as Record<string, unknown>
}

/** The snapshot's lines after the head, edited as text and written back. */
async function editRecords(dir: string, edit: (text: string) => string): Promise<void> {
  const file = path.join(dir, SNAPSHOT)
  const text = await readFile(file, 'utf8')
  const end = text.indexOf('\n') + 1
  const after = edit(text.slice(end))
  expect(after).not.toBe(text.slice(end))
  await writeFile(file, text.slice(0, end) + after)
}

/**
 * Makes the head say `by` wrote the bytes after it as they now are: what that build's own write
 * of these records would have left.
 */
async function seal(dir: string, by: string): Promise<void> {
  const file = path.join(dir, SNAPSHOT)
  const bytes = await readFile(file)
  const end = bytes.indexOf(10) + 1
  const head = JSON.parse(bytes.subarray(1, end - 1).toString('utf8')) as Record<string, unknown>
  head.written = { by, sha256: createHash('sha256').update(bytes.subarray(end)).digest('hex') }
  await writeFile(file, Buffer.concat([Buffer.from(`[${JSON.stringify(head)}\n`), bytes.subarray(end)]))
}

const badTier = (text: string) => text.replace('"tier":"low"', '"tier":"huge"')

async function loadError(dir: string, options?: JsonStoreOptions): Promise<StoreLoadError> {
  const error = await openJsonStore(dir, options).then(
    (store) => store.close(),
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(StoreLoadError)
  return error as StoreLoadError
}

async function copyOf(dir: string): Promise<string> {
  const copy = path.join(await tempDir(), 'copy')
  await cp(dir, copy, { recursive: true })
  return copy
}

describe('a snapshot this code wrote', () => {
  it('names the writer and the SHA-256 of its bytes after the head; one written from the sources names none', async () => {
    const dir = await tempDir()
    await registerWithSnapshot(dir, THIS_BUILD)
    const bytes = await readFile(path.join(dir, SNAPSHOT))
    const sha256 = createHash('sha256')
      .update(bytes.subarray(bytes.indexOf(10) + 1))
      .digest('hex')
    expect((await headOf(dir)).written).toEqual({ by: THIS_BUILD, sha256 })

    const sources = await tempDir()
    await registerWithSnapshot(sources)
    expect(await headOf(sources)).not.toHaveProperty('written')
  })

  it('gives the same register and trail as a start that checks every record, and as a full replay', async () => {
    const dir = await tempDir()
    await registerWithSnapshot(dir, THIS_BUILD)
    const replay = await copyOf(dir)
    await rm(path.join(replay, SNAPSHOT))
    const trusted = everything(await openStore(dir, { codeIdentity: THIS_BUILD }))
    const checked = everything(await openStore(dir, { codeIdentity: OTHER_BUILD }))
    const replayed = everything(await openStore(replay))
    expect(trusted).toEqual(checked)
    expect(trusted).toEqual(replayed)
    // The padded name the writer's start trimmed is kept trimmed: the snapshot holds its own records.
    expect(trusted.records[0]).toContainEqual(
      expect.objectContaining({ id: 'v2', name: 'Globex', tier: 'low' }),
    )
  })

  it('is taken as written: a record sealed by this code is not checked again', async () => {
    const dir = await tempDir()
    await registerWithSnapshot(dir, THIS_BUILD)
    await editRecords(dir, badTier)
    await seal(dir, THIS_BUILD)
    const store = await openStore(dir, { codeIdentity: THIS_BUILD })
    expect(store.get('vendors', 'v2')?.tier).toBe('huge')
  })
})

describe('a snapshot this code did not write, or not these bytes', () => {
  /** A sealed snapshot with a bad record: what each start below must refuse as before. */
  async function badSnapshot(sealedBy: string): Promise<{ dir: string; expected: StoreLoadError }> {
    const dir = await tempDir()
    await registerWithSnapshot(dir, THIS_BUILD)
    await editRecords(dir, badTier)
    await seal(dir, sealedBy)
    // What a start that checks every record says (there is no identity to match from the sources).
    const expected = await loadError(await copyOf(dir), { codeIdentity: null })
    expect([expected.file, expected.record, expected.field]).toEqual([SNAPSHOT, 'v2', 'tier'])
    expect(expected.message).toMatch(/^snapshot\.json line \d+: vendors record v2: field "tier" /)
    return { dir, expected }
  }

  it('is checked when its bytes were edited after it was written (the hash differs)', async () => {
    const dir = await tempDir()
    await registerWithSnapshot(dir, THIS_BUILD)
    const before = await headOf(dir)
    await editRecords(dir, badTier)
    expect(await headOf(dir)).toEqual(before)
    const expected = await loadError(await copyOf(dir), { codeIdentity: null })
    const files = await snapshotDir(dir)
    const error = await loadError(dir, { codeIdentity: THIS_BUILD })
    expect(error.message).toBe(expected.message)
    expect([error.file, error.record, error.field]).toEqual([SNAPSHOT, 'v2', 'tier'])
    // Never repaired or rewritten.
    expect(await snapshotDir(dir)).toEqual(files)
  })

  it('is checked when another build wrote it', async () => {
    const { dir, expected } = await badSnapshot(OTHER_BUILD)
    const error = await loadError(dir, { codeIdentity: THIS_BUILD })
    expect(error.message).toBe(expected.message)
  })

  it('is checked when running from the TypeScript sources, which have no identity', async () => {
    const { dir, expected } = await badSnapshot(THIS_BUILD)
    // No codeIdentity: the store's own default, which from the sources is none.
    const error = await loadError(dir)
    expect(error.message).toBe(expected.message)
  })

  it('is checked when it names no writer (written from the sources, or before writers were named)', async () => {
    const dir = await tempDir()
    await registerWithSnapshot(dir, null)
    await editRecords(dir, badTier)
    const error = await loadError(dir, { codeIdentity: THIS_BUILD })
    expect([error.file, error.record, error.field]).toEqual([SNAPSHOT, 'v2', 'tier'])
  })
})

describe('after a start that had to check the snapshot', () => {
  /** Opens `dir` as `identity` with the default margin, commits one small change, waits for any snapshot. */
  async function oneCommit(dir: string, identity?: string | null): Promise<Buffer> {
    const before = await readFile(path.join(dir, SNAPSHOT))
    const store = await openStore(dir, identity === undefined ? {} : { codeIdentity: identity })
    await store.transact(change('vendor add', '2026-11-27T09:00:00Z'), (tx) =>
      tx.put('vendors', vendor('v4')),
    )
    await settled(store)
    return before
  }

  it('the next commit writes one this code sealed, though the journal has hardly grown', async () => {
    const dir = await tempDir()
    await registerWithSnapshot(dir, OTHER_BUILD)
    await oneCommit(dir, THIS_BUILD)
    const head = await headOf(dir)
    expect(head.revision).toBe(5)
    const bytes = await readFile(path.join(dir, SNAPSHOT))
    const sha256 = createHash('sha256')
      .update(bytes.subarray(bytes.indexOf(10) + 1))
      .digest('hex')
    expect(head.written).toEqual({ by: THIS_BUILD, sha256 })
  })

  it('one this code sealed, or one checked from the sources, waits for the margin as before', async () => {
    const sealed = await tempDir()
    await registerWithSnapshot(sealed, THIS_BUILD)
    const before = await oneCommit(sealed, THIS_BUILD)
    expect(await readFile(path.join(sealed, SNAPSHOT))).toEqual(before)

    const sources = await tempDir()
    await registerWithSnapshot(sources, OTHER_BUILD)
    const unsealed = await oneCommit(sources)
    expect(await readFile(path.join(sources, SNAPSHOT))).toEqual(unsealed)
  })
})

describe('the code identity', () => {
  /** The identity of the bundle in `folder`, as loaded when `main.js` had `stamp`. */
  async function identity(folder: string, stamp?: string): Promise<string | null> {
    const file = path.join(folder, 'main.js')
    const code = { folder, file, stamp: stamp ?? codeStamp(await stat(file)) }
    return (await digestAtStart({ dir: folder, files: [], code })).code
  }

  it('changes with any byte or name of a .js file of the bundle, not with its source maps', async () => {
    const folder = await tempDir()
    await writeFile(path.join(folder, 'main.js'), 'export const a = 1\n')
    await writeFile(path.join(folder, 'chunk-A.js'), 'export const tier = z.enum(["high", "low"])\n')
    await writeFile(path.join(folder, 'chunk-A.js.map'), '{}')
    const first = await identity(folder)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(await identity(folder)).toBe(first)
    await writeFile(path.join(folder, 'chunk-A.js.map'), '{"changed":true}')
    expect(await identity(folder)).toBe(first)
    await writeFile(path.join(folder, 'chunk-A.js'), 'export const tier = z.enum(["high", "lo"])\n')
    expect(await identity(folder)).not.toBe(first)
    await writeFile(path.join(folder, 'chunk-A.js'), 'export const tier = z.enum(["high", "low"])\n')
    expect(await identity(folder)).toBe(first)
    await writeFile(path.join(folder, 'chunk-B.js'), '')
    expect(await identity(folder)).not.toBe(first)
  })

  it('is none once the bundle was rebuilt after the process loaded it: never the new build’s for the old code', async () => {
    const folder = await tempDir()
    const main = path.join(folder, 'main.js')
    await writeFile(main, 'export const a = 1\n')
    const loaded = codeStamp(await stat(main))
    expect(await identity(folder, loaded)).toMatch(/^[0-9a-f]{64}$/)
    // A rebuild removes the folder's files and writes new ones.
    await rm(main)
    await writeFile(main, 'export const a = 22\n')
    expect(await identity(folder, loaded)).toBeNull()
  })

  it('is the built CLI’s own: it takes a snapshot sealed with it as written, and checks one sealed by another build', {
    timeout: 60_000,
  }, async () => {
    const main = path.join(OUT_DIR, 'main.js')
    const code = { folder: OUT_DIR, file: main, stamp: codeStamp(await stat(main)) }
    const bundle = (await digestAtStart({ dir: OUT_DIR, files: [], code })).code!
    const cwd = await tempDir()
    const dir = path.join(cwd, 'store')
    await registerWithSnapshot(dir, bundle)
    await editRecords(dir, badTier)
    await seal(dir, bundle)
    const ask = () => runCli(['ask', '--now', '2026-11-27', 'vendor Globex'], { cwd, env: { DATA_DIR: dir } })
    const trusted = await ask()
    expect(trusted.stderr).toBe('')
    expect(trusted.code).toBe(0)
    expect(trusted.stdout).toContain('Globex')

    await seal(dir, OTHER_BUILD)
    const checked = await ask()
    expect(checked.code).toBe(2)
    expect(checked.stderr).toMatch(/snapshot\.json line \d+: vendors record v2: field "tier" /)
  })
})
