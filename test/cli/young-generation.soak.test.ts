import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { keepYoungGenerationSmall } from '../../adapters/cli/heap-compaction.ts'

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
