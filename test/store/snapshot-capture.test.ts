// The commit that finds a snapshot due replies without taking the register (that took 150-300 ms
// at 10,000 vendors, with every request and write waiting): the register is taken later, between
// commits, and the audit index built from it in steps while commits go on. Whatever commits come
// in meanwhile, the snapshot is the register at the journal extent it records: a start from it
// answers exactly as one that replays the journal up to there, and after it.
import { cp, readdir, readFile, rm, truncate } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { JsonStore, type JsonStoreOptions } from '../../src/store/json-store.ts'
import { COLLECTION_SCHEMAS, type CollectionName, type Store } from '../../src/store/store.ts'
import { nodeFs, type StoreFs } from '../../src/store/store-fs.ts'
import { change, closedAfterEach, incident, tempDir, vendor } from './helpers.ts'

const EVERY_COMMIT: JsonStoreOptions = { snapshotAfterBytes: 0 }
const SNAPSHOT = 'snapshot.json'

const openStore = closedAfterEach()

function json(store: Store): JsonStore {
  if (!(store instanceof JsonStore)) throw new Error('not a JSON store')
  return store
}

/** A register with a history: adds, edits (later entries), a removal, an incident. */
async function seed(dir: string, vendors: number): Promise<void> {
  const store = json(await openStore(dir, EVERY_COMMIT))
  await store.transact(change('vendor add', '2026-11-01T09:00:00Z'), (tx) => {
    for (let i = 1; i <= vendors; i++) tx.put('vendors', vendor(`v${i}`))
  })
  await store.transact(change('vendor edit', '2026-11-02T09:00:00Z'), (tx) => {
    for (let i = 1; i <= vendors; i += 3) tx.put('vendors', { ...vendor(`v${i}`), tier: 'low' })
  })
  await store.transact(change('vendor remove', '2026-11-03T09:00:00Z'), (tx) => tx.remove('vendors', 'v2'))
  await store.transact(change('sla log', '2026-11-04T09:00:00Z'), (tx) =>
    tx.put('incidents', incident(tx.next('incident'))),
  )
  await store.snapshotWritten()
  await store.close()
}

interface Head {
  revision: number
  journal: { files: { name: string; length: number }[] }
}

async function snapshotHead(dir: string): Promise<Head> {
  return JSON.parse((await readFile(path.join(dir, SNAPSHOT), 'utf8')).split('\n')[0]!.slice(1))
}

const IDS = ['v1', 'v2', 'v3', 'v4', 'v7', 'v9', 'INC-0001', 'INC-0002', 'nobody']

/** Every record of every collection, the revision and the trail, whole and per record. */
function everything(store: Store) {
  const names = Object.keys(COLLECTION_SCHEMAS) as CollectionName[]
  return {
    revision: store.revision,
    records: Object.fromEntries(names.map((name) => [name, store.all(name)])),
    trail: store.audit(),
    byRecord: IDS.map((id) => store.audit(id)),
    removed: store.auditLookup!()!.removed(),
  }
}

/**
 * A copy of `dir` with the journal cut back to what its snapshot covers, with the snapshot or
 * without it (a start then replays those lines): both must answer the same.
 */
async function atSnapshot(dir: string, keepSnapshot: boolean): Promise<string> {
  const head = await snapshotHead(dir)
  const copy = path.join(await tempDir(), 'copy')
  await cp(dir, copy, { recursive: true })
  for (const name of await readdir(copy)) {
    if (!name.endsWith('.jsonl')) continue
    const covered = head.journal.files.find((f) => f.name === name)
    if (covered) await truncate(path.join(copy, name), covered.length)
    else await rm(path.join(copy, name))
  }
  if (!keepSnapshot) await rm(path.join(copy, SNAPSHOT))
  return copy
}

/** A copy of `dir` without its snapshot: a start that replays every line. */
async function replayed(dir: string): Promise<string> {
  const copy = path.join(await tempDir(), 'copy')
  await cp(dir, copy, { recursive: true })
  await rm(path.join(copy, SNAPSHOT))
  return copy
}

/** Holds the snapshot's temp file from being opened until released: the write is in progress. */
function heldSnapshotWrite() {
  let reached!: () => void
  let release!: () => void
  const atWrite = new Promise<void>((resolve) => {
    reached = resolve
  })
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  const fs: StoreFs = {
    ...nodeFs,
    open: (async (file: string, flags?: string, mode?: number) => {
      if (path.basename(String(file)).startsWith(`.${SNAPSHOT}.`)) {
        reached()
        await released
      }
      return nodeFs.open(file, flags, mode)
    }) as StoreFs['open'],
  }
  return { fs, atWrite, release }
}

