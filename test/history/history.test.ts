import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { openTickler } from '../../src/app.ts'
import { loadConfig } from '../../src/config/config.ts'
import { silentLogger } from '../../src/log/logger.ts'
import { plain, type Reply } from '../../src/reply/reply.ts'
import { MemoryStore } from '../../src/store/memory-store.ts'
import { ManualClock } from '../../src/time/clock.ts'
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
