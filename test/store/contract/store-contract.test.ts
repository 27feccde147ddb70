// One contract for every Store (SPEC §10): the same validation, audit trail, sequences, rollback,
// cross-instance visibility and dedupe claims, whichever store a deployment runs on.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DuplicateRequestError } from '../../../src/errors/errors.ts'
import { RequestKeys } from '../../../src/store/request-keys.ts'
import { ValidationError } from '../../../src/store/state.ts'
import { COLLECTION_SCHEMAS, type CollectionName, type Store } from '../../../src/store/store.ts'
import { fixedClock } from '../../../src/time/clock.ts'
import { createDatabase } from '../../support/postgres.ts'
import { change, incident, SAMPLES, vendor } from '../helpers.ts'
import { type Backing, STORE_KINDS } from './store-kinds.ts'

let database: string
beforeAll(async () => {
  database = await createDatabase('contract')
})

const opened: Store[] = []
const backings: Backing[] = []
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close()
  for (const backing of backings.splice(0)) await backing.cleanup()
})

async function newBacking(kind: (typeof STORE_KINDS)[number]): Promise<Backing> {
  const backing = await kind.backing(database)
  backings.push(backing)
  return backing
}

async function open(backing: Backing): Promise<Store> {
  const store = await backing.open()
  opened.push(store)
  return store
}

const DELIVERY = SAMPLES.deliveries.record

