// The data folder's lock kept for a short lease after a commit (DirLock.keepAfterCommit): a burst
// of commits makes the lock's directory changes once. What must hold whatever the lease: another
// writer gets its turn when the lease ends, a steady stream gives the lock back at its cap, a
// failed commit gives it back at once, and a process that exits mid-lease leaves no lock behind.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Logger } from 'pino'
import { describe, expect, it, vi } from 'vitest'
import { StoreWriteError } from '../../src/errors/errors.ts'
import { DirLock } from '../../src/store/dir-lock.ts'
import { LOCK_FILE } from '../../src/store/json-store.ts'
import { nodeFs } from '../../src/store/store-fs.ts'
import { FailingFs } from './failing-fs.ts'
import { change, closedAfterEach, tempDir, vendor } from './helpers.ts'

const quiet = { warn() {}, error() {} } as unknown as Logger
const locks = (dir: string) => fs.readdirSync(dir).filter((n) => n.endsWith('.lock'))

const open = closedAfterEach()

describe('the lock lease', () => {
  it('keeps the lock after a commit until the lease runs out, then the next commit takes it again', async () => {
    const dir = await tempDir()
    const store = await open(dir, { lockLeaseMs: 30 })
    await store.transact(change('first'), (tx) => tx.put('vendors', vendor('v1')))
    expect(locks(dir)).toEqual([LOCK_FILE])
    await vi.waitFor(() => expect(locks(dir)).toEqual([]), { timeout: 5_000, interval: 5 })
    await store.transact(change('second'), (tx) => tx.put('vendors', vendor('v2')))
    expect(locks(dir)).toEqual([LOCK_FILE])
    expect(store.all('vendors').map((v) => v.id)).toEqual(['v1', 'v2'])
  })

  it('makes another writer wait only for the lease, and loses none of either writer', async () => {
    const dir = await tempDir()
    const first = await open(dir, { lockLeaseMs: 300 })
    // Another process, as far as the lock can tell: its own lock, judged by the same rules.
    const second = await open(dir, { lockTimeoutMs: 10_000 })
    await first.transact(change('first'), (tx) => tx.put('vendors', vendor('v1')))
    const started = performance.now()
    await second.transact(change('second'), (tx) => tx.put('vendors', vendor('v2')))
    // It waited for the lease to end (300 ms after the first commit), not for its 10 s timeout.
    expect(performance.now() - started).toBeGreaterThan(100)
    expect(performance.now() - started).toBeLessThan(9_000)
    expect(locks(dir)).toEqual([])
    // The first takes the lock anew, reads the second's line under it, and numbers after it.
    await first.transact(change('third'), (tx) => tx.put('vendors', vendor('v3')))
    expect(first.all('vendors').map((v) => v.id)).toEqual(['v1', 'v2', 'v3'])
    const reopened = await open(dir, {})
    expect(reopened.all('vendors').map((v) => v.id)).toEqual(['v1', 'v2', 'v3'])
  })

  it('gives the lock back after the commit that finds the lease renewed past its cap', async () => {
    const dir = await tempDir()
    const file = path.join(dir, LOCK_FILE)
    const lock = new DirLock(file, nodeFs, quiet, { leaseMs: 60_000, leaseCapMs: 100 })
    await lock.acquire()
    lock.keepAfterCommit()
    expect(locks(dir)).toEqual([LOCK_FILE])
    await lock.acquire()
    lock.keepAfterCommit()
    expect(locks(dir)).toEqual([LOCK_FILE])
    await new Promise((resolve) => setTimeout(resolve, 150))
    await lock.acquire()
    lock.keepAfterCommit()
    expect(locks(dir)).toEqual([])
  })

  it('gives the lock back at once when a commit fails, and the next commit succeeds', async () => {
    const dir = await tempDir()
    const failing = new FailingFs()
    const store = await open(dir, { fs: failing.fs, lockLeaseMs: 60_000 })
    await store.transact(change('first'), (tx) => tx.put('vendors', vendor('v1')))
    expect(locks(dir)).toEqual([LOCK_FILE])
    failing.failure = { code: 'ENOSPC', when: (op, f) => op === 'write' && f.endsWith('.jsonl') }
    await expect(
      store.transact(change('second'), (tx) => tx.put('vendors', vendor('v2'))),
    ).rejects.toBeInstanceOf(StoreWriteError)
    expect(locks(dir)).toEqual([])
    failing.failure = undefined
    await store.transact(change('third'), (tx) => tx.put('vendors', vendor('v3')))
    expect(store.all('vendors').map((v) => v.id)).toEqual(['v1', 'v3'])
  })

  it('is given back when the process exits during it, so no lock is left for a takeover', async () => {
    const dir = await tempDir()
    const fixture = path.join(import.meta.dirname, 'fixtures', 'lease-exit.ts')
    const child = spawn(process.execPath, ['--import', 'tsx', fixture, dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString()
    })
    const code = await new Promise((resolve) => child.once('exit', resolve))
    expect(err).toBe('')
    expect(code).toBe(0)
    expect(out).toBe('holding\n')
    expect(locks(dir)).toEqual([])
    const reopened = await open(dir, {})
    expect(reopened.all('vendors').map((v) => v.name)).toEqual(['Leased Vendor'])
  })
})
