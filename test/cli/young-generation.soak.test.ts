import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { keepYoungGenerationSmall } from '../../adapters/cli/heap-compaction.ts'
import { spawnServeIn } from './run-cli.ts'

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
    const { child } = await spawnServeIn('tickler-serve-young-', {
      PORT: '0',
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
