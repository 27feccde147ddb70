// Which records a write changed, found by one walk over two listings of a collection: the
// incremental caches patch their values from this, so a record missed here is a stale answer.
import { describe, expect, it } from 'vitest'
import { recordChanges } from '../../src/store/record-changes.ts'

const r = (id: string, v = 0) => ({ id, v })
const a = r('a')
const b = r('b')
const c = r('c')
const d = r('d')
const b2 = r('b', 2)

describe('recordChanges', () => {
  it.each([
    ['nothing changed', [a, b, c], [a, b, c], [], []],
    ['one replaced in place', [a, b, c], [a, b2, c], [b], [b2]],
    ['one removed', [a, b, c], [a, c], [b], []],
    ['one added last', [a, b, c], [a, b, c, d], [], [d]],
    ['removed and added again (moved last, replaced)', [a, b, c], [a, c, b2], [b], [b2]],
    ['first and last replaced', [a, b, c], [r('a', 1), b, r('c', 1)], [a, c], [r('a', 1), r('c', 1)]],
    ['all gone', [a, b], [], [a, b], []],
  ])('%s', (_name, before, after, removed, added) => {
    expect(recordChanges(before, after, 100)).toEqual({ removed, added })
  })

  it('a reordering reports the moved records as removed and added, so applying it still gives `after`', () => {
    const changes = recordChanges([a, b, c], [c, a, b], 100)!
    const kept = [a, b, c].filter((x) => !changes.removed.includes(x))
    expect(new Set([...kept, ...changes.added])).toEqual(new Set([a, b, c]))
  })

  it('gives up (null) past the limit, so the caller builds from scratch', () => {
    const before = Array.from({ length: 10 }, (_, i) => r(`x${i}`))
    const after = before.map((x) => ({ ...x }))
    expect(recordChanges(before, after, 19)).toBeNull()
    expect(recordChanges(before, after, 20)?.added).toHaveLength(10)
  })
})
