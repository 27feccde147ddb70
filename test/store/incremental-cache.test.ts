// The cache that patches a value from the records a write changed, on a real MemoryStore: a write
// elsewhere keeps the value, a few changed records are handed to `update`, a new day or a large
// write builds again.
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { incrementalCache } from '../../src/store/incremental-cache.ts'
import type { Transaction } from '../../src/store/store.ts'
import { contract, vendor } from '../support/factories.ts'
import { MemoryStore } from '../support/memory-store.ts'

const change = { who: 'U0TEST', at: Temporal.Instant.from('2026-11-25T10:00:00Z'), action: 'test' }

describe('incrementalCache', () => {
  it('builds once a day and patches from the changed records in between', async () => {
    const store = new MemoryStore()
    const write = (fn: (tx: Transaction) => void) => store.transact(change, fn)
    await write((tx) => {
      for (let i = 0; i < 5; i++) tx.put('contracts', contract({ id: `c${i}`, title: `T${i}` }))
    })
    const calls: string[] = []
    const titles = incrementalCache<string[]>(['contracts'], {
      build: (view, today) => {
        calls.push(`build ${today}`)
        return view.all('contracts').map((c) => c.title)
      },
      update: (previous, [changes]) => {
        calls.push(`update -${changes!.removed.map((c) => c.id)} +${changes!.added.map((c) => c.id)}`)
        const gone = new Set(changes!.removed.map((c) => c.id))
        const kept = previous.filter((t) => !gone.has(`c${t.slice(1)}`))
        return [...kept, ...changes!.added.map((c) => (c as unknown as { title: string }).title)]
      },
      limit: 4,
    })
    expect(titles(store, '2026-11-25')).toEqual(['T0', 'T1', 'T2', 'T3', 'T4'])
    await write((tx) => tx.put('vendors', vendor('v9')))
    expect(titles(store, '2026-11-25')).toHaveLength(5)
    await write((tx) => {
      tx.put('contracts', contract({ id: 'c2', title: 'T2' }))
      tx.remove('contracts', 'c4')
    })
    expect(titles(store, '2026-11-25')).toEqual(['T0', 'T1', 'T3', 'T2'])
    expect(titles(store, '2026-11-26')).toEqual(['T0', 'T1', 'T2', 'T3'])
    await write((tx) => {
      for (let i = 0; i < 3; i++) tx.put('contracts', contract({ id: `c${i}`, title: `New${i}` }))
    })
    expect(titles(store, '2026-11-26')).toEqual(['New0', 'New1', 'New2', 'T3'])
    expect(calls).toEqual(['build 2026-11-25', 'update -c2,c4 +c2', 'build 2026-11-26', 'build 2026-11-26'])
  })
})
