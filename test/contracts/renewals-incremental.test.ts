// The renewals lists are built once a day and patched after each write from the records it
// changed. Each step below writes through a real MemoryStore and compares the patched answer with
// one built from scratch (a calendar equal in content but a different object has its own cache, so
// it always builds): the same rows, in the same order, for every kind of write.
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { type RenewalsSelection, renewalsIn } from '../../src/contracts/renewals.ts'
import type { Contract } from '../../src/domain/contract.ts'
import type { WorkingDays } from '../../src/domain/notice-period.ts'
import type { StoreView, Transaction } from '../../src/store/store.ts'
import { contract, vendor } from '../support/factories.ts'
import { MemoryStore } from '../support/memory-store.ts'

const TODAY = '2026-11-25'
const calendar: WorkingDays = {
  weekdays: [1, 2, 3, 4, 5],
  holidays: ['2026-12-25'],
}
const at = Temporal.Instant.from('2026-11-25T10:00:00Z')

function shown(selection: RenewalsSelection) {
  const row = (r: RenewalsSelection['rows'][number]) =>
    `${r.vendorName} | ${r.contract.title} | ${r.kind} ${r.date} | ${r.daysLeft} | ${r.contract.annualValue}`
  return { missed: selection.missed.map(row), rows: selection.rows.map(row) }
}

function patchedAndBuilt(view: StoreView) {
  const window = [TODAY, '2027-12-31'] as const
  return {
    patched: shown(renewalsIn(view, TODAY, ...window, calendar)),
    built: shown(renewalsIn(view, TODAY, ...window, { ...calendar })),
  }
}

// Deadlines spread over two years, a few notices already missed, vendors sharing names' prefixes.
function register(): { vendors: ReturnType<typeof vendor>[]; contracts: Contract[] } {
  const vendors = Array.from({ length: 40 }, (_, i) =>
    vendor(`v${i}`, `Vendor ${String.fromCharCode(65 + (i % 26))}${i}`),
  )
  const contracts = Array.from({ length: 120 }, (_, i) =>
    contract({
      id: `c${i}`,
      vendorId: `v${i % 40}`,
      title: `Service ${i % 7}`,
      startDate: '2025-01-01',
      endDate: `202${6 + (i % 2)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      autoRenew: i % 3 === 0,
      noticeDays: 30 + (i % 5) * 30,
      annualValue: `${1000 + i}.00`,
    }),
  )
  return { vendors, contracts }
}

describe('renewals patched after a write', () => {
  it('answer as a build from scratch after every kind of contract and vendor write', async () => {
    const store = new MemoryStore()
    const { vendors, contracts } = register()
    const write = (fn: (tx: Transaction) => void) => store.transact({ who: 'U0TEST', at, action: 'test' }, fn)
    await write((tx) => {
      for (const v of vendors) tx.put('vendors', v)
      for (const c of contracts) tx.put('contracts', c)
    })
    const first = patchedAndBuilt(store)
    expect(first.patched.rows.length).toBeGreaterThan(50)
    expect(first.patched.missed.length).toBeGreaterThan(0)
    expect(first.patched).toEqual(first.built)

    const steps: [string, (tx: Transaction) => void][] = [
      [
        'an end date moved later',
        (tx) => tx.put('contracts', { ...tx.get('contracts', 'c5')!, endDate: '2027-11-30' }),
      ],
      [
        'a value edited',
        (tx) => tx.put('contracts', { ...tx.get('contracts', 'c7')!, annualValue: '99.00' }),
      ],
      [
        'a notice now missed',
        (tx) => tx.put('contracts', { ...tx.get('contracts', 'c9')!, noticeDays: 700 }),
      ],
      ['a contract ended', (tx) => tx.put('contracts', { ...tx.get('contracts', 'c11')!, status: 'ended' })],
      ['a contract removed', (tx) => tx.remove('contracts', 'c13')],
      [
        'a contract added',
        (tx) =>
          tx.put(
            'contracts',
            contract({ id: 'c500', vendorId: 'v3', title: 'New deal', endDate: '2027-02-01' }),
          ),
      ],
      // A rename moves the vendor's contracts among those of the same deadline and changes their rows.
      ['a vendor renamed', (tx) => tx.put('vendors', { ...tx.get('vendors', 'v2')!, name: 'Aardvark Ltd' })],
      ['a vendor removed', (tx) => tx.remove('vendors', 'v4')],
      [
        'two contracts far apart and a vendor in one write',
        (tx) => {
          tx.put('contracts', { ...tx.get('contracts', 'c1')!, title: 'Zebra support' })
          tx.put('contracts', { ...tx.get('contracts', 'c118')!, endDate: '2026-12-01' })
          tx.put('vendors', { ...tx.get('vendors', 'v30')!, name: 'Middle Co' })
        },
      ],
      // Past the splice limit: the lists are merged in one pass instead.
      [
        'seventy contracts in one write',
        (tx) => {
          for (let i = 30; i < 100; i++) {
            const c = tx.get('contracts', `c${i}`)
            if (c) tx.put('contracts', { ...c, title: `Renamed ${i}`, noticeDays: 15 + i })
          }
        },
      ],
    ]
    for (const [step, change] of steps) {
      await write(change)
      const { patched, built } = patchedAndBuilt(store)
      expect(patched, step).toEqual(built)
    }
    // The steps did show: the rename in the list, the new contract among missed notices.
    const last = patchedAndBuilt(store).patched
    expect(last.rows.some((r) => r.startsWith('Aardvark Ltd |'))).toBe(true)
    expect(last.missed.some((r) => r.includes('| New deal |'))).toBe(true)
  })

  it('inside a transaction, sees its staged contract and leaves the store answer as it was', async () => {
    const store = new MemoryStore()
    const { vendors, contracts } = register()
    const write = (fn: (tx: Transaction) => unknown) =>
      store.transact({ who: 'U0TEST', at, action: 'test' }, fn)
    await write((tx) => {
      for (const v of vendors) tx.put('vendors', v)
      for (const c of contracts) tx.put('contracts', c)
    })
    const before = patchedAndBuilt(store).patched
    let inside: ReturnType<typeof shown> | undefined
    await write((tx) => {
      tx.put('contracts', { ...tx.get('contracts', 'c21')!, annualValue: '5.00' })
      inside = patchedAndBuilt(tx).patched
      throw new Error('abandoned')
    }).catch(() => undefined)
    expect(inside!.rows.filter((r) => r.endsWith('| 5.00'))).toHaveLength(1)
    expect(patchedAndBuilt(store).patched).toEqual(before)
  })
})