describe.each(STORE_KINDS)('the $name store', (kind) => {
  it('validates every collection on write and stores nothing of a rejected change', async () => {
    const store = await open(await newBacking(kind))
    for (const [name, sample] of Object.entries(SAMPLES)) {
      const bad = { ...sample.record, [sample.field]: sample.bad }
      const attempt = store.transact(change('bad'), (tx) => {
        tx.put('vendors', vendor('v-ok'))
        tx.put(name as never, bad as never)
      })
      await expect(attempt, name).rejects.toBeInstanceOf(ValidationError)
      await expect(attempt, name).rejects.toMatchObject({ collection: name, field: sample.field })
    }
    expect(store.revision).toBe(0)
    expect(store.all('vendors')).toEqual([])
    expect(store.audit()).toEqual([])
    for (const [name, sample] of Object.entries(SAMPLES)) {
      await store.transact(change('good'), (tx) => tx.put(name as never, sample.record as never))
      expect(store.get(name as never, sample.record.id), name).toEqual(
        COLLECTION_SCHEMAS[name as CollectionName].parse(sample.record),
      )
    }
  })

  it('audits every put and removal of register data, with who, when, what and the request', async () => {
    const store = await open(await newBacking(kind))
    await store.transact(change('vendor add', '2026-11-25T12:00:00Z'), (tx) =>
      tx.put('vendors', vendor('v1', 'Acme')),
    )
    await store.transact(
      { ...change('vendor edit', '2026-11-26T09:30:00Z'), who: 'U0EDIT', requestId: 'req-2' },
      (tx) => tx.put('vendors', { ...vendor('v1', 'Acme'), tier: 'low' }),
    )
    await store.transact(change('vendor remove', '2026-11-27T08:00:00Z'), (tx) => tx.remove('vendors', 'v1'))
    await store.transact(change('remind'), (tx) => tx.put('deliveries', DELIVERY))
    const trail = store.audit('v1')
    expect(trail.map((a) => [a.action, a.who, a.at, a.requestId])).toEqual([
      ['vendor add', 'U0TEST', '2026-11-25T12:00:00.000Z', 'req-1'],
      ['vendor edit', 'U0EDIT', '2026-11-26T09:30:00.000Z', 'req-2'],
      ['vendor remove', 'U0TEST', '2026-11-27T08:00:00.000Z', 'req-1'],
    ])
    expect(trail[1]!.before).toEqual(vendor('v1', 'Acme'))
    expect(trail[1]!.after).toMatchObject({ tier: 'low' })
    expect(trail[2]!.after).toBeNull()
    // Deliveries are bookkeeping: stored, never audited.
    expect(store.audit().map((a) => a.collection)).toEqual(['vendors', 'vendors', 'vendors'])
    expect(store.get('deliveries', DELIVERY.id)).toEqual(DELIVERY)
  })

  it('hands out sequence numbers once each, in order, and keeps them across a reopen', async () => {
    const backing = await newBacking(kind)
    const store = await open(backing)
    const numbers: number[] = []
    for (let i = 0; i < 3; i++) {
      numbers.push(
        await store.transact(change('sla log'), (tx) => {
          const n = tx.next('incident')
          tx.put('incidents', incident(n))
          return n
        }),
      )
    }
    expect(numbers).toEqual([1, 2, 3])
    if (!kind.shared) return
    await store.close()
    const again = await open(backing)
    expect(again.all('incidents').map((i) => i.id)).toEqual(['INC-0001', 'INC-0002', 'INC-0003'])
    expect(await again.transact(change('sla log'), (tx) => tx.next('incident'))).toBe(4)
  })

  it('rolls back everything when the body throws, and re-throws its error', async () => {
    const backing = await newBacking(kind)
    const store = await open(backing)
    await store.transact(change('seed'), (tx) => tx.put('vendors', vendor('v1', 'Acme')))
    const boom = new Error('changed my mind')
    await expect(
      store.transact(change('half'), (tx) => {
        tx.put('vendors', vendor('v2', 'Globex'))
        tx.remove('vendors', 'v1')
        tx.next('incident')
        throw boom
      }),
    ).rejects.toBe(boom)
    expect(store.all('vendors').map((v) => v.id)).toEqual(['v1'])
    expect(store.audit()).toHaveLength(1)
    expect(store.revision).toBe(1)
    // The sequence did not move either.
    expect(await store.transact(change('sla log'), (tx) => tx.next('incident'))).toBe(1)
    if (!kind.shared) return
    const other = await open(backing)
    expect(other.all('vendors').map((v) => v.id)).toEqual(['v1'])
  })

  it('commits nothing, and keeps its revision, for a body that changes nothing', async () => {
    const store = await open(await newBacking(kind))
    await store.transact(change('seed'), (tx) => tx.put('vendors', vendor('v1')))
    const revision = store.revision
    expect(await store.transact(change('read'), (tx) => tx.all('vendors').length)).toBe(1)
    expect(store.revision).toBe(revision)
  })

  if (!kind.shared) return

  it("sees another instance's committed writes after refresh, in the same order", async () => {
    const backing = await newBacking(kind)
    const a = await open(backing)
    const b = await open(backing)
    await a.transact(change('add'), (tx) => {
      tx.put('vendors', vendor('v1', 'Acme'))
      tx.put('vendors', vendor('v2', 'Globex'))
    })
    await a.transact(change('edit'), (tx) => tx.put('vendors', { ...vendor('v1', 'Acme'), tier: 'low' }))
    await b.refresh()
    expect(b.revision).toBe(a.revision)
    expect(b.all('vendors')).toEqual(a.all('vendors'))
    expect(b.audit()).toEqual(a.audit())
    // A record removed and added again sorts last in both, as after a fresh open.
    await b.transact(change('remove'), (tx) => tx.remove('vendors', 'v1'))
    await b.transact(change('add again'), (tx) => tx.put('vendors', vendor('v1', 'Acme')))
    await a.refresh()
    const fresh = await open(backing)
    expect(a.all('vendors').map((v) => v.id)).toEqual(['v2', 'v1'])
    expect(fresh.all('vendors')).toEqual(a.all('vendors'))
    expect(fresh.audit()).toEqual(a.audit())
  })

  it('numbers incidents uniquely when two instances write at the same time', async () => {
    const backing = await newBacking(kind)
    const a = await open(backing)
    const b = await open(backing)
    const log = (store: Store) =>
      store.transact(change('sla log'), (tx) => {
        const n = tx.next('incident')
        tx.put('incidents', incident(n))
        return n
      })
    const numbers = await Promise.all([a, b, a, b, a, b, a, b].map(log))
    expect([...numbers].sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    await a.refresh()
    expect(a.all('incidents')).toHaveLength(8)
  })

  it('claims a delivery and a request key once across instances (dedupe)', async () => {
    const backing = await newBacking(kind)
    const a = await open(backing)
    const b = await open(backing)
    // The reminder sweep's claim: put the delivery unless it is there.
    const claim = (store: Store) =>
      store.transact(change('remind'), (tx) => {
        if (tx.get('deliveries', DELIVERY.id)) return false
        tx.put('deliveries', DELIVERY)
        return true
      })
    const claims = await Promise.all([claim(a), claim(b), claim(a), claim(b)])
    expect(claims.filter(Boolean)).toHaveLength(1)

    // One platform delivery reaching two replicas: the command's write runs once.
    const clock = fixedClock('2026-11-25T12:00:00Z')
    const keysA = new RequestKeys(a, clock)
    const keysB = new RequestKeys(b, clock)
    const write = (keys: RequestKeys, requestId: string) =>
      keys.during(requestId, 'slack:command:trigger-7', () =>
        keys.store.transact({ ...change('vendor add'), requestId }, (tx) =>
          tx.put('vendors', vendor(`v-${requestId}`)),
        ),
      )
    const outcomes = await Promise.allSettled([write(keysA, 'r-a'), write(keysB, 'r-b')])
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1)
    const rejected = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult
    expect(rejected.reason).toBeInstanceOf(DuplicateRequestError)
    await a.refresh()
    expect(a.all('vendors')).toHaveLength(1)
    expect(a.get('requestKeys', 'slack:command:trigger-7')).toBeDefined()
    expect(await keysB.seen('slack:command:trigger-7')).toBe(true)
  })
})
