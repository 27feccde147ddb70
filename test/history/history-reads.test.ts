// `history` on the JSON store reads only the journal lines of the records it shows, not the whole
// journal (issue 19): the trail's whole-journal scan (`all`) and its one-line positioned reads
// (`JournalLines.read`) are counted by spies that still call through. Its answers stay those of a store
// that can only hand over the whole trail.
import { Temporal } from 'temporal-polyfill'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openTickler, type Tickler } from '../../src/app/open-tickler.ts'
import { loadConfig } from '../../src/config/config.ts'
import { JournalAuditTrail } from '../../src/store/journal-audit.ts'
import { JournalLines } from '../../src/store/journal-lines.ts'
import { openJsonStore } from '../../src/store/json-store.ts'
import type { Store } from '../../src/store/store.ts'
import { lines, makeContext, say } from '../register/editing/helpers.ts'
import { change, tempDir } from '../store/helpers.ts'
import { contract, vendor } from '../support/factories.ts'
import { ManualClock } from '../support/manual-clock.ts'
import { silentLogger } from '../support/silent-logger.ts'

const VENDORS = 200
const open: (Store | Tickler)[] = []
afterEach(async () => {
  vi.restoreAllMocks()
  for (const item of open.splice(0)) await item.close()
})

/**
 * 200 vendors with a contract each, added in one line; each vendor then edited in lines of ten,
 * so every vendor has entries past its first; Zephyr Print renamed, then removed with its contract.
 */
async function register(): Promise<Store> {
  const dir = await tempDir()
  const store = await openJsonStore(dir)
  open.push(store)
  const ids = Array.from({ length: VENDORS }, (_, i) => i)
  await store.transact(change('import', '2026-11-01T09:00:00Z'), (tx) => {
    for (const i of ids) {
      tx.put('vendors', vendor(`v${i}`, `Vendor ${i}`))
      tx.put('contracts', contract({ id: `c${i}`, vendorId: `v${i}`, title: `Deal ${i}` }))
    }
    tx.put('vendors', vendor('vz', 'Zephyr Print'))
    tx.put('contracts', contract({ id: 'cz', vendorId: 'vz', title: 'Zephyr Fleet' }))
  })
  for (let from = 0; from < VENDORS; from += 10) {
    await store.transact(change('vendor edit', '2026-11-02T09:00:00Z'), (tx) => {
      for (const i of ids.slice(from, from + 10))
        tx.put('vendors', vendor(`v${i}`, `Vendor ${i}`, { category: 'Edited' }))
    })
  }
  await store.transact(change('vendor edit', '2026-11-03T09:00:00Z'), (tx) =>
    tx.put('vendors', vendor('vz', 'Zephyr Printing Ltd')),
  )
  await store.transact(change('vendor remove', '2026-11-04T09:00:00Z'), (tx) => {
    tx.remove('contracts', 'cz')
    tx.remove('vendors', 'vz')
  })
  return store
}

/** The store as a view that only hands over the whole trail (no lookup): history scans it. */
function scanOnly(store: Store): Store {
  return {
    all: (name) => store.all(name),
    get: (name, id) => store.get(name, id),
    audit: (recordId) => store.audit(recordId),
    transact: (info, fn) => store.transact(info, fn),
    get revision() {
      return store.revision
    },
    refresh: () => store.refresh(),
    close: async () => {},
  }
}

async function opened(store: Store): Promise<Tickler> {
  const clock = new ManualClock(Temporal.Instant.from('2026-11-25T10:00:00Z'))
  const tickler = await openTickler({ config: loadConfig({}), clock, log: silentLogger, store })
  return tickler
}

/** The reply's lines, and how often the journal was scanned whole and how many lines were read. */
async function history(
  tickler: Tickler,
  query: string,
): Promise<{ out: string[]; scans: number; lineReads: number }> {
  const scans = vi.spyOn(JournalAuditTrail.prototype, 'all')
  const lineReads = vi.spyOn(JournalLines.prototype, 'read')
  try {
    const reply = await tickler.run({ text: `history ${query}`, user: 'U0X', platform: 'slack' })
    return { out: lines(reply), scans: scans.mock.calls.length, lineReads: lineReads.mock.calls.length }
  } finally {
    scans.mockRestore()
    lineReads.mockRestore()
  }
}

describe('history reads only what it shows', () => {
  it("reads a live vendor's lines, not the journal", async () => {
    const tickler = await opened(await register())
    const { out, scans, lineReads } = await history(tickler, '"Vendor 7"')
    expect(out).toEqual([
      'History of Vendor 7',
      '- 2026-11-02 09:00 U0TEST vendor edit: vendor Vendor 7: category (empty) → Edited',
      '- 2026-11-01 09:00 U0TEST import: contract Deal 7: added',
      '- 2026-11-01 09:00 U0TEST import: vendor Vendor 7: added',
    ])
    expect(scans).toBe(0)
    // The line of its one edit (first entries are in memory), of the journal's 23 lines.
    expect(lineReads).toBe(1)
  })

  it('finds a removed vendor by its last name, reading only its own lines', async () => {
    const tickler = await opened(await register())
    const { out, scans, lineReads } = await history(tickler, '"Zephyr Printing Ltd"')
    expect(out).toEqual([
      'History of Zephyr Printing Ltd (removed)',
      '- 2026-11-04 09:00 U0TEST vendor remove: vendor Zephyr Printing Ltd: removed',
      '- 2026-11-04 09:00 U0TEST vendor remove: contract Zephyr Fleet: removed',
      '- 2026-11-03 09:00 U0TEST vendor edit: vendor Zephyr Printing Ltd: name Zephyr Print → Zephyr Printing Ltd',
      '- 2026-11-01 09:00 U0TEST import: contract Zephyr Fleet: added',
      '- 2026-11-01 09:00 U0TEST import: vendor Zephyr Print: added',
    ])
    expect(scans).toBe(0)
    // Its rename and removal lines, each read once per step that needs them (at most three).
    expect(lineReads).toBeLessThanOrEqual(6)
    // Its earlier name is history, not a name it answers to.
    expect((await history(tickler, '"Zephyr Print"')).out.join('\n')).toContain(
      'No vendor, contract or incident called "Zephyr Print".',
    )
  })

  it('answers as a full scan of the trail does', async () => {
    const store = await register()
    const tickler = await opened(store)
    const scanning = makeContext({ store: scanOnly(store) })
    await store.transact(change('contract add', '2026-11-05T09:00:00Z'), (tx) =>
      tx.put('contracts', contract({ id: 'c-dup', vendorId: 'v3', title: 'Zephyr Fleet' })),
    )
    for (const query of [
      '"Vendor 7"',
      'Vendr 12',
      '"Zephyr Printing Ltd"',
      '"Zephyr Fleet"',
      '"Zephyr Printing Ltd" "Zephyr Fleet"',
      '"Vendor 3" "Zephyr Fleet"',
      '"Deal 42"',
      'Nobody Here',
    ]) {
      const scanned = lines(await say(scanning, `history ${query}`, { platform: 'slack', user: 'U0X' }))
      expect((await history(tickler, query)).out, query).toEqual(scanned)
    }
  })
})
