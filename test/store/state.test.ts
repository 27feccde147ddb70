// The shared state engine: a transaction's reads see its own writes in Map order, and nothing
// reaches the committed view until the commit.
import { describe, expect, it } from 'vitest'
import { openJsonStore } from '../../src/store/json-store.ts'
import type { Store } from '../../src/store/store.ts'
import { MemoryStore } from '../support/memory-store.ts'
import { change, tempDir, vendor } from './helpers.ts'

describe.each([
  ['MemoryStore', async () => new MemoryStore() as Store],
  ['JsonStore', async () => openJsonStore(await tempDir())],
])('%s transaction reads', (_, make) => {
  it('see replaced records in place, removed ones gone and new ones last', async () => {
    const store = await make()
    await store.transact(change(), (tx) => {
      for (const id of ['a', 'b', 'c']) tx.put('vendors', vendor(id))
    })
    const committed = store.all('vendors')
    const inside = await store.transact(change(), (tx) => {
      const before = tx.all('vendors')
      tx.put('vendors', { ...vendor('b'), tier: 'low' })
      tx.remove('vendors', 'a')
      tx.put('vendors', vendor('d'))
      return { before, after: tx.all('vendors').map((v) => `${v.id}:${v.tier}`), audit: tx.audit('b').length }
    })
    expect(inside.before).toBe(committed)
    expect(inside.after).toEqual(['b:low', 'c:high', 'd:high'])
    expect(inside.audit).toBe(1)
    expect(store.all('vendors').map((v) => v.id)).toEqual(['b', 'c', 'd'])
    expect(committed.map((v) => v.id)).toEqual(['a', 'b', 'c'])
    expect(store.audit('b')).toHaveLength(2)
    await store.close()
  })
})