const edit = (id: string, name: string) => (tx: Parameters<Parameters<Store['transact']>[1]>[0]) =>
  tx.put('vendors', { ...vendor(id), name })

describe('the snapshot a commit finds due', () => {
  it('is taken after the commit replies: a commit queued behind it is in the snapshot', async () => {
    const dir = await tempDir()
    await seed(dir, 10)
    const before = await readFile(path.join(dir, SNAPSHOT))
    const store = json(await openStore(dir, EVERY_COMMIT))
    const first = store.transact(change('vendor edit'), edit('v1', 'First'))
    const second = store.transact(change('vendor edit'), edit('v3', 'Second'))
    await first
    expect(await readFile(path.join(dir, SNAPSHOT))).toEqual(before)
    await second
    await store.snapshotWritten()
    // Taken in the commit, it would stop at the first one's revision.
    const head = await snapshotHead(dir)
    expect(head.revision).toBe(store.revision)
    expect(json(await openStore(await atSnapshot(dir, true))).get('vendors', 'v3')?.name).toBe('Second')
  })

  it('leaves out the commits made while it is written: it is the register at its extent', async () => {
    const dir = await tempDir()
    await seed(dir, 10)
    const held = heldSnapshotWrite()
    const store = json(await openStore(dir, { ...EVERY_COMMIT, fs: held.fs }))
    await store.transact(change('vendor edit'), edit('v1', 'Taken'))
    const taken = store.revision
    await held.atWrite
    // v1 already has later entries (its list grows in place), v3 had none, v9 is new, v4 goes.
    await store.transact(change('vendor edit'), edit('v1', 'After'))
    await store.transact(change('vendor edit'), edit('v3', 'After'))
    await store.transact(change('vendor add'), (tx) => tx.put('vendors', vendor('v99')))
    await store.transact(change('vendor remove'), (tx) => tx.remove('vendors', 'v4'))
    await store.transact(change('sla log'), (tx) => tx.put('incidents', incident(tx.next('incident'))))
    held.release()
    await store.snapshotWritten()
    expect((await snapshotHead(dir)).revision).toBe(taken)

    const fromSnapshot = everything(await openStore(await atSnapshot(dir, true)))
    expect(fromSnapshot).toEqual(everything(await openStore(await atSnapshot(dir, false))))
    expect(fromSnapshot.byRecord[0]!.map((e) => (e.after as { name: string }).name)).toEqual([
      'Vendor v1',
      'Vendor v1',
      'Taken',
    ])
    // And with the commits after it, a start from it answers as the writer and a full replay.
    const now = everything(store)
    expect(everything(await openStore(dir))).toEqual(now)
    expect(everything(await openStore(await replayed(dir)))).toEqual(now)
  })

  it('loses and adds nothing while commits go on through every step of it', async () => {
    const dir = await tempDir()
    // Enough records for several steps of the index's unpacking and building.
    await seed(dir, 6000)
    // Due after the large commit below, not again after the small ones that follow it (150 at
    // most, under 400 bytes each): the snapshot checked is the one they were made during.
    const store = json(await openStore(dir, { snapshotAfterBytes: 200_000 }))
    await store.transact(change('vendor edit'), (tx) => {
      for (let i = 1; i <= 2000; i++) tx.put('vendors', { ...vendor(`v${i}`), name: `Trigger ${i}` })
    })
    const trigger = store.revision
    let written = false
    void store.snapshotWritten().then(() => {
      written = true
    })
    let after = 0
    for (let i = 0; !written && i < 150; i++) {
      await store.transact(change('vendor edit'), edit(`v${1 + ((i * 7) % 6000)}`, `Edit ${i}`))
      if (i % 5 === 0) await store.transact(change('vendor add'), (tx) => tx.put('vendors', vendor(`n${i}`)))
      after = store.revision
    }
    await store.snapshotWritten()
    const { revision } = await snapshotHead(dir)
    // The commit queued right after the trigger ran before the register was taken, and the
    // loop went on while the index was built and written.
    expect(revision).toBeGreaterThan(trigger)
    expect(revision).toBeLessThan(after)
    const fromSnapshot = everything(await openStore(await atSnapshot(dir, true)))
    expect(fromSnapshot).toEqual(everything(await openStore(await atSnapshot(dir, false))))
    expect(everything(await openStore(dir))).toEqual(everything(store))
  })
})
