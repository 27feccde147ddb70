// The per-vendor contract index is cached per store revision: every change to the contracts
// must show in the next lookup, and other writes must not disturb it.
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { contractsOfVendor } from '../../src/contracts/contracts-by-vendor.ts'
import type { Contract } from '../../src/domain/contract.ts'
import { MemoryStore } from '../../src/store/memory-store.ts'
import { contract } from '../support/factories.ts'

const change = { who: 'U0TEST', at: Temporal.Instant.from('2026-11-25T10:00:00Z'), action: 'test' }
const put = (store: MemoryStore, ...records: Contract[]) =>
  store.transact(change, (tx) => {
    for (const r of records) tx.put('contracts', r)
  })
const ids = (store: MemoryStore, vendorId: string) => contractsOfVendor(store, vendorId).map((c) => c.id)

describe('contractsOfVendor', () => {
  it("gives each vendor's contracts in register order, and none for a vendor without any", async () => {
    const store = new MemoryStore()
    await put(
      store,
      contract({ id: 'c1', vendorId: 'v1' }),
      contract({ id: 'c2', vendorId: 'v2' }),
      contract({ id: 'c3', vendorId: 'v1' }),
    )
    expect(ids(store, 'v1')).toEqual(['c1', 'c3'])
    expect(ids(store, 'v2')).toEqual(['c2'])
    expect(ids(store, 'v9')).toEqual([])
  })

  it('follows added, changed, moved and removed contracts', async () => {
    const store = new MemoryStore()
    await put(store, contract({ id: 'c1', vendorId: 'v1' }))
    expect(ids(store, 'v1')).toEqual(['c1'])
    await put(store, contract({ id: 'c2', vendorId: 'v1' }))
    expect(ids(store, 'v1')).toEqual(['c1', 'c2'])
    await put(store, contract({ id: 'c1', vendorId: 'v1', title: 'Renamed' }))
    expect(contractsOfVendor(store, 'v1')[0]!.title).toBe('Renamed')
    await put(store, contract({ id: 'c2', vendorId: 'v2' }))
    expect(ids(store, 'v1')).toEqual(['c1'])
    expect(ids(store, 'v2')).toEqual(['c2'])
    await store.transact(change, (tx) => tx.remove('contracts', 'c1'))
    expect(ids(store, 'v1')).toEqual([])
  })

  it('sees contracts staged in the same transaction', async () => {
    const store = new MemoryStore()
    await put(store, contract({ id: 'c1', vendorId: 'v1' }))
    expect(ids(store, 'v1')).toEqual(['c1'])
    const inside = await store.transact(change, (tx) => {
      tx.put('contracts', contract({ id: 'c2', vendorId: 'v1' }))
      return contractsOfVendor(tx, 'v1').map((c) => c.id)
    })
    expect(inside).toEqual(['c1', 'c2'])
  })
})
