// ENOSPC, EROFS and EIO during a commit: StoreWriteError with a short human message, memory and
// files exactly as before, reads still work, and a later write succeeds.
import fsp from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { StoreLoadError, StoreWriteError } from '../../src/errors/errors.ts'
import { openJsonStore } from '../../src/store/json-store.ts'
import type { Store } from '../../src/store/store.ts'
import { FailingFs } from './failing-fs.ts'
import { change, incident, snapshotDir, tempDir, vendor } from './helpers.ts'

let store: Store | undefined
afterEach(async () => {
  await store?.close()
  store = undefined
})

async function setUp() {
  const dir = await tempDir()
  const failing = new FailingFs()
  store = await openJsonStore(dir, { fs: failing.fs })
  await store.transact(change(), (tx) => {
    tx.put('vendors', vendor('v1'))
    tx.put('incidents', incident(tx.next('incident')))
  })
  return { dir, failing, store }
}

function logIncident(s: Store) {
  return s.transact(change('sla log'), (tx) => {
    const n = tx.next('incident')
    tx.put('incidents', incident(n))
    return n
  })
}

const journalWrite = (op: string, file: string) => op === 'write' && file.endsWith('.jsonl')

describe.each([
  { code: 'ENOSPC', message: 'Nothing was saved: the disk is full.', when: undefined, partial: true },
  { code: 'ENOSPC', message: 'Nothing was saved: the disk is full.', when: journalWrite, partial: true },
  {
    code: 'EROFS',
    message: 'Nothing was saved: the data folder is read-only.',
    when: undefined,
    partial: false,
  },
  {
    code: 'EIO',
    message: 'Nothing was saved: the disk reported an input/output error.',
    when: (op: string, file: string) => op === 'datasync' && file.endsWith('.jsonl'),
    partial: false,
  },
])('$code during a commit (journal only: $when)', ({ code, message, when, partial }) => {
  it('throws StoreWriteError, changes nothing, keeps reads working, and a later write succeeds', async () => {
    const { dir, failing, store: s } = await setUp()
    const files = await snapshotDir(dir)
    const auditBefore = s.audit().length
    failing.failure = { code, when, partial }

    const error = await logIncident(s).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreWriteError)
    expect((error as Error).message).toBe(message)
    expect(failing.calls).toBeGreaterThan(0)
    expect(s.revision).toBe(1)
    expect(s.all('incidents').map((i) => i.id)).toEqual(['INC-0001'])
    expect(s.audit()).toHaveLength(auditBefore)
    expect(s.get('vendors', 'v1')?.name).toBe('Vendor v1')
    expect(await snapshotDir(dir)).toEqual(files)

    failing.failure = undefined
    expect(await logIncident(s)).toBe(2)
    await s.close()
    store = await openJsonStore(dir)
    expect(store.all('incidents').map((i) => i.id)).toEqual(['INC-0001', 'INC-0002'])
    expect(store.revision).toBe(2)
  })
})

describe('a failed write whose clean-up also fails', () => {
  it('is cut off before the next commit, so it never reappears', async () => {
    const { dir, failing, store: s } = await setUp()
    const file = path.join(dir, 'journal-2026-11.jsonl')
    const good = await fsp.readFile(file)
    // The line reaches the file, then fsync and the truncate that would undo it both fail.
    failing.failure = {
      code: 'EIO',
      when: (op, f) => f.endsWith('.jsonl') && (op === 'datasync' || op === 'truncate'),
    }
    await expect(logIncident(s)).rejects.toBeInstanceOf(StoreWriteError)
    expect((await fsp.readFile(file)).length).toBeGreaterThan(good.length)
    expect(s.all('incidents')).toHaveLength(1)

    failing.failure = undefined
    await s.transact(change(), (tx) => tx.put('vendors', vendor('v2')))
    await s.close()
    store = await openJsonStore(dir)
    expect(store.all('incidents').map((i) => i.id)).toEqual(['INC-0001'])
    expect(store.all('vendors').map((v) => v.id)).toEqual(['v1', 'v2'])
    expect(store.revision).toBe(2)
  })
})

describe('first write into a new folder on a full disk', () => {
  it('fails cleanly and succeeds later', async () => {
    const dir = path.join(await tempDir(), 'data')
    const failing = new FailingFs()
    store = await openJsonStore(dir, { fs: failing.fs })
    failing.failure = { code: 'ENOSPC' }
    await expect(store.transact(change(), (tx) => tx.put('vendors', vendor('v1')))).rejects.toThrow(
      'the disk is full',
    )
    expect(store.all('vendors')).toEqual([])
    expect((await fsp.readdir(dir)).filter((n) => !n.endsWith('.tmp.json'))).toEqual([])
    failing.failure = undefined
    await store.transact(change(), (tx) => tx.put('vendors', vendor('v1')))
    await store.close()
    store = await openJsonStore(dir)
    expect(store.all('vendors')).toHaveLength(1)
  })
})

describe('a disk that fills up while the lock file is written', () => {
  it('leaves no lock behind, so the next write does not wait', async () => {
    const { dir, failing, store: s } = await setUp()
    failing.failure = { code: 'ENOSPC', when: (op, file) => op === 'write' && file.endsWith('.lock') }
    await expect(logIncident(s)).rejects.toThrow('the disk is full')
    expect((await fsp.readdir(dir)).filter((n) => n.endsWith('.lock'))).toEqual([])
    failing.failure = undefined
    expect(await logIncident(s)).toBe(2)
  })
})

describe('an unreadable data folder at start', () => {
  it('is a StoreLoadError (Tickler exits 2) naming the problem', async () => {
    const dir = path.join(await tempDir(), 'data')
    const failing = new FailingFs()
    failing.failure = { code: 'EROFS' }
    const error = await openJsonStore(dir, { fs: failing.fs }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreLoadError)
    expect((error as Error).message).toMatch(/could not read the store in .*: the data folder is read-only/)
  })
})
