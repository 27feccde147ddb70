// What a durable write waits for: every file-system call through the thread pool is a worker
// wake-up, and on a loaded 2-core machine a chance to lose the main thread's time slice, which is
// where a write's p99 went (issue 19). The commit's other calls (the lock file, the listing under
// the lock, the line's write) are microseconds on this thread; only the fdatasync goes to the pool.
// This records both kinds in order, so a new round trip on the path is a deliberate choice.
import fs from 'node:fs'
import fsp, { type FileHandle } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { openJsonStore } from '../../src/store/json-store.ts'
import type { Store } from '../../src/store/store.ts'
import type { StoreFs } from '../../src/store/store-fs.ts'
import { change, tempDir, vendor } from './helpers.ts'

/**
 * Node's fs, each call (and each call on an opened file) recorded by name when it settles: a call
 * the store does not wait for settles only after the answer, whose continuation is a microtask, so
 * it is not in the list the test reads then. A call on this thread is recorded as `sync:<name>`.
 */
function counting(calls: string[]): StoreFs {
  const record = <F extends (...args: never[]) => unknown>(name: string, fn: F): F =>
    ((...args: Parameters<F>) => {
      const result = fn(...args)
      if (result instanceof Promise) void result.finally(() => calls.push(name)).catch(() => undefined)
      else calls.push(name)
      return result
    }) as F
  const wrap = (handle: FileHandle): FileHandle =>
    new Proxy(handle, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver)
        return typeof value === 'function' && key !== 'constructor'
          ? record(`handle.${String(key)}`, value.bind(target))
          : value
      },
    })
  return {
    open: (async (...args: Parameters<typeof fsp.open>) => {
      const handle = await fsp.open(...args)
      calls.push('open')
      return wrap(handle)
    }) as StoreFs['open'],
    readFile: record('readFile', fsp.readFile),
    readdir: record('readdir', fsp.readdir),
    mkdir: record('mkdir', fsp.mkdir),
    rename: record('rename', fsp.rename),
    link: record('link', fsp.link),
    unlink: record('unlink', fsp.unlink),
    stat: record('stat', fsp.stat),
    openSync: record('sync:open', fs.openSync),
    writeSync: record('sync:write', fs.writeSync),
    closeSync: record('sync:close', fs.closeSync),
    linkSync: record('sync:link', fs.linkSync),
    unlinkSync: record('sync:unlink', fs.unlinkSync),
    readdirSync: record('sync:readdir', fs.readdirSync),
  }
}

let store: Store | undefined
afterEach(async () => {
  await store?.close()
  store = undefined
})

describe('a durable write', () => {
  it('waits for the fdatasync alone: the lock, the catch-up under it and the append are on this thread', async () => {
    const calls: string[] = []
    store = await openJsonStore(await tempDir(), { fs: counting(calls) })
    await store.transact(change('first'), (tx) => tx.put('vendors', vendor('v1')))
    await store.refresh()
    calls.length = 0
    await store.transact(change('second'), (tx) => tx.put('vendors', vendor('v2')))
    expect(calls).toEqual([
      // The lock: its holder's identity written to a file of its own, linked into place, unnamed.
      'sync:open',
      'sync:write',
      'sync:link',
      'sync:unlink',
      // Under the lock: new journal files (lines another process appended: an fstat on this thread).
      'sync:readdir',
      // The line, and the one wait of the write.
      'sync:write',
      'handle.datasync',
      // The lock's name removed, its file closed.
      'sync:unlink',
      'sync:close',
    ])
    expect(calls.filter((c) => !c.startsWith('sync:'))).toEqual(['handle.datasync'])
    expect(store.all('vendors')).toHaveLength(2)
  })

  it('in a burst, under the lock lease, makes no lock file calls after the first commit', async () => {
    const calls: string[] = []
    const dir = await tempDir()
    // A lease far longer than the test, so only close() can end it.
    store = await openJsonStore(dir, { fs: counting(calls), lockLeaseMs: 60_000 })
    await store.transact(change('first'), (tx) => tx.put('vendors', vendor('v1')))
    await store.refresh()
    calls.length = 0
    await store.transact(change('second'), (tx) => tx.put('vendors', vendor('v2')))
    // The lock is still ours (an fstat of its open descriptor): the catch-up, the line, the wait.
    expect(calls).toEqual(['sync:readdir', 'sync:write', 'handle.datasync'])
    expect(fs.readdirSync(dir)).toContain('tickler.lock')
    calls.length = 0
    await store.close()
    store = undefined
    // Closing gives the lock back at once: its name removed, its file closed.
    expect(calls.filter((c) => c.startsWith('sync:'))).toEqual(['sync:unlink', 'sync:close'])
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.lock'))).toEqual([])
  })

  it('and a read on an idle store waits for none', async () => {
    const calls: string[] = []
    store = await openJsonStore(await tempDir(), { fs: counting(calls) })
    await store.transact(change('first'), (tx) => tx.put('vendors', vendor('v1')))
    await store.refresh()
    calls.length = 0
    await store.refresh()
    expect(calls).toEqual([])
  })
})
