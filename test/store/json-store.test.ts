import fsp from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { StoreLoadError } from '../../src/errors/errors.ts'
import { openJsonStore } from '../../src/store/json-store.ts'
import { nodeFs, type StoreFs } from '../../src/store/store-fs.ts'
import { change, closedAfterEach, incident, snapshotDir, tempDir, vendor } from './helpers.ts'

const openStore = closedAfterEach()

describe('openJsonStore', () => {
  it('round-trips every change, removal, sequence and audit entry through the files', async () => {
    const dir = await tempDir()
    const store = await openStore(dir)
    await store.transact(change('vendor add'), (tx) => {
      tx.put('vendors', vendor('v1', 'Acme'))
      tx.put('vendors', vendor('v2', 'Globex'))
    })
    const id = await store.transact(change('sla log'), (tx) => {
      const n = tx.next('incident')
      tx.put('incidents', incident(n))
      return n
    })
    await store.transact(change('vendor edit'), (tx) => {
      tx.put('vendors', { ...vendor('v1', 'Acme'), tier: 'low' })
      tx.remove('vendors', 'v2')
    })
    await store.transact(change('remind'), (tx) => {
      tx.put('deliveries', {
        id: 'renewal|c1|2027-01-01|30|slack:T1:C1',
        topic: 'renewals',
        channel: 'slack:T1:C1',
        contractId: 'c1',
        deadline: '2027-01-01',
        stage: 30,
        status: 'posted',
        attempts: 1,
        error: null,
        at: '2026-11-25T12:00:00.000Z',
      })
    })
    expect(id).toBe(1)
    await store.close()

    const again = await openStore(dir)
    expect(again.revision).toBe(4)
    expect(again.all('vendors')).toEqual([{ ...vendor('v1', 'Acme'), tier: 'low' }])
    expect(again.get('incidents', 'INC-0001')).toEqual(incident(1))
    expect(again.all('deliveries')).toHaveLength(1)
    expect(again.audit('v2').map((a) => [a.action, a.before !== null, a.after !== null])).toEqual([
      ['vendor add', false, true],
      ['vendor edit', true, false],
    ])
    expect(again.audit('v1')[1]!.before).toEqual(vendor('v1', 'Acme'))
    expect(again.audit().map((a) => a.recordId)).toEqual(store.audit().map((a) => a.recordId))
    expect(again.audit()).toEqual(store.audit())
    // Deliveries are bookkeeping: not audited.
    expect(again.audit().some((a) => a.collection === 'deliveries')).toBe(false)
    const next = await again.transact(change(), (tx) => tx.next('incident'))
    expect(next).toBe(2)
  })

  it('keeps only *.json, *.jsonl and *.lock files in the folder and makes it when missing', async () => {
    const dir = path.join(await tempDir(), 'nested', 'data')
    const store = await openStore(dir)
    await store.transact(change(), (tx) => tx.put('vendors', vendor('v1')))
    await store.transact(change('later', '2027-02-03T00:00:00Z'), (tx) => tx.put('vendors', vendor('v2')))
    const names = await fsp.readdir(dir)
    expect(names.sort()).toEqual(['journal-2026-11.jsonl', 'journal-2027-02.jsonl', 'tickler.json'])
    for (const name of names) expect(name).toMatch(/\.(json|jsonl|lock)$/)
    expect(JSON.parse(await fsp.readFile(path.join(dir, 'tickler.json'), 'utf8'))).toEqual({
      format: 'tickler-store',
      version: 1,
    })
  })

  it('writes nothing for reads, rejected bodies and bodies that change nothing', async () => {
    const dir = await tempDir()
    const store = await openStore(dir)
    await store.transact(change(), (tx) => tx.put('vendors', vendor('v1')))
    await store.close()
    const before = await snapshotDir(dir)
    const beforeStat = await fsp.stat(dir)

    const again = await openStore(dir)
    again.all('vendors')
    await expect(
      again.transact(change(), (tx) => {
        tx.put('vendors', vendor('v9'))
        throw new Error('rejected')
      }),
    ).rejects.toThrow('rejected')
    await again.transact(change(), (tx) => tx.get('vendors', 'v1'))
    await again.refresh()
    await again.close()

    expect(await snapshotDir(dir)).toEqual(before)
    expect((await fsp.stat(dir)).mtimeMs).toBe(beforeStat.mtimeMs)
    expect(again.revision).toBe(1)
  })

  it('leaves memory and disk unchanged when the body throws or a record fails validation', async () => {
    const dir = await tempDir()
    const store = await openStore(dir)
    await store.transact(change(), (tx) => tx.put('vendors', vendor('v1')))
    const files = await snapshotDir(dir)
    await expect(
      store.transact(change(), (tx) => {
        tx.put('vendors', vendor('v2'))
        tx.put('vendors', { ...vendor('v3'), tier: 'huge' as 'low' })
      }),
    ).rejects.toThrow(/tier/)
    expect(store.all('vendors').map((v) => v.id)).toEqual(['v1'])
    expect(store.revision).toBe(1)
    expect(await snapshotDir(dir)).toEqual(files)
  })

  it('returns the same cached array until the collection changes', async () => {
    const store = await openStore(await tempDir())
    await store.transact(change(), (tx) => tx.put('vendors', vendor('v1')))
    const first = store.all('vendors')
    expect(store.all('vendors')).toBe(first)
    const incidents = store.all('incidents')
    await store.transact(change(), (tx) => tx.put('vendors', vendor('v2')))
    expect(store.all('vendors')).not.toBe(first)
    expect(store.all('vendors')).toHaveLength(2)
    expect(first).toHaveLength(1)
    expect(store.all('incidents')).toBe(incidents)
  })

  it('serialises concurrent transactions in one process without losing any', async () => {
    const store = await openStore(await tempDir())
    const ids = await Promise.all(
      Array.from({ length: 50 }, () =>
        store.transact(change(), (tx) => {
          const n = tx.next('incident')
          tx.put('incidents', incident(n))
          return n
        }),
      ),
    )
    expect(new Set(ids).size).toBe(50)
    expect(store.all('incidents')).toHaveLength(50)
    expect(store.revision).toBe(50)
  })

  it('refuses a folder written by a newer Tickler and leaves it untouched', async () => {
    const dir = await tempDir()
    const store = await openStore(dir)
    await store.transact(change(), (tx) => tx.put('vendors', vendor('v1')))
    await store.close()
    await fsp.writeFile(path.join(dir, 'tickler.json'), '{"format":"tickler-store","version":2}\n')
    const bytes = await snapshotDir(dir)
    const error = await openJsonStore(dir).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreLoadError)
    expect((error as StoreLoadError).file).toBe('tickler.json')
    expect((error as Error).message).toMatch(/newer Tickler/)
    expect(await snapshotDir(dir)).toEqual(bytes)
  })

  it('refuses journals without their meta file', async () => {
    const dir = await tempDir()
    const store = await openStore(dir)
    await store.transact(change(), (tx) => tx.put('vendors', vendor('v1')))
    await store.close()
    await fsp.unlink(path.join(dir, 'tickler.json'))
    await expect(openJsonStore(dir)).rejects.toThrow(/tickler\.json is missing/)
  })
})

