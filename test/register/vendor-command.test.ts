import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { deal, lines, makeContext, run, runCommand } from '../contracts/register-fixture.ts'
import { vendor } from '../support/factories.ts'

const vendors = [
  vendor('v1', 'Contoso Ltd', {
    tier: 'critical',
    category: 'Productivity',
    owner: 'U0NORTH',
    contactEmail: 'accounts@contoso.example',
    aliases: ['Contoso', 'CTS'],
  }),
  vendor('v2', 'Contoso Retail'),
  vendor('v3', 'Microsoft', { tier: 'high', owner: 'it@example.com' }),
]
const contracts = [
  deal('v1', 'Office 365', { kind: 'saas', endDate: '2027-04-30', noticeDays: 90, annualValue: '207000.00' }),
  deal('v1', 'Old Support', {
    kind: 'support',
    autoRenew: false,
    startDate: '2024-01-01',
    endDate: '2026-06-30',
  }),
  deal('v1', 'Helpdesk', {
    kind: 'outsourcing',
    autoRenew: false,
    startDate: '2026-01-01',
    endDate: '2027-01-31',
    noticeDays: 30,
    owner: 'U0FABRI',
  }),
  deal('v1', 'Next Year', { startDate: '2027-03-01', endDate: '2028-02-29', noticeDays: 30 }),
]

describe('vendor <name>', async () => {
  const context = await makeContext('2027-01-15T09:00:00Z', vendors, contracts)
  await context.store.transact(
    { who: 't', at: Temporal.Instant.from('2027-01-01T00:00:00Z'), action: 'risk add' },
    (tx) =>
      tx.put('riskChecks', {
        id: 'r1',
        vendorId: 'v1',
        kind: 'soc2',
        cadenceDays: null,
        lastDone: '2026-12-01',
        evidence: '',
        doneBy: '',
        addedOn: '2026-01-01',
      }),
  )

  it('shows the card: fields, active contracts by deadline, ended ones marked, and risk status', async () => {
    const reply = await run(context, 'vendor contoso ltd')
    expect(reply.status).toBe('ok')
    expect(lines(reply)).toEqual([
      'Contoso Ltd',
      'Tier: critical',
      'Category: Productivity',
      'Owner: U0NORTH',
      'Contact: accounts@contoso.example',
      'Aliases: Contoso, CTS',
      '## Contracts',
      '- Contoso Ltd — Helpdesk (outsourcing): end 2027-01-31, 16 days · notice missed 14 days ago (2027-01-01) · auto-renew no · 1,000.00 USD a year · owner U0FABRI',
      '- Contoso Ltd — Office 365 (saas): end 2027-04-30 · notice deadline 2027-01-30, 15 days · auto-renew yes · 207,000.00 USD a year',
      '- Contoso Ltd — Next Year (licence): starts 2027-03-01, end 2028-02-29, notice deadline 2028-01-30 · auto-renew yes · 1,000.00 USD a year',
      '- Contoso Ltd — Old Support (support): ended 2026-06-30 · 1,000.00 USD a year',
      '## Risk checks',
      '- Contoso Ltd SOC 2 report: last done 2026-12-01, next due 2027-03-01, 45 days left (every 90 days)',
    ])
    expect(reply.fields?.find((f) => f.label === 'Owner')?.value).toEqual([{ mention: 'U0NORTH' }])
  })

  it('finds a vendor by alias, by a possessive and in quotes', async () => {
    for (const text of [
      'vendor CTS',
      "vendor Contoso Ltd's",
      'vendor "contoso ltd"',
      'vendor contoso please',
    ]) {
      expect((await run(context, text)).title).toBe('Contoso Ltd')
    }
  })

  it('names a typo match it used', async () => {
    const reply = await run(context, 'vendor microsfot')
    expect(reply.title).toBe('Microsoft')
    expect(lines(reply)[1]).toBe('Showing Microsoft, the closest match to "microsfot".')
    expect(lines(reply)).toContain('Owner: it@example.com')
    expect(lines(reply)).toContain('Microsoft has no contracts.')
  })

  it('answers several close matches with a pick list whose buttons open each card', async () => {
    const reply = await run(context, 'vendor contosso')
    expect(reply.status).toBe('ok')
    const items = reply.sections?.[0]?.items ?? []
    expect(items.map((i) => i.actions?.[0]?.command)).toEqual([
      'vendor "Contoso Ltd"',
      'vendor "Contoso Retail"',
    ])
    for (const command of items.map((i) => i.actions?.[0]?.command ?? '')) {
      expect((await run(context, command)).sections?.[0]?.heading).toBe('Contracts')
    }
  })

  it('rejects an unknown vendor with the nearest names and the form', async () => {
    const reply = await runCommand(context, 'vendor', 'Microsfat Azure')
    expect(reply.status).toBe('rejected')
    expect(lines(reply)).toEqual([
      'No vendor named "Microsfat Azure". Nearest names: Microsoft.',
      'Form: vendor <name>',
      'Example: vendor Contoso',
    ])
    expect((await runCommand(context, 'vendor', '')).status).toBe('rejected')
  })

  it('changes nothing stored', async () => {
    const revision = context.store.revision
    await run(context, 'vendor contosso')
    await run(context, 'vendor nobody')
    expect(context.store.revision).toBe(revision)
  })
})

describe('vendors [tier <t>] [owner <user>]', async () => {
  const context = await makeContext('2027-01-15T09:00:00Z', vendors, contracts)

  it('lists one vendor a line with tier, category, owner and active contracts', async () => {
    expect(lines(await run(context, 'vendors'))).toEqual([
      'Vendors (3)',
      '- Contoso Ltd · critical · Productivity · U0NORTH · 2 active contracts',
      '- Contoso Retail · medium · no category · no owner · 0 active contracts',
      '- Microsoft · high · no category · it@example.com · 0 active contracts',
    ])
  })

  it('filters by tier and owner (id, Slack mention, me)', async () => {
    expect(lines(await run(context, 'vendors tier critical')).slice(1)).toEqual([
      '- Contoso Ltd · critical · Productivity · U0NORTH · 2 active contracts',
    ])
    expect(lines(await run(context, 'vendors high'))[0]).toBe('Vendors: tier high (1)')
    expect(lines(await run(context, 'vendors owner <@U0NORTH|north>'))[0]).toBe('Vendors: owner U0NORTH (1)')
    expect(lines(await run(context, 'vendors owner me', 'U0NORTH'))[0]).toBe('Vendors: owner U0NORTH (1)')
    expect(lines(await run(context, 'vendors tier low owner U0NORTH'))).toEqual([
      'Vendors: tier low, owner U0NORTH (0)',
      'No vendor matches these filters.',
    ])
  })

  it('rejects a bad filter with the form', async () => {
    const reply = await runCommand(context, 'vendors', 'tier urgent')
    expect(reply.status).toBe('rejected')
    expect(lines(reply)[0]).toBe('The tier must be critical, high, medium or low, not "urgent".')
    expect((await runCommand(context, 'vendors', 'sorted')).status).toBe('rejected')
  })
})
