// The commit lock: a provably dead holder's lock is taken over (gone, zombie, pid reused, machine
// restarted), a live one or one that cannot be judged is waited for (and a write that waits too
// long fails cleanly), and several stores in one process never steal each other's lock.
import { spawn } from 'node:child_process'
import fs, { readFileSync, readlinkSync } from 'node:fs'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { StoreWriteError } from '../../src/errors/errors.ts'
import { openJsonStore } from '../../src/store/json-store.ts'
import type { Store } from '../../src/store/store.ts'
import { nodeFs, type StoreFs } from '../../src/store/store-fs.ts'
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

/** A holder on this machine and in this pid namespace unless `other` says otherwise. */
function holder(
  pid: number,
  other: Partial<Record<'start' | 'host' | 'token' | 'boot' | 'pidns', string>> = {},
) {
  return JSON.stringify({
    pid,
    start: '',
    host: os.hostname(),
    token: 'someone-else',
    boot: BOOT,
    pidns: PIDNS,
    ...other,
  })
}

const BOOT = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()
const PIDNS = readlinkSync('/proc/self/ns/pid')
const BEFORE_BOOT = new Date('2000-01-01T00:00:00Z')

/** Fields of /proc/PID/stat after the command name: [0] is the state, [19] the start time. */
function procStat(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')
}

/**
 * A process that has exited but stays in the process table: its parent (sh, which became
 * `sleep 60` while it ran) never reaps it.
 */
async function zombie(): Promise<number> {
  const child = spawn('sh', ['-c', 'sleep 0.2 & echo $!; exec sleep 60'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  })
  children.push(child.pid!)
  const pid = Number(
    await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString()))),
  )
  for (let i = 0; i < 200 && procStat(pid)[0] !== 'Z'; i++)
    await new Promise((resolve) => setTimeout(resolve, 10))
  return pid
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
    await fsp.writeFile(lock, holder(await sleeper(), { start: '1' }))
    await store.transact(change(), (tx) => tx.put('vendors', vendor('v2')))
    expect(store.all('vendors')).toHaveLength(2)
  })

  it('waits for an unreadable lock file written since this machine started, and takes over an older one', async () => {
    const { store, lock } = await setUp(300)
    await fsp.writeFile(lock, '')
    const error = await store
      .transact(change(), (tx) => tx.put('vendors', vendor('v2')))
      .catch((e: unknown) => e)
    expect((error as Error).message).toMatch(/lock .*tickler\.lock cannot be read/)
    expect(await fsp.readFile(lock, 'utf8')).toBe('')
    expect(store.all('vendors')).toHaveLength(1)

    await fsp.utimes(lock, BEFORE_BOOT, BEFORE_BOOT)
    await store.transact(change(), (tx) => tx.put('vendors', vendor('v2')))
    expect(store.all('vendors')).toHaveLength(2)
  })

  it('takes over a lock whose holder is a zombie (it has exited, its parent has not collected it)', async () => {
    const { store, lock } = await setUp(2_000)
    const pid = await zombie()
    expect(procStat(pid)[0]).toBe('Z')
    await fsp.writeFile(lock, holder(pid, { start: procStat(pid)[19]! }))
    await store.transact(change(), (tx) => tx.put('vendors', vendor('v2')))
    expect(store.all('vendors')).toHaveLength(2)
  })

  it('waits for a lock from another machine or pid namespace, whose holder it cannot check', async () => {
    const { store, lock } = await setUp(300)
    const dead = await deadPid()
    for (const other of [
      { host: 'other-host', boot: 'other-boot' },
      { pidns: 'pid:[1]' },
      // Another machine of the same name, whose lock was written after this one started.
      { boot: 'other-boot' },
    ]) {
      await fsp.writeFile(lock, holder(dead, other))
      const error = await store
        .transact(change(), (tx) => tx.put('vendors', vendor('v2')))
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(StoreWriteError)
      expect((error as Error).message).toMatch(
        new RegExp(
          `\\(process ${dead} on .*\\) holds the data folder's lock on another machine or container`,
        ),
      )
      expect(await fsp.readFile(lock, 'utf8')).toBe(holder(dead, other))
      expect(store.all('vendors')).toHaveLength(1)
    }
  })

  it('takes over a lock written on this machine before it restarted, even if its pid runs again', async () => {
    const { store, lock } = await setUp(2_000)
    await fsp.writeFile(lock, holder(await sleeper(), { boot: 'previous-boot' }))
    await fsp.utimes(lock, BEFORE_BOOT, BEFORE_BOOT)
    await store.transact(change(), (tx) => tx.put('vendors', vendor('v2')))
    expect(store.all('vendors')).toHaveLength(2)
  })

  it("takes over a dead holder's lock when its claim opens as descriptor 0 (a daemon with stdin closed), and closes it", async () => {
    const dir = await tempDir()
    // Descriptors as a process without stdin gets them: a claim file opens as 0 while 0 is free.
    const real = new Map<number, number>()
    const open = new Set<number>()
    const fd = (n: number) => real.get(n) ?? n
    const renumbering: StoreFs = {
      ...nodeFs,
      openSync: ((file: string, flags: string) => {
        const opened = fs.openSync(file, flags)
        open.add(opened)
        // A claim is made by linking its identity file (tickler.<key>.break.<token>.new.lock).
        if (!String(file).includes('.break.') || real.has(0)) return opened
        real.set(0, opened)
        return 0
      }) as StoreFs['openSync'],
      writeSync: ((n: number, ...rest: [Buffer, number, number, number]) =>
        fs.writeSync(fd(n), ...rest)) as StoreFs['writeSync'],
      closeSync: (n) => {
        fs.closeSync(fd(n))
        open.delete(fd(n))
        real.delete(n)
      },
    }
    const store = await openJsonStore(dir, { fs: renumbering, lockTimeoutMs: 2_000 })
    stores.push(store)
    await fsp.writeFile(path.join(dir, 'tickler.lock'), holder(await deadPid()))
    await store.transact(change(), (tx) => tx.put('vendors', vendor('v1')))
    expect(store.all('vendors')).toHaveLength(1)
    expect((await fsp.readdir(dir)).filter((n) => n.endsWith('.lock'))).toEqual([])
    // The claim (descriptor 0) was taken as made, and closed with every other lock file.
    expect(open.size).toBe(0)
  })

  it('clears what dead processes left beside the lock: a claim on a dead lock, and unlinked identities', async () => {
    const { dir, lock } = await setUp(2_000)
    const dead = await deadPid()
    const live = await sleeper()
    await fsp.writeFile(lock, holder(dead, { token: 'deadlock' }))
    const claim = path.join(dir, 'tickler.deadlock.break.lock')
    await fsp.writeFile(claim, holder(dead, { token: 'deadclaim' }))
    await fsp.writeFile(path.join(dir, 'tickler.deadnew.new.lock'), holder(dead, { token: 'deadnew' }))
    await fsp.writeFile(path.join(dir, 'tickler.livenew.new.lock'), holder(live, { token: 'livenew' }))
    // A process looks for leftovers once, at its first commit.
    const store = await openJsonStore(dir)
    stores.push(store)
    await store.transact(change(), (tx) => tx.put('vendors', vendor('v2')))
    expect(store.all('vendors')).toHaveLength(2)
    expect((await fsp.readdir(dir)).filter((n) => n.endsWith('.lock'))).toEqual(['tickler.livenew.new.lock'])
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