describe('large transactions and segment order', () => {
  it('round-trips a transaction whose line spans many read chunks, with multi-byte text', async () => {
    const dir = await tempDir()
    const store = await openStore(dir)
    const names = Array.from({ length: 6000 }, (_, i) => `Société Générale 東京 ${i} 🚀`)
    await store.transact(change('import'), (tx) => {
      names.forEach((name, i) => {
        tx.put('vendors', { ...vendor(`v${i}`, name), notes: 'é'.repeat(150) })
      })
    })
    await store.transact(change(), (tx) => tx.put('vendors', vendor('last')))
    await store.close()
    const size = (await fsp.stat(path.join(dir, 'journal-2026-11.jsonl'))).size
    expect(size).toBeGreaterThan(3 * 1024 * 1024)

    const again = await openStore(dir)
    expect(again.revision).toBe(2)
    expect(again.all('vendors').map((v) => v.name)).toEqual([...names, 'Vendor last'])
    expect(again.get('vendors', 'v4321')?.notes).toBe('é'.repeat(150))
    expect(again.audit()).toHaveLength(6001)
  })

  it('appends a change dated before the newest journal month to the newest journal', async () => {
    const dir = await tempDir()
    const store = await openStore(dir)
    await store.transact(change('a', '2027-03-01T00:00:00Z'), (tx) => tx.put('vendors', vendor('v1')))
    await store.transact(change('b', '2026-01-15T00:00:00Z'), (tx) => tx.put('vendors', vendor('v2')))
    await store.transact(change('c', '2027-04-01T00:00:00Z'), (tx) => tx.put('vendors', vendor('v3')))
    expect((await fsp.readdir(dir)).sort()).toEqual([
      'journal-2027-03.jsonl',
      'journal-2027-04.jsonl',
      'tickler.json',
    ])
    await store.close()
    const again = await openStore(dir)
    expect(again.audit().map((a) => a.action)).toEqual(['a', 'b', 'c'])
    expect(again.audit('v2')[0]!.at).toBe('2026-01-15T00:00:00.000Z')
  })
})

describe('a second store on the same folder', () => {
  it("starts while the other makes the folder's first commit, and reads it", async () => {
    const dir = await tempDir()
    const first = await openStore(dir)
    let committed = false
    // The first commit lands between this start's steps: as the start lists the folder.
    const fs: StoreFs = {
      ...nodeFs,
      readdir: (async (...args: Parameters<typeof fsp.readdir>) => {
        if (!committed) {
          committed = true
          await first.transact(change('first'), (tx) => tx.put('vendors', vendor('v1')))
        }
        return fsp.readdir(...args)
      }) as StoreFs['readdir'],
    }
    const second = await openStore(dir, { fs })
    expect(committed).toBe(true)
    await second.refresh()
    expect(second.all('vendors').map((v) => v.id)).toEqual(['v1'])
  })

  it("picks up the other's new month journal on refresh and before its own commit", async () => {
    const dir = await tempDir()
    const a = await openStore(dir)
    const b = await openStore(dir)
    await a.transact(change('a1', '2026-11-30T00:00:00Z'), (tx) => tx.put('vendors', vendor('v1')))
    await b.transact(change('b1', '2026-12-01T00:00:00Z'), (tx) => tx.put('vendors', vendor('v2')))
    await a.refresh()
    expect(a.all('vendors').map((v) => v.id)).toEqual(['v1', 'v2'])
    await b.transact(change('b2', '2027-01-01T00:00:00Z'), (tx) => tx.put('vendors', vendor('v3')))
    // a has not refreshed: its commit still sees v3 (read under the lock) and goes after it.
    const seen = await a.transact(change('a2', '2026-11-30T00:00:00Z'), (tx) => {
      tx.put('vendors', vendor('v4'))
      return tx.all('vendors').map((v) => v.id)
    })
    expect(seen).toEqual(['v1', 'v2', 'v3', 'v4'])
    expect(a.revision).toBe(4)
    await b.refresh()
    expect(b.audit().map((x) => x.action)).toEqual(['a1', 'b1', 'b2', 'a2'])
    expect((await fsp.readdir(dir)).sort()).toEqual([
      'journal-2026-11.jsonl',
      'journal-2026-12.jsonl',
      'journal-2027-01.jsonl',
      'tickler.json',
    ])
  })
})
