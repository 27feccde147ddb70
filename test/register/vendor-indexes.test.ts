// The per-vendor reads (vendor card, risk list, sla report, history, typo lookup) answer from
// indexes built once per change of a collection. A write that moves a record to another vendor,
// removes one, or renames a vendor must show in the very next read, whichever index it touches.
import { describe, expect, it } from 'vitest'
import { allCommands } from '../../src/app/command-table.ts'
import type { Context } from '../../src/commands/command.ts'
import type { Incident } from '../../src/domain/sla.ts'
import type { Transaction } from '../../src/store/store.ts'
import { deal, lines, run } from '../contracts/register-fixture.ts'
import { makeContext, seed } from '../support/context.ts'
import { riskCheck, vendor } from '../support/factories.ts'

const office = deal('v1', 'Office 365', { endDate: '2027-04-30', noticeDays: 90 })
const support = deal('v1', 'Premier Support', { endDate: '2027-06-30', noticeDays: 30 })
const soc2 = riskCheck('r1', 'v1', 'soc2', { lastDone: '2026-12-01' })
const outage: Incident = {
  id: 'INC-0001',
  vendorId: 'v1',
  contractId: office.id,
  priority: 'P2',
  summary: 'Mail down',
  started: '2026-12-10T09:00:00Z',
  responded: null,
  resolved: '2026-12-10T11:00:00Z',
  loggedBy: 'U0TEST',
}

async function world(): Promise<Context> {
  const context = makeContext('2027-01-15T09:00:00Z', { commands: allCommands })
  await seed(
    context.store,
    {
      vendors: [vendor('v1', 'Contoso Ltd'), vendor('v2', 'Fabrikam Inc')],
      contracts: [office, support],
      riskChecks: [soc2],
      incidents: [outage],
    },
    '2026-06-01T00:00:00Z',
  )
  return context
}

function write(context: Context, fn: (tx: Transaction) => void): Promise<void> {
  return context.store.transact({ who: 'U0TEST', at: context.clock.now(), action: 'import' }, fn)
}

async function card(context: Context, name: string): Promise<string[]> {
  return lines(await run(context, `vendor ${name}`))
}

describe('per-vendor indexes after a write', () => {
  it('a contract, check and incident moved to another vendor leave one card and join the other', async () => {
    const context = await world()
    // Read first, so every index exists before the write.
    expect((await card(context, 'Contoso Ltd')).filter((l) => l.includes('Office 365'))).toHaveLength(1)
    expect(await card(context, 'Fabrikam Inc')).toContain('Fabrikam Inc has no contracts.')
    expect(lines(await run(context, 'sla report Contoso Ltd december 2026'))).toContain(
      '2026-12-01 to 2026-12-31: 1 incident, 0 breaches.',
    )

    await write(context, (tx) => {
      tx.put('contracts', { ...office, vendorId: 'v2' })
      tx.put('riskChecks', { ...soc2, vendorId: 'v2' })
      tx.put('incidents', { ...outage, vendorId: 'v2' })
    })

    const contoso = await card(context, 'Contoso Ltd')
    expect(contoso.filter((l) => l.includes('Office 365'))).toEqual([])
    expect(contoso.filter((l) => l.includes('Premier Support'))).toHaveLength(1)
    expect(contoso).toContain('Contoso Ltd has no risk checks.')
    const fabrikam = await card(context, 'Fabrikam Inc')
    expect(fabrikam.filter((l) => l.startsWith('- Fabrikam Inc — Office 365'))).toHaveLength(1)
    expect(fabrikam.filter((l) => l.startsWith('- Fabrikam Inc SOC 2'))).toHaveLength(1)
    expect(lines(await run(context, 'risk list Fabrikam Inc')).some((l) => l.includes('(soc2)'))).toBe(true)
    expect(lines(await run(context, 'sla report Contoso Ltd december 2026'))).toContain(
      '2026-12-01 to 2026-12-31: 0 incidents, 0 breaches.',
    )
    expect(lines(await run(context, 'sla report Fabrikam Inc december 2026'))).toContain(
      '2026-12-01 to 2026-12-31: 1 incident, 0 breaches.',
    )
  })

  it('history of a vendor follows its records: a moved contract goes with its incidents', async () => {
    const context = await world()
    const history = async (name: string) => lines(await run(context, `history ${name}`))
    expect(await history('Contoso Ltd')).toContain('- 2026-06-01 00:00 test seed: contract Office 365: added')
    expect((await history('Fabrikam Inc')).filter((l) => /Office 365|incident/.test(l))).toEqual([])
    await write(context, (tx) => tx.put('contracts', { ...office, vendorId: 'v2' }))
    const fabrikam = await history('Fabrikam Inc')
    expect(fabrikam).toContain('- 2026-06-01 00:00 test seed: contract Office 365: added')
    // The incident still names Contoso, but belongs to a contract Fabrikam now holds.
    expect(fabrikam).toContain('- 2026-06-01 00:00 test seed: incident P2: added')
    const contoso = await history('Contoso Ltd')
    expect(contoso).not.toContain('- 2026-06-01 00:00 test seed: contract Office 365: added')
    expect(contoso).toContain('- 2026-06-01 00:00 test seed: incident P2: added')
  })

  it('removed records leave the card, and a renamed vendor is found by its new name with a typo', async () => {
    const context = await world()
    expect((await card(context, 'Contosso Ltd'))[1]).toBe(
      'Showing Contoso Ltd, the closest match to "Contosso Ltd".',
    )
    await write(context, (tx) => {
      tx.remove('contracts', support.id)
      tx.remove('riskChecks', soc2.id)
    })
    const contoso = await card(context, 'Contoso Ltd')
    expect(contoso.filter((l) => l.includes('Premier Support'))).toEqual([])
    expect(contoso).toContain('Contoso Ltd has no risk checks.')

    // Asked before the name exists, so a lookup remembered across the rename would still miss it.
    expect((await run(context, 'vendor Northwnid Traders')).status).not.toBe('ok')
    await write(context, (tx) => tx.put('vendors', { ...vendor('v1', 'Northwind Traders') }))
    expect((await card(context, 'Northwnid Traders'))[1]).toBe(
      'Showing Northwind Traders, the closest match to "Northwnid Traders".',
    )
    const gone = await run(context, 'vendor Contosso Ltd')
    expect(gone.status).not.toBe('ok')
  })
})
