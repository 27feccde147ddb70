// What a durable write waits for: every file-system call through the thread pool is a worker
// wake-up, and on a loaded 2-core machine a chance to lose the main thread's time slice, which is
// where a write's p99 went (issue 19). The floor is two (write, fdatasync); this counts the rest
// on the path to the answer, so a new round trip on it is a deliberate choice.
import fsp, { type FileHandle } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { openJsonStore } from '../../src/store/json-store.ts'
import type { Store } from '../../src/store/store.ts'
import type { StoreFs } from '../../src/store/store-fs.ts'
import { change, tempDir, vendor } from './helpers.ts'

/**
 * Node's promise fs, each call (and each call on an opened file) recorded by name when it settles:
 * a call the store does not wait for settles only after the answer, whose continuation is a
 * microtask, so it is not in the list the test reads then.
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
  }
}

let store: Store | undefined
afterEach(async () => {
  await store?.close()
  store = undefined
})

describe('a durable write', () => {
  it('waits for the lock, the catch-up under it, the append and the unlock, and nothing else', async () => {
    const calls: string[] = []
    store = await openJsonStore(await tempDir(), { fs: counting(calls) })
    await store.transact(change('first'), (tx) => tx.put('vendors', vendor('v1')))
    await store.refresh()
    calls.length = 0
    await store.transact(change('second'), (tx) => tx.put('vendors', vendor('v2')))
    const waited = [...calls]
    expect(waited).toEqual([
      // The lock: its holder's identity written to a file of its own, linked into place, unnamed.
      'open',
      'handle.writeFile',
      'link',
      'unlink',
      // Under the lock: new journal files (lines another process appended: an fstat on this thread).
      'readdir',
      // The line.
      'handle.write',
      'handle.datasync',
      // The lock's name removed (its handle closes after the answer).
      'unlink',
    ])
    expect(store.all('vendors')).toHaveLength(2)
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
