// `renewals [window] [tier] [owner] [kind] [over <amount> [CUR]] [lapsed]` (SPEC §13): each filter
// narrows the rows, missed notices included, and the totals; a bad filter value names the filter.
import { describe, expect, it } from 'vitest'
import { coreCommands } from '../../src/app/core-commands.ts'
import type { Context } from '../../src/commands/command.ts'
import { plain, type Reply } from '../../src/reply/reply.ts'
import { seed, makeContext as testContext } from '../support/context.ts'
import { riskCheck, vendor } from '../support/factories.ts'
import { deal, run } from './register-fixture.ts'

const NOW = '2027-01-15T12:00:00Z'

async function register(): Promise<Context> {
  const context = testContext(NOW, { commands: coreCommands })
  await seed(
    context.store,
    {
      vendors: [
        vendor('v1', 'Contoso', { tier: 'critical', owner: 'U0NORTH' }),
        vendor('v2', 'Fabrikam', { tier: 'high', owner: 'U0EAST' }),
        vendor('v3', 'Northwind', { tier: 'low', owner: 'U0EAST' }),
      ],
      contracts: [
        deal('v1', 'Hosting', {
          kind: 'saas',
          endDate: '2027-04-30',
          noticeDays: 30,
          annualValue: '150000.00',
        }),
        deal('v1', 'Support', {
          kind: 'support',
          endDate: '2027-03-31',
          noticeDays: 30,
          annualValue: '40000.00',
        }),
        // notice missed on 2027-01-01, still active: filtered like any row
        deal('v2', 'Switches', {
          kind: 'hardware',
          endDate: '2027-01-31',
          noticeDays: 30,
          annualValue: '90000.00',
          currency: 'EUR',
        }),
        deal('v2', 'Licences', {
          kind: 'licence',
          endDate: '2027-03-15',
          noticeDays: 10,
          annualValue: '100000.00',
          owner: 'U0NORTH',
        }),
        deal('v3', 'BI', { kind: 'licence', endDate: '2027-02-28', noticeDays: 0, annualValue: '120000.00' }),
      ],
      riskChecks: [riskCheck('r1', 'v2', 'soc2', { lastDone: '2026-01-01' })],
    },
    '2026-06-01T00:00:00Z',
    'import',
    'import',
  )
  return context
}

const rows = (reply: Reply) =>
  (reply.sections ?? []).flatMap((s) => (s.items ?? []).map((i) => plain(i.text).split(':')[0]))

describe('renewals filters', () => {
  it.each([
    [
      'renewals',
      [
        'Fabrikam — Switches',
        'Northwind — BI',
        'Contoso — Support',
        'Fabrikam — Licences',
        'Contoso — Hosting',
      ],
    ],
    ['renewals tier critical', ['Contoso — Support', 'Contoso — Hosting']],
    ['renewals this quarter tier high', ['Fabrikam — Switches', 'Fabrikam — Licences']],
    // the contract's own owner wins over the vendor's
    ['renewals owner U0NORTH', ['Contoso — Support', 'Fabrikam — Licences', 'Contoso — Hosting']],
    ['renewals owner me', ['Contoso — Support', 'Fabrikam — Licences', 'Contoso — Hosting']],
    ['renewals kind licence', ['Northwind — BI', 'Fabrikam — Licences']],
    ['renewals kind license next 60 days', ['Northwind — BI', 'Fabrikam — Licences']],
    // strictly more than; compared in each contract's own currency
    ['renewals over 100000', ['Northwind — BI', 'Contoso — Hosting']],
    ['renewals over 100k', ['Northwind — BI', 'Contoso — Hosting']],
    ['renewals over 50k EUR', ['Fabrikam — Switches']],
    ['renewals lapsed', ['Fabrikam — Switches', 'Fabrikam — Licences']],
    ['renewals tier critical over 100000 q1', ['Contoso — Hosting']],
    ['renewals this quarter kind saas owner U0NORTH', ['Contoso — Hosting']],
  ])('%s', async (line, expected) => {
    const reply = await run(await register(), line, 'U0NORTH')
    expect(reply.status).toBe('ok')
    expect(rows(reply)).toEqual(expected)
  })

  it('totals only the rows listed and names the filters in the title', async () => {
    const reply = await run(await register(), 'renewals tier critical', 'U0NORTH')
    expect(reply.title).toBe('Renewals: next 90 days, tier critical (2027-01-15 to 2027-04-15)')
    // The evidence gate's count (SPEC §11) counts the filtered rows too.
    expect((reply.footer ?? []).map(plain)).toEqual([
      'Total annual value: 190,000.00 USD',
      'Evidence lapsed: 0 of 2 listed contracts',
    ])
  })

  it.each([
    ['renewals tier gold', 'The tier must be critical, high, medium or low, not "gold".'],
    [
      'renewals kind cloud',
      'The kind must be one of licence, saas, support, outsourcing, hardware, not "cloud".',
    ],
    ['renewals over lots', 'After "over" give an amount such as 100000, 100k or 250000 EUR, not "lots".'],
  ])('%s is rejected with the form and changes nothing', async (line, message) => {
    const context = await register()
    const before = context.store.revision
    const reply = await run(context, line, 'U0NORTH')
    expect(reply.status).toBe('rejected')
    expect(plain(reply.text![0]!)).toBe(message)
    expect(plain(reply.text![1]!)).toContain(
      '[tier <t>] [owner <user>] [kind <k>] [over <amount> [<CUR>]] [lapsed]',
    )
    expect(context.store.revision).toBe(before)
  })
})
