import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { openTickler } from '../../src/app/open-tickler.ts'
import { loadConfig } from '../../src/config/config.ts'
import { silentLogger } from '../../src/log/logger.ts'
import { plain, type Reply } from '../../src/reply/reply.ts'
import { MemoryStore } from '../../src/store/memory-store.ts'
import { ManualClock } from '../../src/time/clock.ts'
import {
  makeContext,
  NORTHWIND,
  PRINT_DEAL,
  lines as registerLines,
  say,
  textOf,
} from '../register/editing/helpers.ts'
import { contract, vendor } from '../support/factories.ts'

function lines(reply: Reply): string[] {
  return (reply.sections ?? []).flatMap((s) => (s.items ?? []).map((i) => plain(i.text)))
}

describe('history', () => {
  it('shows who changed what and when, newest first, for a vendor, a contract and an incident', async () => {
    const clock = new ManualClock(Temporal.Instant.from('2027-01-15T09:00:00Z'))
    const store = new MemoryStore()
    const t = await openTickler({
      config: loadConfig({ TICKLER_TIMEZONE: 'Europe/Paris' }),
      clock,
      log: silentLogger,
      store,
    })
    const contoso = vendor('v1', 'Contoso', { category: 'ERP', tier: 'high', owner: 'U0NORTH' })
    await store.transact({ who: 'terminal', at: clock.now(), action: 'vendor add' }, (tx) =>
      tx.put('vendors', contoso),
    )
    clock.advance({ hours: 1 })
    await store.transact({ who: 'U0NORTH', at: clock.now(), action: 'vendor edit' }, (tx) =>
      tx.put('vendors', { ...contoso, category: 'ERP and CRM' }),
    )
    await store.transact({ who: 'U0NORTH', at: clock.now(), action: 'contract add' }, (tx) =>
      tx.put(
        'contracts',
        contract({
          title: 'Dynamics Support',
          kind: 'support',
          startDate: '2026-01-01',
          endDate: '2026-12-31',
          noticeDays: 60,
          currency: 'EUR',
        }),
      ),
    )

    const vendorHistory = lines(await t.run({ text: 'history contoso', user: 'U0X', platform: 'slack' }))
    expect(vendorHistory[0]).toMatch(
      /^2027-01-15 11:00 U0NORTH contract add: contract Dynamics Support: added$/,
    )
    expect(vendorHistory[1]).toBe(
      '2027-01-15 11:00 U0NORTH vendor edit: vendor Contoso: category ERP → ERP and CRM',
    )
    expect(vendorHistory[2]).toBe('2027-01-15 10:00 terminal vendor add: vendor Contoso: added')
    expect(vendorHistory).toHaveLength(3)

    const contractHistory = lines(
      await t.run({ text: 'history "Dynamics Support"', user: 'U0X', platform: 'slack' }),
    )
    expect(contractHistory).toHaveLength(1)

    const missing = await t.run({ text: 'history INC-0099', user: 'U0X', platform: 'slack' })
    expect(missing.status).toBe('rejected')
    expect(plain(missing.text![0]!)).toBe('There is no incident INC-0099.')
    const nothing = await t.run({ text: 'history', user: 'U0X', platform: 'slack' })
    expect(nothing.status).toBe('rejected')
  })
})

