// The audit trail's first entries as columns (first-entries.ts): every entry reads back exactly as
// added, whichever way its audit id is held (added one by one, in a snapshot's pack, or as it is
// when not a UUID), past the columns' growth, and the columns cost far less than an object per
// record did.
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { FirstEntries, type FirstEntry } from '../../src/store/first-entries.ts'
import type { TxHeader } from '../../src/store/trail-save.ts'
import { heapAfterGc } from '../support/heap.ts'

const header = (tx: number): TxHeader => ({
  tx,
  at: `2026-12-0${1 + (tx % 9)}T09:00:00.000Z`,
  who: `U${tx}`,
  action: 'vendor add',
  requestId: `r${tx}`,
})

describe('the first entries held as columns', () => {
  it('reads back every entry as added: one by one, from snapshot packs, and ids that are not UUIDs', () => {
    const firsts = new FirstEntries()
    const expected = new Map<string, FirstEntry>()
    const h0 = firsts.addHeader(header(0))
    const h1 = firsts.addHeader(header(1))
    // 3,000 added one by one: past one pack of 256 and past the columns' first capacity (1,024).
    for (let i = 0; i < 3000; i++) {
      const entry = {
        audit: i % 97 === 0 ? `legacy-${i}` : randomUUID(),
        collection: i % 2 ? 'vendors' : 'contracts',
        header: header(i % 3 ? 0 : 1),
        index: i,
        after: { id: `r${i}` },
      }
      firsts.add(`r${i}`, entry.audit, entry.collection, i % 3 ? h0 : h1, i, entry.after)
      expected.set(`r${i}`, entry)
    }
    // A snapshot's pack arrives while 3,000 % 256 ids wait in the open pack, which it must close.
    const packed = Array.from({ length: 40 }, () => randomUUID())
    const pack = firsts.addPack(packed.join(''))
    packed.forEach((audit, k) => {
      const entry = { audit, collection: 'riskChecks', header: header(1), index: k, after: { id: `p${k}` } }
      firsts.addPacked(`p${k}`, pack, k * 36, entry.collection, h1, k, entry.after)
      expected.set(`p${k}`, entry)
    })
    // And more one by one after it, in a new open pack.
    for (let i = 0; i < 10; i++) {
      const entry = { audit: randomUUID(), collection: 'incidents', header: header(0), index: i, after: null }
      firsts.add(`n${i}`, entry.audit, entry.collection, h0, i, entry.after)
      expected.set(`n${i}`, entry)
    }

    expect(firsts.size).toBe(expected.size)
    for (const [id, entry] of expected) {
      const slot = firsts.slot(id)!
      expect(firsts.entry(slot)).toEqual(entry)
      expect(firsts.after(slot)).toBe(entry.after)
    }
    expect([...firsts.entries()].map(([id]) => id)).toEqual([...expected.keys()])
    expect(firsts.slot('missing')).toBeUndefined()
  })

  it("takes a restore's size at once and still grows past it", () => {
    const firsts = new FirstEntries()
    const h = firsts.addHeader(header(0))
    firsts.reserve(5000)
    const ids = Array.from({ length: 6000 }, (_, i) => [`r${i}`, randomUUID()] as const)
    for (const [i, [id, audit]] of ids.entries()) firsts.add(id, audit, 'vendors', h, i, null)
    expect(
      ids.every(([id, audit], i) => firsts.audit(firsts.slot(id)!) === audit && firsts.index(i) === i),
    ).toBe(true)
  })

  it('keeps later entries and a normalised first version per record', () => {
    const firsts = new FirstEntries()
    const h = firsts.addHeader(header(0))
    firsts.add('a', randomUUID(), 'vendors', h, 0, { v: 1 })
    firsts.add('b', randomUUID(), 'vendors', h, 1, { v: 1 })
    firsts.pushLater(0, 4, 2)
    firsts.pushLater(0, 7, 0)
    firsts.setLater(1, [9, 1])
    firsts.setAfter(1, { v: 2 })
    expect(firsts.later(0)).toEqual([4, 2, 7, 0])
    expect(firsts.later(1)).toEqual([9, 1])
    expect(firsts.after(1)).toEqual({ v: 2 })
    expect(firsts.after(0)).toEqual({ v: 1 })
  })

  it('costs under 100 bytes a record, its audit id included (about 70; an object per record was 150)', async () => {
    const RECORDS = 50_000
    // The record ids and versions exist without the trail (the register holds them); audit ids do
    // not. They are flat strings, as read from the journal or a snapshot.
    const ids = Array.from({ length: RECORDS }, (_, i) => `v${String(i).padStart(6, '0')}`)
    const versions = ids.map((id) => ({ id }))
    const before = await heapAfterGc()
    let audits = JSON.parse(JSON.stringify(ids.map(() => randomUUID()))) as string[]
    const firsts = new FirstEntries()
    const h = firsts.addHeader(header(0))
    for (let i = 0; i < RECORDS; i++) firsts.add(ids[i]!, audits[i]!, 'vendors', h, i, versions[i])
    audits = []
    const perRecord = ((await heapAfterGc()) - before) / RECORDS
    expect(firsts.size).toBe(RECORDS)
    expect(perRecord).toBeLessThan(100)
  })
})
