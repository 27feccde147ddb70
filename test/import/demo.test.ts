import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { CONTRACT_KINDS } from '../../src/domain/contract.ts'
import { TIERS } from '../../src/domain/vendor.ts'
import { isEmptyStore, loadDemo, shiftDates } from '../../src/import/demo.ts'
import { daysBetween } from '../../src/time/calendar-date.ts'
import { MemoryStore } from '../support/memory-store.ts'

describe('demo register', () => {
  it('shifts every date, also inside date-times, by whole days', () => {
    expect(shiftDates('a,2026-01-01,2025-12-31T23:30,x2026-02-28y,12026-01-01', 1)).toBe(
      'a,2026-01-02,2026-01-01T23:30,x2026-03-01y,12026-01-01',
    )
    expect(shiftDates('2026-02-30', 5)).toBe('2026-02-30')
  })

  it('loads every file into an empty store, with dates moved relative to today', async () => {
    const store = new MemoryStore()
    expect(isEmptyStore(store)).toBe(true)
    const at = Temporal.Instant.from('2027-06-15T12:00:00Z')
    const summary = await loadDemo(store, { who: 'demo', at, zone: 'Europe/Berlin', maxBytes: 5_000_000 })
    expect(summary.files.map((f) => f.kind).sort()).toEqual(
      ['contracts.csv', 'incidents.csv', 'risk_checks.csv', 'sla_targets.csv', 'vendors.csv'].sort(),
    )
    expect(isEmptyStore(store)).toBe(false)
    const vendors = store.all('vendors')
    const contracts = store.all('contracts')
    expect(vendors).toHaveLength(25)
    expect(contracts).toHaveLength(40)
    expect(new Set(vendors.map((v) => v.tier))).toEqual(new Set(TIERS))
    expect(new Set(contracts.map((c) => c.kind))).toEqual(new Set(CONTRACT_KINDS))
    expect(vendors.some((v) => /[éüłã]/.test(v.name))).toBe(true)
    expect(store.all('incidents').length).toBeGreaterThan(5)
    // Written as if today were 2026-01-01: the Contoso hosting contract ends 89 days after "today".
    const hosting = contracts.find((c) => c.title === 'Cloud hosting')!
    expect(daysBetween('2027-06-15', hosting.endDate)).toBe(daysBetween('2026-01-01', '2026-03-31'))
    // Loading again over it is a no-op import: nothing added.
    const again = await loadDemo(store, { who: 'demo', at, zone: 'Europe/Berlin', maxBytes: 5_000_000 })
    expect(again.changed).toBe(false)
  })
})
