// nextIncidentId reads only the 'incident' sequence on a write, because whatever stores its own
// number advances the sequence past it; registers written before that rule are read in full once.
// Each way the register can change between two writes must still give a number past the highest
// and never one already taken.
import { rm } from 'node:fs/promises'
import { Temporal } from 'temporal-polyfill'
import { afterEach, describe, expect, it } from 'vitest'
import type { Incident } from '../../src/domain/sla.ts'
import { claimIncidentNumber, formatIncidentId, nextIncidentId } from '../../src/sla/incident-id.ts'
import { openJsonStore } from '../../src/store/json-store.ts'
import type { Store, Transaction } from '../../src/store/store.ts'
import { tempDir } from '../store/helpers.ts'
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

const log = (store: Store) =>
  store.transact(change, (tx) => {
    const id = nextIncidentId(tx)
    tx.put('incidents', incident(id))
    return id
  })

/** As the importer stores an incident under its own number. */
const importIncident = (store: Store, record: Incident) =>
  store.transact(change, (tx) => {
    claimIncidentNumber(tx, record.id)
    tx.put('incidents', record)
  })

/** As a writer that does not keep the rule (the code before it) stores its own number. */
const putBare = (store: Store, record: Incident) =>
  store.transact(change, (tx) => tx.put('incidents', record))

const dirs: string[] = []
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
})

describe('nextIncidentId', () => {
  it('continues past a number imported by the old code into a store file whose sequence is behind', async () => {
    const dir = await tempDir()
    dirs.push(dir)
    const old = await openJsonStore(dir)
    for (const id of ['INC-0001', 'INC-0002', 'INC-0003']) {
      await old.transact(change, (tx) => {
        tx.next('incident')
        tx.put('incidents', incident(id))
      })
    }
    await putBare(old, incident('INC-0500'))
    await old.close()

    const reopened = await openJsonStore(dir)
    expect(await log(reopened)).toBe('INC-0501')
    expect(await log(reopened)).toBe('INC-0502')
    await reopened.close()
    // The sequence itself moved past the old number, so later writes need no full read.
    const again = await openJsonStore(dir)
    expect(await again.transact(change, (tx) => tx.next('incident'))).toBe(503)
    await again.close()
  })

  it('reads the register in full once, not on every write', async () => {
    const store = new MemoryStore()
    await importIncident(store, incident('INC-0007'))
    let reads = 0
    const counted = (tx: Transaction): Transaction => ({
      ...tx,
      all(name) {
        if (name === 'incidents') reads++
        return tx.all(name)
      },
    })
    const logCounted = () =>
      store.transact(change, (tx) => {
        const id = nextIncidentId(counted(tx))
        tx.put('incidents', incident(id))
        return id
      })
    expect(await logCounted()).toBe('INC-0008')
    expect(await logCounted()).toBe('INC-0009')
    expect(await logCounted()).toBe('INC-0010')
    expect(reads).toBeLessThanOrEqual(1)
  })

  it('numbers past an incident imported after the last write', async () => {
    const store = new MemoryStore()
    expect(await log(store)).toBe('INC-0001')
    expect(await log(store)).toBe('INC-0002')
    await importIncident(store, incident('INC-0042'))
    expect(await log(store)).toBe('INC-0043')
    expect(await log(store)).toBe('INC-0044')
  })

  it('numbers past the highest when earlier records were replaced or removed in between', async () => {
    const store = new MemoryStore()
    await importIncident(store, incident('INC-0007'))
    expect(await log(store)).toBe('INC-0008')
    await putBare(store, incident(formatIncidentId(7), 'changed'))
    await importIncident(store, incident('INC-0050'))
    expect(await log(store)).toBe('INC-0051')
    await store.transact(change, (tx) => tx.remove('incidents', 'INC-0007'))
    expect(await log(store)).toBe('INC-0052')
  })

  it('never reuses a number a writer outside the rule stored above the sequence', async () => {
    const store = new MemoryStore()
    for (const id of ['INC-0001', 'INC-0002']) expect(await log(store)).toBe(id)
    await putBare(store, incident('INC-0004', 'kept'))
    const logged = [await log(store), await log(store), await log(store)]
    expect(logged).toEqual(['INC-0003', 'INC-0005', 'INC-0006'])
    expect(store.get('incidents', 'INC-0004')!.summary).toBe('kept')
  })

  it('is not fooled by a store whose register is a different one', async () => {
    const a = new MemoryStore()
    const b = new MemoryStore()
    await putBare(a, incident('INC-0300'))
    expect(await log(a)).toBe('INC-0301')
    expect(await log(b)).toBe('INC-0001')
    expect(await log(a)).toBe('INC-0302')
  })
})

describe('claimIncidentNumber', () => {
  it('advances the sequence to the number, so the next id follows it', async () => {
    const store = new MemoryStore()
    await store.transact(change, (tx) => claimIncidentNumber(tx, 'INC-0005'))
    expect(await store.transact(change, (tx) => tx.next('incident'))).toBe(6)
  })
})
