// What the read caches of a vendor card, `renewals` and `risk due` keep once asked (issue 19: a
// serving process at 100,000 vendors must stay under 1 GB after the benchmark's commands). One
// card builds the lookup index and the contracts and checks by vendor for every vendor; a list
// keeps the day's rows and their items. As first written they held: the index 640 bytes a name
// (each vendor's words its own copies, its key a second copy of its compact form) and groups that
// push had grown to room for 17; the rows and lines as V8's templates left them, trees of pieces,
// and a new date string per deadline; each check's due day an object of its own.

import { createHash } from 'node:crypto'
import { Temporal } from 'temporal-polyfill'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateRegister, writeRegister } from '../../bench/generate.ts'
import { allCommands } from '../../src/app/command-table.ts'
import { dispatch } from '../../src/app/dispatch.ts'
import type { Context } from '../../src/commands/command.ts'
import { createRegistry } from '../../src/commands/registry.ts'
import { contractsOfVendor } from '../../src/contracts/contracts-by-vendor.ts'
import { renewalsIn } from '../../src/contracts/renewals.ts'
import { vendorIndex } from '../../src/lookup/vendor-index.ts'
import { dueChecks } from '../../src/risk/due-list.ts'
import { checksOfVendor } from '../../src/risk/vendor-checks.ts'
import { makeContext } from '../support/context.ts'
import { heapAfterGc } from '../support/heap.ts'
import { ManualClock } from '../support/manual-clock.ts'
import { MemoryStore } from '../support/memory-store.ts'

const NOW = Temporal.Instant.from('2026-11-25T10:00:00Z')
const TODAY = '2026-11-25'
const registry = createRegistry(allCommands)
let context: Context

/** The reply's digest; the reply itself is not kept. */
async function digest(text: string): Promise<string> {
  const reply = await dispatch(registry, { text, user: 'terminal', asAdmin: true, requestId: 'r' }, context)
  expect(reply.status).toBe('ok')
  return createHash('sha256').update(JSON.stringify(reply)).digest('hex')
}

describe('the read caches in memory', { timeout: 300_000 }, () => {
  beforeAll(async () => {
    const store = new MemoryStore()
    await writeRegister(store, generateRegister({ vendors: 3000, now: NOW, seed: 20261125 }), NOW)
    context = makeContext(new ManualClock(NOW), {
      env: { DATA_DIR: '/nonexistent/tickler' },
      store,
      commands: allCommands,
    })
  })

  it("a vendor card's indexes over every vendor keep under 1,350 bytes a vendor (1,650 before)", async () => {
    const { store } = context
    const vendors = store.all('vendors')
    const before = await heapAfterGc()
    const first = await digest(`vendor ${vendors[7]!.name}`)
    const perVendor = ((await heapAfterGc()) - before) / vendors.length
    // The card built them all: asking about another vendor builds nothing more.
    expect(vendorIndex(store).vendors).toBe(vendors)
    expect(contractsOfVendor(store, vendors[7]!.id).length).toBeGreaterThan(0)
    expect(checksOfVendor(store, vendors[7]!.id).length).toBeGreaterThan(0)
    expect(perVendor).toBeLessThan(1350)
    expect(await digest(`vendor ${vendors[7]!.name}`)).toBe(first)
  })

  it("renewals keeps under 450 bytes per row (490 before) of the day's list, its listed items included", async () => {
    const before = await heapAfterGc()
    const first = await digest('renewals 90 days')
    const after = await heapAfterGc()
    const all = renewalsIn(context.store, TODAY, TODAY, '9999-12-31', context.config.businessCalendar)
    const rows = all.missed.length + all.rows.length
    expect(rows).toBeGreaterThan(3000)
    expect((after - before) / rows).toBeLessThan(450)
    expect(await digest('renewals 90 days')).toBe(first)
  })

  it('risk due keeps under 680 bytes per listed check (780 before), its items included', async () => {
    const before = await heapAfterGc()
    const first = await digest('risk due')
    const after = await heapAfterGc()
    const rows = dueChecks(context.store, TODAY, '2026-12-25').length
    expect(rows).toBeGreaterThan(1000)
    expect((after - before) / rows).toBeLessThan(680)
    expect(await digest('risk due')).toBe(first)
  })
})
