// Several processes on one DATA_DIR lose nothing, sequences never collide, and a writer killed
// with SIGKILL at any instant leaves a loadable store holding every acknowledged change.
import { type ChildProcess, spawn } from 'node:child_process'
import fsp from 'node:fs/promises'
import path from 'node:path'
import { build } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { openJsonStore } from '../../src/store/json-store.ts'
import { change, tempDir } from './helpers.ts'

const WRITER = path.join(import.meta.dirname, 'fixtures', 'writer.ts')

interface Child {
  process: ChildProcess
  /** "<id> <label> <i>" per acknowledged transaction, in order. */
  acks: string[]
  ready: Promise<void>
  /** Resolves at the first acknowledged write (or exit). */
  firstAck: Promise<void>
  done: Promise<number | null>
  seen?: number
}

/**
 * The kill test starts 50 writers; under tsx each takes seconds to start on this 2-core machine,
 * so it runs the same fixture bundled into one plain .mjs (esbuild, which tsx itself uses).
 */
let bundled = ''
beforeAll(async () => {
  bundled = path.join(await tempDir('tickler-writer-'), 'writer.mjs')
  await build({
    entryPoints: [WRITER],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundled,
    logLevel: 'error',
  })
})

function startWriter(dir: string, count: number, label: string, fast = false, snapshots = false): Child {
  const args = fast ? [bundled] : ['--import', 'tsx', WRITER]
  const child = spawn(process.execPath, [...args, dir, String(count), label], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...(snapshots ? { SNAPSHOT_AFTER_BYTES: '0' } : {}) },
  })
  const acks: string[] = []
  let buffered = ''
  let stderr = ''
  let markReady: () => void = () => undefined
  let markAck: () => void = () => undefined
  const ready = new Promise<void>((resolve) => {
    markReady = resolve
  })
  const firstAck = new Promise<void>((resolve) => {
    markAck = resolve
  })
  const result: Child = {
    process: child,
    acks,
    ready,
    firstAck,
    done: new Promise((resolve) =>
      child.on('exit', (code) => {
        markReady()
        markAck()
        if (code !== 0 && code !== null) console.error(stderr)
        resolve(code)
      }),
    ),
  }
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString()
  })
  child.stdout!.on('data', (d: Buffer) => {
    buffered += d.toString()
    const lines = buffered.split('\n')
    buffered = lines.pop()!
    for (const line of lines) {
      if (line === 'ready') markReady()
      else if (line.startsWith('seen ')) result.seen = Number(line.slice(5))
      else {
        acks.push(line)
        markAck()
      }
    }
  })
  return result
}

describe('several processes on one folder', () => {
  it('two writers of 200 changes each: all 400 present, incident numbers unique', async () => {
    const dir = await tempDir()
    const watcher = await openJsonStore(dir)
    const a = startWriter(dir, 200, 'a')
    const b = startWriter(dir, 200, 'b')
    expect(await a.done).toBe(0)
    expect(await b.done).toBe(0)

    const acks = [...a.acks, ...b.acks]
    expect(acks).toHaveLength(400)
    const ids = acks.map((line) => line.split(' ')[0])
    expect(new Set(ids).size).toBe(400)
    // The last writer to finish had already seen everything.
    expect(Math.max(a.seen ?? 0, b.seen ?? 0)).toBe(400)

    // A store opened before the writers started picks their changes up on refresh.
    expect(watcher.all('incidents')).toHaveLength(0)
    await watcher.refresh()
    expect(watcher.revision).toBe(400)
    const incidents = watcher.all('incidents')
    expect(incidents).toHaveLength(400)
    for (const line of acks) {
      const [id, label, i] = line.split(' ')
      expect(watcher.get('incidents', id!)?.summary).toBe(`${label} ${i}`)
    }
    expect(incidents.map((x) => x.id).sort()).toEqual(
      Array.from({ length: 400 }, (_, n) => `INC-${String(n + 1).padStart(4, '0')}`),
    )
    await watcher.close()
  })

  it.each([{ snapshots: false }, { snapshots: true }])(
    'SIGKILL at random moments, 50 times: the store always loads with every acknowledged change (a snapshot after every commit: $snapshots)',
    async ({ snapshots }) => {
      const dir = await tempDir()
      const KILLS = 50
      const SLOTS = 4
      const acked = new Map<string, string>()
      let kills = 0
      let round = 0
      let reopenedFromSnapshot = 0

      const runSlot = async (slot: number): Promise<void> => {
        while (kills < KILLS) {
          kills++
          const label = `w${slot}r${round++}`
          const child = startWriter(dir, 0, label, true, snapshots)
          // A random instant in the write loop: mid-lock, mid-append, mid-fsync or between writes.
          await child.firstAck
          // Snapshots are written in the background (a worker hashes the journal first): a longer
          // window lets some finish, so later kills land before, during and after them.
          await new Promise((resolve) => setTimeout(resolve, Math.random() * (snapshots ? 300 : 60)))
          child.process.kill('SIGKILL')
          expect(await child.done).toBe(null)
          for (const line of child.acks) {
            const [id, ...rest] = line.split(' ')
            expect(acked.has(id!), `${id} acknowledged twice`).toBe(false)
            acked.set(id!, rest.join(' '))
          }
          // Reopen (while the other slots keep writing) and check every acknowledged change.
          if ((await fsp.readdir(dir)).includes('snapshot.json')) reopenedFromSnapshot++
          const store = await openJsonStore(dir)
          for (const [id, summary] of acked) expect(store.get('incidents', id)?.summary, id).toBe(summary)
          await store.close()
        }
      }
      await Promise.all(Array.from({ length: SLOTS }, (_, slot) => runSlot(slot)))

      const store = await openJsonStore(dir, snapshots ? { snapshotAfterBytes: 0 } : {})
      expect(store.all('incidents').length).toBeGreaterThanOrEqual(acked.size)
      expect(acked.size).toBeGreaterThan(0)
      // The store still takes writes after all that (stale locks are taken over).
      const next = await store.transact(change(), (tx) => tx.next('incident'))
      expect(next).toBeGreaterThan(acked.size)
      const names = await fsp.readdir(dir)
      expect(names).not.toContain('tickler.lock')
      // The kills also left the snapshots readable: the reopens above started from them.
      if (snapshots) expect(reopenedFromSnapshot).toBeGreaterThan(KILLS / 2)
      await store.close()
    },
    120_000,
  )
})
