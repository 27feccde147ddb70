// snapshot.json through the real open path: a start from it answers exactly as a start that
// replays the whole journal, reads only the lines after it, falls back to the whole journal when
// the covered bytes changed, and stops on a bad snapshot naming the file, the record and the field.
import { readdirSync } from 'node:fs'
import { cp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AuditEntry } from '../../src/domain/audit.ts'
import { StoreLoadError } from '../../src/errors/errors.ts'
import { JsonStore, type JsonStoreOptions, openJsonStore } from '../../src/store/json-store.ts'
import type { Store } from '../../src/store/store.ts'
import { runCli } from '../cli/run-cli.ts'
import { change, closedAfterEach, incident, snapshotDir, tempDir, vendor } from './helpers.ts'

const EVERY_COMMIT: JsonStoreOptions = { snapshotAfterBytes: 0 }
const SNAPSHOT = 'snapshot.json'

const openStore = closedAfterEach()

/** Once the snapshot a commit started in the background (if any) is on disk. */
async function settled(store: Store): Promise<void> {
  if (!(store instanceof JsonStore)) throw new Error('not a JSON store')
  await store.snapshotWritten()
}

/** Adds, edits, a removal and a re-add, sequences, unaudited bookkeeping, one id in two collections. */
async function history(store: Store): Promise<void> {
  await store.transact(change('vendor add', '2026-10-01T09:00:00Z'), (tx) => {
    tx.put('vendors', vendor('v1', 'Acme'))
    tx.put('vendors', vendor('v2', 'Globex'))
    tx.put('vendors', vendor('v3', 'Hooli'))
  })
  await settled(store)
  await store.transact(change('vendor edit', '2026-10-02T09:00:00Z'), (tx) =>
    tx.put('vendors', { ...vendor('v1', 'Acme'), tier: 'low' }),
  )
  await settled(store)
  await store.transact(change('sla log', '2026-11-03T09:00:00Z'), (tx) => {
    tx.put('incidents', incident(tx.next('incident')))
    tx.put('requestKeys', { id: 'k1', at: '2026-11-03T09:00:00.000Z' })
  })
  await settled(store)
  await store.transact(change('vendor remove', '2026-11-04T09:00:00Z'), (tx) => tx.remove('vendors', 'v2'))
  await settled(store)
  await store.transact(change('vendor remove', '2026-11-04T10:00:00Z'), (tx) => tx.remove('vendors', 'v3'))
  await settled(store)
  await store.transact(change('vendor add', '2026-12-06T09:00:00Z'), (tx) =>
    tx.put('vendors', vendor('v2', 'Globex again')),
  )
  await settled(store)
  await store.transact(change('vendor add', '2026-12-07T09:00:00Z'), (tx) =>
    tx.put('vendors', vendor('INC-0001', 'Initech')),
  )
  await settled(store)
  await store.transact(change('sla resolve', '2026-12-08T09:00:00Z'), (tx) =>
    tx.put('incidents', { ...incident(1), resolved: '2026-12-08T09:00:00.000Z' }),
  )
  await settled(store)
}

const IDS = ['v1', 'v2', 'v3', 'INC-0001', 'k1', 'nobody']
const CHOSEN = [
  { collection: 'vendors', id: 'v1' },
  { collection: 'vendors', id: 'v3' },
  { collection: 'vendors', id: 'INC-0001' },
  { collection: 'incidents', id: 'INC-0001' },
]

/** Everything a store answers: register, revision, sequences (by the next number), trail. */
async function answers(store: Store) {
  return {
    revision: store.revision,
    vendors: store.all('vendors'),
    incidents: store.all('incidents'),
    requestKeys: store.all('requestKeys'),
    trail: store.audit(),
    byRecord: IDS.map((id) => store.audit(id)),
    removed: store.auditLookup!()!.removed(),
    chosen: store.auditLookup!()!.entriesOf(CHOSEN),
  }
}

function withoutEntryIds(a: Awaited<ReturnType<typeof answers>>) {
  const strip = (entries: readonly AuditEntry[]) => entries.map(({ id, ...e }) => e)
  return { ...a, trail: strip(a.trail), byRecord: a.byRecord.map(strip), chosen: strip(a.chosen) }
}

/** A copy of `dir` without its snapshot: what a start that replays every line sees. */
async function withoutSnapshot(dir: string): Promise<string> {
  const copy = path.join(await tempDir(), 'copy')
  await cp(dir, copy, { recursive: true })
  await rm(path.join(copy, SNAPSHOT))
  return copy
}

