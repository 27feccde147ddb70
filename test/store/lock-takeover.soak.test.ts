// Only a dead holder's lock is taken over: writers whose event loops stall for seconds while they
// take or hold the lock (a starved process on a loaded machine) keep it, and lose or refuse
// nothing; a holder killed with SIGKILL while holding it is taken over at once.
// TICKLER_LOCK_SOAK_WRITES (default 10) sets how many writes each of the three writers makes.
import { type ChildProcess, spawn } from 'node:child_process'
import fsp from 'node:fs/promises'
import path from 'node:path'
import { build } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { openJsonStore } from '../../src/store/json-store.ts'
import { change, incident, tempDir } from './helpers.ts'

const WRITES = Number(process.env.TICKLER_LOCK_SOAK_WRITES ?? 10)
/** Longer than the 2 s after which an empty lock file used to be judged abandoned. */
const STALL_MS = 2_500

interface Writer {
  process: ChildProcess
  lines: string[]
  /** Resolves when the writer prints `line` (or exits). */
  printed(line: string): Promise<void>
  done: Promise<number | null>
}

/** Started from one esbuild bundle: under tsx each child takes seconds to start on 2 cores. */
let bundled = ''
beforeAll(async () => {
  bundled = path.join(await tempDir('tickler-stalling-writer-'), 'writer.mjs')
  await build({
    entryPoints: [path.join(import.meta.dirname, 'fixtures', 'writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundled,
    logLevel: 'error',
  })
})

function startWriter(dir: string, count: number, label: string, stalls: string[]): Writer {
  const child = spawn(
    process.execPath,
    [bundled, dir, String(count), label, stalls.join(','), String(STALL_MS)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const lines: string[] = []
  const waiting = new Map<string, () => void>()
  let buffered = ''
  child.stdout!.on('data', (d: Buffer) => {
    buffered += d.toString()
    const complete = buffered.split('\n')
    buffered = complete.pop()!
    for (const line of complete) {
      lines.push(line)
      waiting.get(line)?.()
    }
  })
  const done = new Promise<number | null>((resolve) => child.on('exit', resolve))
  return {
    process: child,
    lines,
    done,
    printed: (line) =>
      lines.includes(line)
        ? Promise.resolve()
        : Promise.race([
            new Promise<void>((resolve) => waiting.set(line, resolve)),
            done.then(() => undefined),
          ]),
  }
}

describe('the data folder lock under a starved or killed holder', () => {
  it('three writers stalling for 2.5 s while taking or holding the lock: every write saved, none refused', async () => {
    const dir = await tempDir()
    const writers = [0, 1, 2].map((k) =>
      startWriter(dir, WRITES, `w${k}`, [`lock-open:${2 + k}`, `datasync:${4 + k}`]),
    )
    const codes = await Promise.all(writers.map((w) => w.done))
    const lines = writers.flatMap((w) => w.lines.filter((line) => line !== 'ready'))
    expect(lines.filter((line) => line.startsWith('refused'))).toEqual([])
    expect(codes).toEqual([0, 0, 0])
    expect(lines).toHaveLength(3 * WRITES)

    const store = await openJsonStore(dir)
    try {
      expect(store.all('incidents')).toHaveLength(3 * WRITES)
      for (const line of lines) {
        const [id, label, i] = line.split(' ')
        expect(store.get('incidents', id!)?.summary).toBe(`${label} ${i}`)
      }
    } finally {
      await store.close()
    }
  }, 60_000)

  it('takes over the lock of a holder killed with SIGKILL while holding it, at once', async () => {
    const dir = await tempDir()
    const store = await openJsonStore(dir)
    try {
      const holder = startWriter(dir, 1, 'killed', ['hang-datasync:1'])
      await holder.printed('holding')
      const lock = JSON.parse(await fsp.readFile(path.join(dir, 'tickler.lock'), 'utf8')) as { pid: number }
      expect(lock.pid).toBe(holder.process.pid)
      // A second process queues behind the hung holder before it dies.
      const waiter = startWriter(dir, 2, 'waiter', [])
      await waiter.printed('ready')

      holder.process.kill('SIGKILL')
      expect(await holder.done).toBe(null)
      const started = performance.now()
      await store.transact(change(), (tx) => tx.put('incidents', incident(100)))
      expect(performance.now() - started).toBeLessThan(1_000)

      expect(await waiter.done).toBe(0)
      expect(waiter.lines.filter((line) => line.startsWith('refused'))).toEqual([])
      await store.refresh()
      expect(store.get('incidents', 'INC-0100')?.summary).toBe('incident 100')
      expect(store.all('incidents').filter((i) => i.loggedBy === 'waiter')).toHaveLength(2)
    } finally {
      await store.close()
    }
  }, 30_000)
})
