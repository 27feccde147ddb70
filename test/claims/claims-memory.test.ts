// What the unclaimed credits keep once listed (SPEC §12): every row is carried from day to day,
// and `sla claims` lists them all, so what each row holds is paid 160,000 times at 100,000 vendors.
// A credit's working and each row's list item (kept for the day, so that `sla claims` does not make
// thousands again on every request) were kept as V8's templates left them: trees of string pieces,
// 1,630 bytes a row in all. Each copied into one piece, a row keeps about 1,110.

import { createHash } from 'node:crypto'
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { generateRegister, writeRegister } from '../../bench/generate.ts'
import { allCommands } from '../../src/app/command-table.ts'
import { dispatch } from '../../src/app/dispatch.ts'
import { unclaimedOn } from '../../src/claims/unclaimed.ts'
import { createRegistry } from '../../src/commands/registry.ts'
import { makeContext } from '../support/context.ts'
import { heapAfterGc } from '../support/heap.ts'
import { ManualClock } from '../support/manual-clock.ts'
import { MemoryStore } from '../support/memory-store.ts'

describe('the unclaimed credits in memory', { timeout: 300_000 }, () => {
  it('keep under 1,300 bytes a row after sla claims listed them all, and answer the same again', async () => {
    const now = Temporal.Instant.from('2026-11-25T10:00:00Z')
    const store = new MemoryStore()
    await writeRegister(store, generateRegister({ vendors: 1500, now, seed: 20261125 }), now)
    const context = makeContext(new ManualClock(now), {
      env: { DATA_DIR: '/nonexistent/tickler' },
      store,
      commands: allCommands,
    })
    const registry = createRegistry(allCommands)
    /** The reply's digest and how many items it lists; the reply itself is not kept. */
    const claims = async () => {
      const reply = await dispatch(
        registry,
        { text: 'sla claims', user: 'terminal', asAdmin: true, requestId: 'r' },
        context,
      )
      const json = JSON.stringify(reply)
      return {
        digest: createHash('sha256').update(json).digest('hex'),
        items: reply.sections?.[0]?.items?.length,
      }
    }

    // The indexes the list reads (incidents, targets and bands by contract) belong to the
    // register, kept whether or not anyone asks for credits: built first, for another zone.
    const elsewhere = { ...context.config, TICKLER_TIMEZONE: 'Pacific/Auckland' }
    expect(elsewhere.TICKLER_TIMEZONE).not.toBe(context.config.TICKLER_TIMEZONE)
    unclaimedOn(store, elsewhere, now)
    const before = await heapAfterGc()
    const { rows } = unclaimedOn(store, context.config, now)
    const first = await claims()
    const perRow = ((await heapAfterGc()) - before) / rows.length
    expect(rows.length).toBeGreaterThan(2000)
    expect(first.items).toBe(rows.length)
    expect(perRow).toBeLessThan(1300)
    // Made again from what each row keeps, the answer is the same.
    expect(await claims()).toEqual(first)
  })
})