/** The snapshot's lines parsed (an array of head and parts), edited, and written back. */
async function editSnapshot(dir: string, edit: (elements: Record<string, unknown>[]) => void): Promise<void> {
  const file = path.join(dir, SNAPSHOT)
  const elements = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>[]
  edit(elements)
  const lines = elements.map((e, i) => `${i === 0 ? '[' : ','}${JSON.stringify(e)}`)
  await writeFile(file, `${lines.join('\n')}\n]\n`)
}

const WITNESS = '2026-11-03T09:59:59.000Z'

/**
 * A valid edit only the snapshot holds, on an unaudited record (so the trail is untouched): seen
 * only by a start that read the snapshot.
 */
async function markSnapshot(dir: string): Promise<void> {
  await editSnapshot(dir, (elements) => {
    const part = elements.find((e) => e.collection === 'requestKeys') as { records: { at: string }[] }
    part.records[0]!.at = WITNESS
  })
}

function asMarked<T extends { requestKeys: readonly { id: string; at: string }[] }>(a: T): T {
  return { ...a, requestKeys: a.requestKeys.map((k) => (k.id === 'k1' ? { ...k, at: WITNESS } : k)) }
}

function vendorsPart(elements: Record<string, unknown>[]): { records: Record<string, unknown>[] } {
  return elements.find((e) => e.collection === 'vendors') as { records: Record<string, unknown>[] }
}

async function loadError(dir: string): Promise<StoreLoadError> {
  const error = await openJsonStore(dir).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(StoreLoadError)
  return error as StoreLoadError
}

