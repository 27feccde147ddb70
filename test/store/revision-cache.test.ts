// The one cache of values derived from store contents, on a real MemoryStore: a change to a
// collection it reads shows at once, a write elsewhere or a transaction over the same records
// reuses the value, and a new day computes again.
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { MemoryStore } from '../../src/store/memory-store.ts'
import { revisionCache } from '../../src/store/revision-cache.ts'
import type { StoreView } from '../../src/store/store.ts'
import { contract, vendor } from '../support/factories.ts'

const change = { who: 'U0TEST', at: Temporal.Instant.from('2026-11-25T10:00:00Z'), action: 'test' }

function countingCache() {
  const seen: string[] = []
  const titles = revisionCache(['contracts'], (view: StoreView, today) => {
    seen.push(today)
    return view.all('contracts').map((c) => c.title)
  })
  return { titles, seen }
}

describe('revisionCache', () => {
  it('computes again only when a record it reads changes or the day changes', async () => {
    const store = new MemoryStore()
    await store.transact(change, (tx) => tx.put('contracts', contract({ id: 'c1', title: 'Cloud' })))
    const { titles, seen } = countingCache()
    expect(titles(store, '2026-11-25')).toEqual(['Cloud'])
    expect(titles(store, '2026-11-25')).toEqual(['Cloud'])
    await store.transact(change, (tx) => tx.put('vendors', vendor('v9', 'Elsewhere')))
    expect(titles(store, '2026-11-25')).toEqual(['Cloud'])
    expect(seen).toEqual(['2026-11-25'])
    await store.transact(change, (tx) => tx.put('contracts', contract({ id: 'c1', title: 'Renamed' })))
    expect(titles(store, '2026-11-25')).toEqual(['Renamed'])
    expect(titles(store, '2026-11-26')).toEqual(['Renamed'])
    expect(seen).toEqual(['2026-11-25', '2026-11-25', '2026-11-26'])
  })

  it("reuses the store's value inside a transaction that has not touched those records, and sees staged ones", async () => {
    const store = new MemoryStore()
    await store.transact(change, (tx) => tx.put('contracts', contract({ id: 'c1', title: 'Cloud' })))
    const { titles, seen } = countingCache()
    const before = titles(store, '2026-11-25')
    const inside = await store.transact(change, (tx) => {
      const untouched = titles(tx, '2026-11-25')
      tx.put('contracts', contract({ id: 'c2', title: 'Backup' }))
      return { untouched, staged: titles(tx, '2026-11-25') }
    })
    expect(inside.untouched).toBe(before)
    expect(inside.staged).toEqual(['Cloud', 'Backup'])
    expect(seen).toHaveLength(2)
  })
})
