// `tickler serve` gives back its young generation once quiet. V8 grows it under allocation
// (opening the store, any command) and shrinks it only in a collection that finds allocation
// slow over its last five seconds, which a quiet server never ran: it kept it grown for good.
// Real time (V8's own five-second window, then serve's quiet times), so it lives with the soak
// tests.
import { spawn } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { keepYoungGenerationSmall } from '../../adapters/cli/heap-compaction.ts'
import { BIN } from './run-cli.ts'

const young = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.physical_space_size

describe('keepYoungGenerationSmall', () => {
  it('stops the young generation growing while many objects survive, as they do opening the store', () => {
    // A fresh process (soak tests run one per file): its young generation has room to grow.
    const before = young()
    expect(before).toBeLessThan(16 << 20)
    keepYoungGenerationSmall()
    try {
      const kept: object[] = []
      for (let i = 0; i < 2_000_000; i++) kept.push({ i, s: `v${i}` })
      expect(kept).toHaveLength(2_000_000)
      // Both halves of its current size committed at most; it grows to 32 MB otherwise.
      expect(young()).toBeLessThanOrEqual(Math.max(2 * before, 8 << 20))
    } finally {
      // V8's default, for the rest of this process.
      setFlagsFromString('--semi-space-growth-factor=2')
    }
  })
})

describe('tickler serve when quiet', { timeout: 120_000 }, () => {
  it('shrinks the young generation to its floor and keeps answering', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'tickler-serve-young-'))
    const child = spawn(process.execPath, [BIN, 'serve', '--now', '2027-01-15'], {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: cwd,
        DATA_DIR: join(cwd, 'store'),
        PORT: '0',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    const line = (pattern: RegExp) =>
      new Promise<RegExpExecArray>((resolve, reject) => {
        const look = () => {
          const m = pattern.exec(out)
          if (m) resolve(m)
        }
        child.stdout.on('data', look)
        child.stderr.on('data', look)
        child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)))
        look()
      })
    const collect = (d: Buffer) => {
      out += d.toString('utf8')
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    try {
      const port = Number((await line(/"port":(\d+)/))[1])
      const shrank = await line(
        /"beforeMb":(\d+),"afterMb":(\d+),"ms":\d+,"msg":"shrank the young generation while idle"/,
      )
      expect(Number(shrank[1])).toBeGreaterThan(Number(shrank[2]))
      expect(Number(shrank[2])).toBeLessThanOrEqual(2)
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200)
    } finally {
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
    }
  })
})