describe('the JSON store snapshot', () => {
  it('answers as a start that replays every journal line, and the commits after it count on', async () => {
    const dir = await tempDir()
    const writer = await openStore(dir, EVERY_COMMIT)
    await history(writer)
    const replayed = await openStore(await withoutSnapshot(dir))
    await markSnapshot(dir)
    const fromSnapshot = await openStore(dir)
    expect(await answers(fromSnapshot)).toEqual(asMarked(await answers(replayed)))
    expect(await answers(fromSnapshot)).toEqual(asMarked(await answers(writer)))
    for (const store of [fromSnapshot, replayed]) {
      await store.transact(change('sla log', '2026-12-09T09:00:00Z'), (tx) =>
        tx.put('incidents', incident(tx.next('incident'))),
      )
      await store.transact(change('vendor remove', '2026-12-10T09:00:00Z'), (tx) =>
        tx.remove('vendors', 'v1'),
      )
    }
    expect(fromSnapshot.get('incidents', 'INC-0002')).toEqual(incident(2))
    // The entry ids of the two new commits are random; everything else is the same.
    expect(withoutEntryIds(await answers(fromSnapshot))).toEqual(
      withoutEntryIds(asMarked(await answers(replayed))),
    )
  })

  it('is what a start reads for the lines it covers (they are not parsed again)', async () => {
    const dir = await tempDir()
    await history(await openStore(dir, EVERY_COMMIT))
    // A valid edit only the snapshot holds: seen only if the start took the records from it.
    await editSnapshot(dir, (elements) => {
      vendorsPart(elements).records.find((r) => r.id === 'v1')!.name = 'Acme (from the snapshot)'
    })
    const store = await openStore(dir)
    expect(store.get('vendors', 'v1')?.name).toBe('Acme (from the snapshot)')
  })

  it('keeps audit entry ids that are not UUIDs (a journal edited by hand) exactly', async () => {
    const dir = await tempDir()
    await history(await openStore(dir))
    const journal = path.join(dir, 'journal-2026-10.jsonl')
    const text = await readFile(journal, 'utf8')
    const first = (JSON.parse(text.split('\n')[0]!) as { changes: { audit: string }[] }).changes[0]!.audit
    await writeFile(journal, text.replace(first, 'entry 1, typed by hand'))
    const writer = await openStore(dir, EVERY_COMMIT)
    await writer.transact(change('sla log', '2026-12-09T09:00:00Z'), (tx) =>
      tx.put('incidents', incident(tx.next('incident'))),
    )
    await settled(writer)
    const replayed = await openStore(await withoutSnapshot(dir))
    await markSnapshot(dir)
    const store = await openStore(dir)
    expect(store.audit('v1')[0]!.id).toBe('entry 1, typed by hand')
    expect(await answers(store)).toEqual(asMarked(await answers(replayed)))
  })

  it('is written after the commit, outside the lock: the reply and other writers do not wait for it', async () => {
    const dir = await tempDir()
    const store = await openStore(dir, EVERY_COMMIT)
    await store.transact(change('vendor add'), (tx) => tx.put('vendors', vendor('v1', 'Acme')))
    // Answered, and the lock given back, while the snapshot is still being written.
    expect(readdirSync(dir).sort()).toEqual(['journal-2026-11.jsonl', 'tickler.json'])
    const other = await openStore(dir)
    await other.transact(change('vendor add'), (tx) => tx.put('vendors', vendor('v2', 'Globex')))
    await settled(store)
    expect(readdirSync(dir)).toContain(SNAPSHOT)
    // Taken as the register stood at the first commit: a start reads the second from the journal.
    const head = JSON.parse((await readFile(path.join(dir, SNAPSHOT), 'utf8')).split('\n')[0]!.slice(1))
    expect(head.revision).toBe(1)
    expect((await openStore(dir)).all('vendors').map((v) => v.id)).toEqual(['v1', 'v2'])
  })

  it('is written as a *.json file, atomically, and never by a read', async () => {
    const dir = await tempDir()
    const store = await openStore(dir, EVERY_COMMIT)
    await history(store)
    expect((await readdir(dir)).sort()).toEqual([
      'journal-2026-10.jsonl',
      'journal-2026-11.jsonl',
      'journal-2026-12.jsonl',
      SNAPSHOT,
      'tickler.json',
    ])
    const before = await snapshotDir(dir)
    const reader = await openStore(dir, EVERY_COMMIT)
    await reader.refresh()
    reader.audit('v1')
    // A rejected change writes nothing either.
    await expect(
      reader.transact(change(), (tx) => tx.put('vendors', { ...vendor('v9'), tier: 'huge' as 'high' })),
    ).rejects.toThrow()
    expect(await snapshotDir(dir)).toEqual(before)
  })

  it("removes a snapshot temp file a killed writer left, at the next snapshot write, and not another's in progress", async () => {
    const dir = await tempDir()
    const store = await openStore(dir, EVERY_COMMIT)
    await history(store)
    const orphan = path.join(dir, `.${SNAPSHOT}.0badc0de.tmp.json`)
    await writeFile(orphan, '[{"format":"tickler-snapshot"')
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000)
    await utimes(orphan, hourAgo, hourAgo)
    const inProgress = path.join(dir, `.${SNAPSHOT}.1badc0de.tmp.json`)
    await writeFile(inProgress, '[{"format":"tickler-snapshot"')
    await store.transact(change('sla log', '2026-12-09T09:00:00Z'), (tx) =>
      tx.put('incidents', incident(tx.next('incident'))),
    )
    await settled(store)
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp.json'))).toEqual([path.basename(inProgress)])
  })

  it('by default only once the journal has grown by 4 MiB past it: a small store has none', async () => {
    const dir = await tempDir()
    await history(await openStore(dir))
    expect(await readdir(dir)).not.toContain(SNAPSHOT)
  })

  it('is ignored when the covered journal bytes were edited: the whole journal is read', async () => {
    const dir = await tempDir()
    await history(await openStore(dir, EVERY_COMMIT))
    await markSnapshot(dir)
    const journal = path.join(dir, 'journal-2026-10.jsonl')
    await writeFile(journal, (await readFile(journal, 'utf8')).replace('"Acme"', '"Acme Edited"'))
    const store = await openStore(dir)
    expect(store.audit('v1')[0]!.after).toMatchObject({ name: 'Acme Edited' })
    expect(store.get('requestKeys', 'k1')?.at).not.toBe(WITNESS)
    expect(await answers(store)).toEqual(await answers(await openStore(await withoutSnapshot(dir))))
  })

  it('does not hide a damaged covered line: the error is the one a start without it gives', async () => {
    const dir = await tempDir()
    await history(await openStore(dir, EVERY_COMMIT))
    // v2 as added again: its current version, so a start must reject it.
    const journal = path.join(dir, 'journal-2026-12.jsonl')
    await writeFile(journal, (await readFile(journal, 'utf8')).replace('"tier":"high"', '"tier":"huge"'))
    const expected = await loadError(await withoutSnapshot(dir))
    const error = await loadError(dir)
    expect(error.message).toBe(expected.message)
    expect([error.file, error.record, error.field]).toEqual(['journal-2026-12.jsonl', 'v2', 'tier'])
  })

  it("reads another process's commits after it, and drops a torn line after them", async () => {
    const dir = await tempDir()
    await history(await openStore(dir, EVERY_COMMIT))
    const before = await openStore(dir)
    // Another process, with the default margin: its commits are in the journal only.
    const other = await openStore(dir)
    await other.transact(change('vendor edit', '2026-12-11T09:00:00Z'), (tx) =>
      tx.put('vendors', { ...vendor('v2', 'Globex'), tier: 'low' }),
    )
    await other.transact(change('sla log', '2026-12-12T09:00:00Z'), (tx) =>
      tx.put('incidents', incident(tx.next('incident'))),
    )
    await markSnapshot(dir)
    const snapshot = await readFile(path.join(dir, SNAPSHOT))
    const journal = path.join(dir, 'journal-2026-12.jsonl')
    await writeFile(journal, '{"rev":99,"at":"2026-12-', { flag: 'a' })

    await before.refresh()
    const after = await openStore(dir)
    for (const store of [before, after]) {
      expect(store.get('vendors', 'v2')?.tier).toBe('low')
      expect(store.audit('v2').map((e) => e.action)).toEqual([
        'vendor add',
        'vendor remove',
        'vendor add',
        'vendor edit',
      ])
      expect(store.get('incidents', 'INC-0002')).toEqual(incident(2))
    }
    expect(await answers(after)).toEqual(asMarked(await answers(other)))
    // The next commit, under the lock, cuts the torn line off and numbers on.
    const n = await after.transact(change('sla log', '2026-12-13T09:00:00Z'), (tx) => tx.next('incident'))
    expect(n).toBe(3)
    expect(await readFile(journal, 'utf8')).not.toContain('"rev":99')
    expect(await readFile(path.join(dir, SNAPSHOT))).toEqual(snapshot)
    expect((await openStore(dir)).revision).toBe(after.revision)
  })

  it('stops the start naming the snapshot, the record and the field when a record is bad', async () => {
    const dir = await tempDir()
    await history(await openStore(dir, EVERY_COMMIT))
    await editSnapshot(dir, (elements) => {
      vendorsPart(elements).records.find((r) => r.id === 'v2')!.tier = 'huge'
    })
    const before = await snapshotDir(dir)
    const error = await loadError(dir)
    expect([error.file, error.record, error.field]).toEqual([SNAPSHOT, 'v2', 'tier'])
    expect(error.message).toMatch(/^snapshot\.json line \d+: vendors record v2: field "tier" /)
    // Never repaired or replaced.
    expect(await snapshotDir(dir)).toEqual(before)
  })

  it('makes the CLI exit 2 on a bad snapshot, naming it, the record and the field', {
    timeout: 60_000,
  }, async () => {
    const cwd = await tempDir()
    const dir = path.join(cwd, 'store')
    await history(await openStore(dir, EVERY_COMMIT))
    await editSnapshot(dir, (elements) => {
      vendorsPart(elements).records.find((r) => r.id === 'v2')!.tier = 'huge'
    })
    const before = await snapshotDir(dir)
    const result = await runCli(['ask', '--now', '2027-01-15', 'vendors'], { cwd, env: { DATA_DIR: dir } })
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/snapshot\.json line \d+: vendors record v2: field "tier" /)
    expect(await snapshotDir(dir)).toEqual(before)
  })

  it('stops the start when the snapshot is cut short or its index points nowhere', async () => {
    const dir = await tempDir()
    await history(await openStore(dir, EVERY_COMMIT))
    const file = path.join(dir, SNAPSHOT)
    const whole = await readFile(file, 'utf8')
    await writeFile(file, whole.slice(0, whole.lastIndexOf('\n,')))
    expect((await loadError(dir)).message).toMatch(/^snapshot\.json: is cut short/)

    await writeFile(file, whole)
    await editSnapshot(dir, (elements) => {
      // The first run's header index, past the head's headers.
      const part = vendorsPart(elements) as unknown as { runs: number[] }
      part.runs[2] = 999
    })
    const error = await loadError(dir)
    expect([error.file, error.field]).toEqual([SNAPSHOT, 'runs.0'])

    await writeFile(file, whole)
    await editSnapshot(dir, (elements) => {
      elements[0]!.parts = 99
    })
    expect((await loadError(dir)).field).toBe('parts')

    await writeFile(file, whole)
    await editSnapshot(dir, (elements) => {
      const { records } = vendorsPart(elements)
      records.push({ ...records[0]! })
      // The trail columns emptied too, so the duplicate is the only fault.
      Object.assign(vendorsPart(elements), { runs: [], audits: '', later: [], after: [] })
    })
    const twice = await loadError(dir)
    expect([twice.file, twice.record, twice.field]).toEqual([
      SNAPSHOT,
      vendorsPart(JSON.parse(whole)).records[0]!.id,
      'id',
    ])
    expect(twice.message).toMatch(/appears twice/)
  })
})
