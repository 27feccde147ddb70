// refresh() on the request path: one fstat instead of a folder listing, yet a read after another
// process's commit (same journal file, or a new month's) is still exact.
import fsp from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openJsonStore } from '../../src/store/json-store.ts'
import type { Store } from '../../src/store/store.ts'
import { nodeFs, type StoreFs } from '../../src/store/store-fs.ts'
import { change, tempDir, vendor } from './helpers.ts'

const open: Store[] = []
afterEach(async () => {
  for (const store of open.splice(0)) await store.close()
})

/** A store whose folder listings are counted. */
async function counted(dir: string): Promise<{ store: Store; listings: () => number }> {
  let listings = 0
  const fs: StoreFs = {
    ...nodeFs,
    readdir: ((...args: Parameters<typeof nodeFs.readdir>) => {
      listings++
      return nodeFs.readdir(...args)
    }) as StoreFs['readdir'],
  }
  const store = await openJsonStore(dir, { fs })
  open.push(store)
  return { store, listings: () => listings }
}

async function plain(dir: string): Promise<Store> {
  const store = await openJsonStore(dir)
  open.push(store)
  return store
}

describe('refresh', () => {
  it('lists the folder only when another store committed', async () => {
    const dir = await tempDir()
    const { store: a, listings } = await counted(dir)
    const b = await plain(dir)
    await a.transact(change('a1'), (tx) => tx.put('vendors', vendor('v1')))
    await a.refresh()
    const before = listings()
    for (let i = 0; i < 20; i++) await a.refresh()
    expect(listings()).toBe(before)

    await b.refresh()
    await b.transact(change('b1'), (tx) => tx.put('vendors', vendor('v2')))
    await a.refresh()
    expect(a.all('vendors').map((v) => v.id)).toEqual(['v1', 'v2'])
    const after = listings()
    await a.refresh()
    expect(listings()).toBe(after)
  })

  it('lets the event loop turn between refreshes queued together', async () => {
    const dir = await tempDir()
    const store = await plain(dir)
    await store.transact(change('a1'), (tx) => tx.put('vendors', vendor('v1')))
    await store.refresh()
    // Each request awaits refresh before running its command: if queued refreshes all settled in
    // one task, a burst of requests would run every command back to back, holding timers and
    // sockets for the whole burst.
    const order: string[] = []
    setImmediate(() => order.push('immediate'))
    await Promise.all([1, 2, 3].map((n) => store.refresh().then(() => order.push(`refresh ${n}`))))
    expect(order.indexOf('immediate')).toBeGreaterThanOrEqual(0)
    expect(order.indexOf('immediate')).toBeLessThan(order.indexOf('refresh 3'))
  })

  it('answers on an idle store without a thread-pool round trip, and is still exact', async () => {
    const dir = await tempDir()
    const store = await plain(dir)
    const other = await plain(dir)
    await store.transact(change('a1'), (tx) => tx.put('vendors', vendor('v1')))
    await store.refresh()
    // A check through the thread pool settles only after the immediate queued before it: that
    // round trip (a worker wake-up each time) was most of what a Slack read paid over bare Bolt.
    const order: string[] = []
    await new Promise<void>((resolve) => {
      setImmediate(() => {
        order.push('immediate')
        resolve()
      })
      void store.refresh().then(() => order.push('refresh'))
    })
    expect(order).toEqual(['refresh', 'immediate'])

    await other.transact(change('b1'), (tx) => tx.put('vendors', vendor('v2')))
    await new Promise((resolve) => setImmediate(resolve))
    await store.refresh()
    expect(store.all('vendors').map((v) => v.id)).toEqual(['v1', 'v2'])
  })

  it("sees a new month's journal whose file an interrupted writer created empty", async () => {
    const dir = await tempDir()
    const a = await plain(dir)
    await a.transact(change('a1', '2026-11-30T00:00:00Z'), (tx) => tx.put('vendors', vendor('v1')))
    await a.refresh()
    // A writer that died between creating December's file and writing its first line.
    await fsp.writeFile(path.join(dir, 'journal-2026-12.jsonl'), '')
    await a.refresh()
    const b = await plain(dir)
    await b.transact(change('b1', '2026-12-01T00:00:00Z'), (tx) => tx.put('vendors', vendor('v2')))
    await a.refresh()
    expect(a.all('vendors').map((v) => v.id)).toEqual(['v1', 'v2'])
    expect(a.revision).toBe(2)
  })

  it('sees every commit of a writer that keeps starting new months', async () => {
    const dir = await tempDir()
    const a = await plain(dir)
    const b = await plain(dir)
    await b.transact(change('b0', '2026-01-01T00:00:00Z'), (tx) => tx.put('vendors', vendor('v0')))
    for (let month = 2; month <= 6; month++) {
      const at = `2026-0${month}-01T00:00:00Z`
      await b.transact(change(`b${month}`, at), (tx) => tx.put('vendors', vendor(`v${month}`)))
      await a.refresh()
      expect(a.revision).toBe(b.revision)
      expect(a.get('vendors', `v${month}`)).toEqual(b.get('vendors', `v${month}`))
    }
  })
})
