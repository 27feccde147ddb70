// The JSON store reads its audit trail back from the journal: it must answer exactly what a store
// holding every entry in memory answers, for the whole trail and per record, before and after a
// reopen, across journal files, removals, re-additions and one id in two collections.
import { afterEach, describe, expect, it } from 'vitest'
import { openJsonStore } from '../../src/store/json-store.ts'
import type { Store } from '../../src/store/store.ts'
import { MemoryStore } from '../support/memory-store.ts'
import { change, incident, tempDir, vendor } from './helpers.ts'

const open: Store[] = []
afterEach(async () => {
  for (const store of open.splice(0)) await store.close()
})

async function history(store: Store): Promise<void> {
  await store.transact(change('vendor add', '2026-10-01T09:00:00Z'), (tx) => {
    tx.put('vendors', vendor('v1', 'Acme'))
    tx.put('vendors', vendor('v2', 'Globex'))
  })
  await store.transact(change('vendor edit', '2026-10-02T09:00:00Z'), (tx) =>
    tx.put('vendors', { ...vendor('v1', 'Acme'), tier: 'low' }),
  )
  await store.transact(change('sla log', '2026-11-03T09:00:00Z'), (tx) => {
    tx.put('incidents', incident(tx.next('incident')))
    tx.put('requestKeys', { id: 'k1', at: '2026-11-03T09:00:00.000Z' })
  })
  await store.transact(change('vendor remove', '2026-11-04T09:00:00Z'), (tx) => tx.remove('vendors', 'v2'))
  await store.transact(change('vendor edit', '2026-12-05T09:00:00Z'), (tx) =>
    tx.put('vendors', { ...vendor('v1', 'Acme Corp'), tier: 'low' }),
  )
  await store.transact(change('vendor add', '2026-12-06T09:00:00Z'), (tx) =>
    tx.put('vendors', vendor('v2', 'Globex again')),
  )
  // The same id in another collection has a trail of its own under the same record id.
  await store.transact(change('vendor add', '2026-12-07T09:00:00Z'), (tx) =>
    tx.put('vendors', vendor('INC-0001', 'Initech')),
  )
  await store.transact(change('sla resolve', '2026-12-08T09:00:00Z'), (tx) =>
    tx.put('incidents', { ...incident(1), resolved: '2026-12-08T09:00:00.000Z' }),
  )
  await store.transact(change('vendor edit', '2026-12-09T09:00:00Z'), (tx) =>
    tx.put('vendors', vendor('INC-0001', 'Initrode')),
  )
}

/** The trail without the random entry ids, which differ between two runs. */
function shape(store: Store, recordId?: string) {
  return store.audit(recordId).map(({ id, ...rest }) => rest)
}

describe('the JSON store audit trail', () => {
  it('answers as a store that keeps every entry in memory, before and after a reopen', async () => {
    const memory = new MemoryStore()
    await history(memory)
    const dir = await tempDir()
    const store = await openJsonStore(dir)
    open.push(store)
    await history(store)
    const ids = ['v1', 'v2', 'INC-0001', 'k1', 'nobody']
    expect(shape(store)).toEqual(shape(memory))
    for (const id of ids) expect(shape(store, id)).toEqual(shape(memory, id))
    expect(store.audit('v1').map((a) => a.id)).toEqual(
      store
        .audit()
        .filter((a) => a.recordId === 'v1')
        .map((a) => a.id),
    )

    const again = await openJsonStore(dir)
    open.push(again)
    expect(again.audit()).toEqual(store.audit())
    for (const id of ids) expect(again.audit(id)).toEqual(store.audit(id))
  })

  it("finds removed records and chosen records' entries as the whole trail gives them", async () => {
    const memory = new MemoryStore()
    await history(memory)
    const dir = await tempDir()
    const store = await openJsonStore(dir)
    open.push(store)
    await history(store)
    const again = await openJsonStore(dir)
    open.push(again)
    const chosen = [
      [{ collection: 'vendors', id: 'v1' }],
      [{ collection: 'incidents', id: 'INC-0001' }],
      [{ collection: 'vendors', id: 'INC-0001' }],
      [
        { collection: 'vendors', id: 'INC-0001' },
        { collection: 'vendors', id: 'v2' },
        { collection: 'incidents', id: 'INC-0001' },
        { collection: 'vendors', id: 'v1' },
      ],
      [{ collection: 'vendors', id: 'nobody' }],
    ]
    for (const s of [memory, store, again]) {
      const all = s.audit()
      const lookup = s.auditLookup!()!
      for (const records of chosen) {
        const keys = new Set(records.map((r) => `${r.collection}/${r.id}`))
        expect(lookup.entriesOf(records)).toEqual(
          all.filter((e) => keys.has(`${e.collection}/${e.recordId}`)),
        )
      }
      // v2 was removed, then added again: nothing is removed now.
      expect(lookup.removed()).toEqual([])
    }

    for (const s of [memory, store]) {
      await s.transact(change('vendor remove', '2026-12-10T09:00:00Z'), (tx) => {
        tx.remove('vendors', 'INC-0001')
        tx.remove('vendors', 'v1')
      })
    }
    const reopened = await openJsonStore(dir)
    open.push(reopened)
    for (const s of [memory, store, reopened]) {
      expect(s.auditLookup!()!.removed()).toEqual([
        { collection: 'vendors', id: 'INC-0001', last: vendor('INC-0001', 'Initrode') },
        { collection: 'vendors', id: 'v1', last: { ...vendor('v1', 'Acme Corp'), tier: 'low' } },
      ])
    }
  })

  it("reads another store's entries once it has caught up with them", async () => {
    const dir = await tempDir()
    const a = await openJsonStore(dir)
    const b = await openJsonStore(dir)
    open.push(a, b)
    await a.transact(change('vendor add', '2026-11-01T09:00:00Z'), (tx) =>
      tx.put('vendors', vendor('v1', 'Acme')),
    )
    await b.transact(change('vendor edit', '2026-12-01T09:00:00Z'), (tx) =>
      tx.put('vendors', vendor('v1', 'Acme Corp')),
    )
    expect(a.audit('v1')).toHaveLength(1)
    await a.refresh()
    const [, edit] = a.audit('v1')
    expect(edit).toMatchObject({
      action: 'vendor edit',
      before: { name: 'Acme' },
      after: { name: 'Acme Corp' },
    })
    expect(a.audit()).toEqual(b.audit())
  })
})
