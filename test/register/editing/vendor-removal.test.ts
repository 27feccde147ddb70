// `vendor remove` (SPEC §4.3, §9): refused, with the contract named and the store files untouched,
// while any contract of the vendor ends in the future, one ended "on" a day still to come included.
// A vendor whose contracts have all ended goes.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openJsonStore } from '../../../src/store/json-store.ts'
import type { Store } from '../../../src/store/store.ts'
import { lines, makeContext, NORTHWIND, PRINT_DEAL, say, snapshot, textOf } from './helpers.ts'

let dir = ''
let store: Store | undefined
afterEach(async () => {
  await store?.close()
  store = undefined
  if (dir) await rm(dir, { recursive: true, force: true })
})

// Today is 2026-11-25.
async function register(lines: string[]) {
  dir = await mkdtemp(join(tmpdir(), 'tickler-remove-'))
  store = await openJsonStore(dir)
  const context = makeContext({ store })
  for (const line of [NORTHWIND, ...lines]) {
    const reply = await say(context, line)
    expect(reply.status, `${line}\n${textOf(reply)}`).toBe('ok')
  }
  return context
}

describe('vendor remove', () => {
  it('is refused while a contract ended by command still runs until next month', async () => {
    const context = await register([PRINT_DEAL, 'contract end "Print Fleet" on 2026-12-31'])
    const before = await snapshot(dir)
    const reply = await say(context, 'vendor remove "Northwind Traders"')
    expect(reply.status).toBe('rejected')
    expect(lines(reply)).toEqual([
      'Northwind Traders still has 1 contract that has not ended: Print Fleet (ends 2026-12-31). End it first with contract end. Nothing was changed.',
      'Form: vendor remove <vendor>',
      'Example: contract end "Print Fleet"',
    ])
    expect(await snapshot(dir)).toEqual(before)
    expect(context.store.all('vendors')).toHaveLength(1)

    // The refusal's example works: the end moves to today, and then the vendor can go.
    const moved = await say(context, 'contract end "Print Fleet"')
    expect(moved.text![0]).toMatch(/^Ended on 2026-11-25/)
    const removed = await say(context, 'vendor remove "Northwind Traders"')
    expect(removed.status).toBe('ok')
    expect(context.store.all('vendors')).toEqual([])
  })

  it('is refused while a contract that does not auto-renew ends next month', async () => {
    const context = await register([
      'contract add "Northwind Traders" "Toner" kind support start 2026-01-01 end 2026-12-20 notice 0 value 900 USD',
    ])
    const before = await snapshot(dir)
    const reply = await say(context, 'vendor remove "Northwind Traders"')
    expect(reply.status).toBe('rejected')
    expect(lines(reply)[0]).toContain('still has 1 contract that has not ended: Toner.')
    expect(await snapshot(dir)).toEqual(before)
  })

  it('removes a vendor whose contracts have all ended, by date or by command', async () => {
    const context = await register([
      'contract add "Northwind Traders" "Old toner" kind support start 2020-01-01 end 2021-12-31 notice 0 value 900 USD',
      PRINT_DEAL,
      'contract end "Print Fleet" on 2026-11-01',
    ])
    const reply = await say(context, 'vendor remove "Northwind Traders"')
    expect(reply.status).toBe('ok')
    expect(reply.text![0]).toBe('Removed with it: 2 ended contracts, 4 risk checks.')
    expect(context.store.all('contracts')).toEqual([])
  })

  it('contract end on an end already past changes nothing', async () => {
    const context = await register([PRINT_DEAL, 'contract end "Print Fleet" on 2026-11-01'])
    const before = await snapshot(dir)
    const reply = await say(context, 'contract end "Print Fleet"')
    expect(reply.text).toEqual([
      'Northwind Traders Print Fleet already ended on 2026-11-01. Nothing was changed.',
    ])
    expect(await snapshot(dir)).toEqual(before)
  })
})