describe('history of what was removed, and of every kind of change', () => {
  async function removedNorthwind() {
    const context = makeContext()
    const step = async (line: string) => {
      expect((await say(context, line)).status, line).toBe('ok')
      context.clock.advance({ hours: 1 })
    }
    await step(NORTHWIND)
    await step(PRINT_DEAL)
    await step('risk add "Northwind Traders" pentest every 90 days')
    await step('risk remove "Northwind Traders" pentest')
    await step('contract end "Print Fleet"')
    await step('vendor remove "Northwind Traders"')
    return context
  }
  const shown = async (context: ReturnType<typeof makeContext>, line: string) => {
    const reply = await say(context, line)
    expect(reply.status, textOf(reply)).toBe('ok')
    return registerLines(reply)
  }

  it('finds a removed vendor by its last name or alias, with every change of its records, newest first', async () => {
    const context = await removedNorthwind()
    const out = await shown(context, 'history "Northwind Traders"')
    expect(out[0]).toBe('History of Northwind Traders (removed)')
    expect(out.slice(1)).toEqual([
      '- 2026-11-25 15:00 terminal vendor remove: vendor Northwind Traders: removed',
      '- 2026-11-25 15:00 terminal vendor remove: contract Print Fleet: removed',
      '- 2026-11-25 15:00 terminal vendor remove: riskCheck adverse_media: removed',
      '- 2026-11-25 15:00 terminal vendor remove: riskCheck insurance: removed',
      '- 2026-11-25 15:00 terminal vendor remove: riskCheck questionnaire: removed',
      '- 2026-11-25 15:00 terminal vendor remove: riskCheck soc2: removed',
      '- 2026-11-25 14:00 terminal contract end: contract Print Fleet: status active → ended; endedOn (empty) → 2026-11-25',
      '- 2026-11-25 13:00 terminal risk remove: riskCheck pentest: removed',
      '- 2026-11-25 12:00 terminal risk add: riskCheck pentest: added',
      '- 2026-11-25 11:00 terminal contract add: contract Print Fleet: added',
      '- 2026-11-25 10:00 terminal vendor add: riskCheck adverse_media: added',
      '- 2026-11-25 10:00 terminal vendor add: riskCheck insurance: added',
      '- 2026-11-25 10:00 terminal vendor add: riskCheck questionnaire: added',
      '- 2026-11-25 10:00 terminal vendor add: riskCheck soc2: added',
      '- 2026-11-25 10:00 terminal vendor add: vendor Northwind Traders: added',
    ])
    expect(await shown(context, 'history NWT')).toEqual(out)
  })

  it('finds a removed contract and a removed check by their last names', async () => {
    const context = await removedNorthwind()
    const contract = [
      'History of Northwind Traders › Print Fleet (removed)',
      '- 2026-11-25 15:00 terminal vendor remove: contract Print Fleet: removed',
      '- 2026-11-25 14:00 terminal contract end: contract Print Fleet: status active → ended; endedOn (empty) → 2026-11-25',
      '- 2026-11-25 11:00 terminal contract add: contract Print Fleet: added',
    ]
    expect(await shown(context, 'history "Print Fleet"')).toEqual(contract)
    expect(await shown(context, 'history "Northwind Traders" "Print Fleet"')).toEqual(contract)
    expect(await shown(context, 'history "Northwind Traders" pentest')).toEqual([
      'History of Northwind Traders › pentest check (removed)',
      '- 2026-11-25 13:00 terminal risk remove: riskCheck pentest: removed',
      '- 2026-11-25 12:00 terminal risk add: riskCheck pentest: added',
    ])
  })

  it('offers a pick when a live and a removed contract share a title, and each button answers', async () => {
    const context = await removedNorthwind()
    await say(context, 'vendor add Contoso tier low')
    await say(
      context,
      'contract add Contoso "Print Fleet" kind saas start 2026-01-01 end 2026-12-31 notice 0 value 5 USD',
    )
    const pick = await say(context, 'history "Print Fleet"')
    const items = pick.sections![0]!.items!
    expect(items.map((i) => [plain(i.text), i.actions![0]!.command])).toEqual([
      ['Northwind Traders — Print Fleet (removed)', 'history "Northwind Traders" "Print Fleet"'],
      ['Contoso — Print Fleet', 'history "Contoso" "Print Fleet"'],
    ])
    expect((await shown(context, items[1]!.actions![0]!.command))[0]).toBe('History of Contoso › Print Fleet')
  })

  it("keeps a live vendor's removed checks in its history, and orders by when each change was made", async () => {
    const context = makeContext()
    await say(context, 'vendor add Contoso tier low')
    context.clock.advance({ hours: 2 })
    await say(context, 'risk add Contoso pentest')
    context.clock.advance({ hours: 1 })
    await say(context, 'risk remove Contoso pentest')
    // A change stamped earlier (as `--now` in the past does) sorts by its stamp, not its arrival.
    context.clock.advance({ hours: -2, minutes: -30 })
    await say(context, 'vendor edit Contoso category Printing')
    expect(await shown(context, 'history Contoso')).toEqual([
      'History of Contoso',
      '- 2026-11-25 13:00 terminal risk remove: riskCheck pentest: removed',
      '- 2026-11-25 12:00 terminal risk add: riskCheck pentest: added',
      '- 2026-11-25 10:30 terminal vendor edit: vendor Contoso: category (empty) → Printing',
      '- 2026-11-25 10:00 terminal vendor add: riskCheck adverse_media: added',
      '- 2026-11-25 10:00 terminal vendor add: vendor Contoso: added',
    ])
  })
})
