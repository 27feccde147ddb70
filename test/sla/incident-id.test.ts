// nextIncidentId reads the highest number from a cached scan of the incidents: each way the
// register can change between two writes must still give the next number past the highest.
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import type { Incident } from '../../src/domain/sla.ts'
import { formatIncidentId, nextIncidentId } from '../../src/sla/incident-id.ts'
import { MemoryStore } from '../support/memory-store.ts'

const change = { who: 'U0TEST', at: Temporal.Instant.from('2026-11-25T10:00:00Z'), action: 'test' }

function incident(id: string, summary = 'x'): Incident {
  return {
    id,
    vendorId: 'v1',
    contractId: 'c1',
    priority: 'P1',
    summary,
    started: '2026-11-25T09:00:00Z',
    responded: null,
    resolved: null,
    loggedBy: 'U0TEST',
  }
}

const log = (store: MemoryStore) =>
  store.transact(change, (tx) => {
    const id = nextIncidentId(tx)
    tx.put('incidents', incident(id))
    return id
  })

const put = (store: MemoryStore, record: Incident) =>
  store.transact(change, (tx) => tx.put('incidents', record))

describe('nextIncidentId', () => {
  it('numbers past an incident added after the last write (an import with a higher id)', async () => {
    const store = new MemoryStore()
    expect(await log(store)).toBe('INC-0001')
    await put(store, incident('INC-0042'))
    expect(await log(store)).toBe('INC-0043')
    expect(await log(store)).toBe('INC-0044')
  })

  it('numbers past the highest when earlier records were replaced or removed in between', async () => {
    const store = new MemoryStore()
    await put(store, incident('INC-0007'))
    expect(await log(store)).toBe('INC-0008')
    await put(store, incident(formatIncidentId(7), 'changed'))
    await put(store, incident('INC-0050'))
    expect(await log(store)).toBe('INC-0051')
    await store.transact(change, (tx) => tx.remove('incidents', 'INC-0007'))
    expect(await log(store)).toBe('INC-0052')
  })

  it('reads in full when a removal moved records, even if the register did not shrink', async () => {
    const store = new MemoryStore()
    for (const id of ['INC-0001', 'INC-0002', 'INC-0003']) expect(await log(store)).toBe(id)
    // A scan of all three (its number is not used), then a removal and two imports: the register
    // holds INC-0002, INC-0003, INC-0095, INC-0020, so the highest is no longer at the end.
    expect(await store.transact(change, (tx) => nextIncidentId(tx))).toBe('INC-0004')
    await store.transact(change, (tx) => {
      tx.remove('incidents', 'INC-0001')
      tx.put('incidents', incident('INC-0095'))
      tx.put('incidents', incident('INC-0020'))
    })
    expect(await log(store)).toBe('INC-0096')
  })

  it('sees incidents staged earlier in the same transaction', async () => {
    const store = new MemoryStore()
    expect(await log(store)).toBe('INC-0001')
    const ids = await store.transact(change, (tx) => {
      tx.put('incidents', incident('INC-0100'))
      const id = nextIncidentId(tx)
      tx.put('incidents', incident(id))
      return [id, nextIncidentId(tx)]
    })
    expect(ids).toEqual(['INC-0101', 'INC-0102'])
  })

  it('is not fooled by a store whose register is a different one', async () => {
    const a = new MemoryStore()
    const b = new MemoryStore()
    await put(a, incident('INC-0300'))
    expect(await log(a)).toBe('INC-0301')
    expect(await log(b)).toBe('INC-0001')
    expect(await log(a)).toBe('INC-0302')
  })
})
