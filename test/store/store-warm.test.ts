// Store.warm on the JSON store: a start from a snapshot holds its audit index packed until the
// trail is first read (the start-up reminder sweep reads it); warm unpacks it a few parts at a
// time with the event loop free between, and the trail answers as if it had been read at once.
// Then it shares the register's repeated text (shared-strings.ts), which the heap shows.
import { describe, expect, it } from 'vitest'
import { JsonStore, type JsonStoreOptions } from '../../src/store/json-store.ts'
import type { Store } from '../../src/store/store.ts'
import { heapAfterGc } from '../support/heap.ts'
import { turnsDuring } from '../support/turns.ts'
import { change, closedAfterEach, incident, tempDir, vendor } from './helpers.ts'

const EVERY_COMMIT: JsonStoreOptions = { snapshotAfterBytes: 0 }
/** 20 parts of 250 records: three steps of 8 parts. */
const VENDORS = 5000

const openStore = closedAfterEach()

function json(store: Store): JsonStore {
  if (!(store instanceof JsonStore)) throw new Error('not a JSON store')
  return store
}

async function seed(dir: string): Promise<void> {
  const store = json(await openStore(dir, EVERY_COMMIT))
  await store.transact(change('vendor add', '2026-11-01T09:00:00Z'), (tx) => {
    for (let i = 1; i <= VENDORS; i++) tx.put('vendors', vendor(`v${i}`))
  })
  await store.transact(change('vendor edit', '2026-11-02T09:00:00Z'), (tx) =>
    tx.put('vendors', { ...vendor('v7'), tier: 'low' }),
  )
  await store.snapshotWritten()
  await store.close()
}

const IDS = ['v1', 'v7', `v${VENDORS}`, 'nobody']
/** Enough that code compiled during the warm-up (a few hundred KB) is small beside what it frees. */
const INCIDENTS = 20_000

describe('warming the JSON store', () => {
  it('unpacks a snapshot audit index in steps, and the trail answers as read at once', async () => {
    const dir = await tempDir()
    await seed(dir)
    const cold = await openStore(dir)
    const expected = IDS.map((id) => cold.audit(id))
    expect(expected[1]).toHaveLength(2)

    const warmed = await openStore(dir)
    expect(await turnsDuring(() => warmed.warm!())).toBeGreaterThan(1)
    expect(IDS.map((id) => warmed.audit(id))).toEqual(expected)
    expect(warmed.audit()).toEqual(cold.audit())
  })

  it('has nothing to do on a store with no snapshot, or once warm', async () => {
    const dir = await tempDir()
    const store = await openStore(dir)
    await store.transact(change('vendor add', '2026-11-01T09:00:00Z'), (tx) =>
      tx.put('vendors', vendor('v1')),
    )
    expect(await turnsDuring(() => store.warm!())).toBeLessThanOrEqual(1)
    await store.warm!()
    expect(store.audit('v1')).toHaveLength(1)
  })

  it('shares the text every record repeats: the heap gives back each copy the journal parse made', async () => {
    const dir = await tempDir()
    const writer = await openStore(dir, { snapshotAfterBytes: Number.POSITIVE_INFINITY })
    const logged = (n: number) => ({
      ...incident(n),
      summary: 'Email delivery delayed across the whole region',
    })
    for (let start = 1; start <= INCIDENTS; start += 200) {
      await writer.transact(change('sla log', '2026-11-25T10:00:00Z'), (tx) => {
        for (let n = start; n < start + 200; n++) tx.put('incidents', logged(n))
      })
    }
    await writer.close()

    const store = await openStore(dir, { snapshotAfterBytes: Number.POSITIVE_INFINITY })
    expect(store.all('incidents')).toHaveLength(INCIDENTS)
    const before = await heapAfterGc()
    await store.warm!()
    // Each incident's summary (46 characters) and start time (24) were strings of their own: 64
    // and 40 bytes.
    expect((before - (await heapAfterGc())) / INCIDENTS).toBeGreaterThan(60)
    expect(store.get('incidents', 'INC-0042')).toEqual(logged(42))
  })
})
