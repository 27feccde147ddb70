// The commit lock: a dead holder's lock is taken over, a live one is waited for (and a write that
// waits too long fails cleanly), and several stores in one process never steal each other's lock.
import { spawn } from 'node:child_process'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { StoreWriteError } from '../../src/errors/errors.ts'
import { openJsonStore } from '../../src/store/json-store.ts'
import type { Store } from '../../src/store/store.ts'
import { change, incident, tempDir, vendor } from './helpers.ts'

const stores: Store[] = []
const children: number[] = []
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close()
  for (const pid of children.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {}
  }
})

async function setUp(lockTimeoutMs?: number) {
  const dir = await tempDir()
  const store = await openJsonStore(dir, { lockTimeoutMs })
  stores.push(store)
  await store.transact(change(), (tx) => tx.put('vendors', vendor('v1')))
  return { dir, store, lock: path.join(dir, 'tickler.lock') }
}

function holder(pid: number, start = '') {
  return JSON.stringify({ pid, start, host: os.hostname(), token: 'someone-else' })
}

async function sleeper(): Promise<number> {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' })
  await new Promise((resolve) => child.once('spawn', resolve))
  children.push(child.pid!)
  return child.pid!
}

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' })
  await new Promise((resolve) => child.once('exit', resolve))
  return child.pid!
}

describe('the data folder lock', () => {
  it('takes over a lock whose holder has died', async () => {
    const { store, lock } = await setUp()
    await fsp.writeFile(lock, holder(await deadPid()))
    await store.transact(change(), (tx) => tx.put('vendors', vendor('v2')))
    expect(store.all('vendors')).toHaveLength(2)
    await expect(fsp.stat(lock)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('waits for a live holder, fails cleanly after the timeout, and succeeds once it is gone', async () => {
    const { dir, store, lock } = await setUp(300)
    const pid = await sleeper()
    await fsp.writeFile(lock, holder(pid))
    const error = await store
      .transact(change(), (tx) => tx.put('vendors', vendor('v2')))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreWriteError)
    expect((error as Error).message).toMatch(
      new RegExp(`another Tickler process \\(process ${pid} on .*\\) holds`),
    )
    expect(store.all('vendors')).toHaveLength(1)
    expect(await fsp.readFile(lock, 'utf8')).toBe(holder(pid))
    expect((await fsp.readdir(dir)).sort()).toEqual(['journal-2026-11.jsonl', 'tickler.json', 'tickler.lock'])

    process.kill(pid, 'SIGKILL')
    await new Promise((resolve) => setTimeout(resolve, 100))
    await store.transact(change(), (tx) => tx.put('vendors', vendor('v2')))
    expect(store.all('vendors')).toHaveLength(2)
  })

  it('takes over a lock whose pid now belongs to another process', async () => {
    const { store, lock } = await setUp(2_000)
    await fsp.writeFile(lock, holder(await sleeper(), '1'))
    await store.transact(change(), (tx) => tx.put('vendors', vendor('v2')))
    expect(store.all('vendors')).toHaveLength(2)
  })

  it('takes over an empty lock file left by a holder that died while creating it', async () => {
    const { store, lock } = await setUp()
    await fsp.writeFile(lock, '')
    await store.transact(change(), (tx) => tx.put('vendors', vendor('v2')))
    expect(store.all('vendors')).toHaveLength(2)
  })

  it('keeps two stores in one process on one folder from losing changes', async () => {
    const dir = await tempDir()
    const a = await openJsonStore(dir)
    const b = await openJsonStore(dir)
    stores.push(a, b)
    const log = (s: Store) =>
      s.transact(change(), (tx) => {
        const n = tx.next('incident')
        tx.put('incidents', incident(n))
        return n
      })
    const ids = await Promise.all(Array.from({ length: 40 }, (_, i) => log(i % 2 ? a : b)))
    expect(new Set(ids).size).toBe(40)
    await a.refresh()
    await b.refresh()
    expect(a.all('incidents')).toHaveLength(40)
    expect(b.all('incidents')).toHaveLength(40)
    expect(a.revision).toBe(40)
    expect(b.revision).toBe(40)
  })
})
