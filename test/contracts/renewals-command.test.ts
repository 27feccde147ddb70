import { describe, expect, it } from 'vitest'
import { vendor } from '../support/factories.ts'
import { deal, lines, makeContext, run, runCommand } from './register-fixture.ts'

const vendors = [
  vendor('v1', 'Contoso', { owner: 'U0NORTH' }),
  vendor('v2', 'Fabrikam'),
  vendor('v3', 'Northwind'),
  vendor('v4', 'Adatum'),
]
const contracts = [
  deal('v1', 'Office 365', { endDate: '2027-04-30', noticeDays: 90, annualValue: '207000.00' }),
  deal('v2', 'Support', {
    autoRenew: false,
    startDate: '2026-04-01',
    endDate: '2027-03-31',
    noticeDays: 30,
    annualValue: '12000',
  }),
  deal('v3', 'Hosting', { endDate: '2027-06-30', noticeDays: 60, annualValue: '50000.00' }),
  deal('v4', 'EU Licence', { endDate: '2027-04-15', noticeDays: 0, annualValue: '5000.00', currency: 'EUR' }),
  deal('v1', 'Old Licence', {
    autoRenew: false,
    startDate: '2025-01-01',
    endDate: '2026-12-31',
    noticeDays: 30,
  }),
  // imported with an end date long past: it has rolled to 2026-05-01..2027-04-30
  deal('v2', 'Printers', {
    startDate: '2021-05-01',
    endDate: '2024-04-30',
    noticeDays: 30,
    annualValue: '3000.50',
  }),
  deal('v3', 'Backup', {
    startDate: '2026-03-01',
    endDate: '2027-02-28',
    noticeDays: 60,
    annualValue: '1500.00',
  }),
  deal('v4', 'Support', {
    startDate: '2026-03-02',
    endDate: '2027-03-31',
    noticeDays: 30,
    annualValue: '100.00',
  }),
  deal('v1', 'Network', {
    startDate: '2026-03-02',
    endDate: '2027-03-31',
    noticeDays: 30,
    annualValue: '200.00',
  }),
  deal('v1', 'Future', { startDate: '2027-02-01', endDate: '2028-01-31', noticeDays: 300 }),
  deal('v1', 'Cancelled SaaS', {
    kind: 'saas',
    endDate: '2027-03-31',
    noticeDays: 30,
    status: 'ended',
    endedOn: '2027-01-10',
  }),
  deal('v4', 'Today', {
    startDate: '2026-01-16',
    endDate: '2027-01-15',
    noticeDays: 0,
    annualValue: '10.00',
  }),
  deal('v4', 'Later', {
    startDate: '2026-06-01',
    endDate: '2027-06-30',
    noticeDays: 75,
    annualValue: '7.00',
  }),
]

describe('renewals (issue check: imported register, now 2027-01-15)', async () => {
  const context = await makeContext('2027-01-15T09:00:00Z', vendors, contracts, {
    TICKLER_TIMEZONE: 'Europe/London',
  })

  it('"renewals 90 days" lists missed notices, then exactly the deadlines in 2027-01-15..2027-04-15 in order, with totals', async () => {
    const reply = await run(context, 'renewals 90 days')
    expect(reply.status).toBe('ok')
    expect(lines(reply)).toEqual([
      'Renewals: next 90 days (2027-01-15 to 2027-04-15)',
      '## Notice missed',
      '- Northwind — Backup: notice missed 16 days ago (2026-12-30) · end 2027-02-28, 44 days · auto-renew yes · 1,500.00 USD a year · unowned',
      '## Deadlines 2027-01-15 to 2027-04-15',
      '- Adatum — Today: notice deadline 2027-01-15, 0 days (today) · auto-renew yes · 10.00 USD a year · unowned',
      '- Contoso — Office 365: notice deadline 2027-01-30, 15 days · auto-renew yes · 207,000.00 USD a year',
      '- Adatum — Support: notice deadline 2027-03-01, 45 days · auto-renew yes · 100.00 USD a year · unowned',
      '- Contoso — Network: notice deadline 2027-03-01, 45 days · auto-renew yes · 200.00 USD a year',
      '- Fabrikam — Support: notice deadline 2027-03-01, 45 days · auto-renew no · 12,000.00 USD a year · unowned',
      '- Fabrikam — Printers: notice deadline 2027-03-31, 75 days · auto-renew yes · 3,000.50 USD a year · unowned',
      '- Adatum — EU Licence: notice deadline 2027-04-15, 90 days · auto-renew yes · 5,000.00 EUR a year · unowned',
      'Total annual value: 223,810.50 USD',
      'Total annual value: 5,000.00 EUR',
      'Evidence lapsed: 0 of 8 listed contracts',
    ])
  })

  it('defaults to 90 days and accepts the other window forms', async () => {
    expect(lines(await run(context, 'renewals'))).toEqual(lines(await run(context, 'renewals 90 days')))
    expect(lines(await runCommand(context, 'renewals', 'next 90 days please?'))).toEqual(
      lines(await run(context, 'renewals 90 days')),
    )
    const week = lines(await run(context, 'renewals this week'))
    expect(week[0]).toBe('Renewals: this week (2027-01-15 to 2027-01-17)')
    expect(week.filter((l) => l.startsWith('- '))).toHaveLength(2) // the missed notice and today's
    const before = lines(await run(context, 'renewals before March 1'))
    expect(before.at(-3)).toContain('Contoso — Office 365')
    expect(before.at(-2)).toBe('Total annual value: 208,510.00 USD')
  })

  it('still lists missed notices when the window holds nothing', async () => {
    const reply = await run(context, 'renewals next month')
    expect(lines(reply)).toEqual([
      'Renewals: next month (2027-02-01 to 2027-02-28)',
      '## Notice missed',
      '- Northwind — Backup: notice missed 16 days ago (2026-12-30) · end 2027-02-28, 44 days · auto-renew yes · 1,500.00 USD a year · unowned',
      '## Deadlines 2027-02-01 to 2027-02-28',
      'No notice deadlines from 2027-02-01 to 2027-02-28.',
      'Total annual value: 1,500.00 USD',
      'Evidence lapsed: 0 of 1 listed contract',
    ])
  })

  it('rejects a window it does not understand, with the form', async () => {
    const reply = await runCommand(context, 'renewals', 'soonish')
    expect(reply.status).toBe('rejected')
    expect(lines(reply)[0]).toBe('I don\'t understand the window "soonish".')
    expect(lines(reply)[1]).toMatch(/^Form: renewals \[N days/)
  })

  it('follows the organisation’s date, not UTC', async () => {
    // 2027-01-15T11:00Z is already 2027-01-16 at Kiritimati: the "Today" contract's notice is past.
    const kiritimati = await makeContext('2027-01-15T11:00:00Z', vendors, contracts, {
      TICKLER_TIMEZONE: 'Pacific/Kiritimati',
    })
    const out = lines(await run(kiritimati, 'renewals 30 days'))
    expect(out[0]).toBe('Renewals: next 30 days (2027-01-16 to 2027-02-15)')
    expect(out.some((l) => l.includes('Adatum — Today'))).toBe(false)
    expect(out).toContain(
      '- Contoso — Office 365: notice deadline 2027-01-30, 14 days · auto-renew yes · 207,000.00 USD a year',
    )
  })

  it('sees a change committed after an earlier answer (cache per revision)', async () => {
    const ctx = await makeContext('2027-01-15T09:00:00Z', vendors, contracts)
    expect(lines(await run(ctx, 'renewals 30 days')).join('\n')).not.toContain('Brand New')
    await ctx.store.transact({ who: 't', at: ctx.clock.now(), action: 'contract add' }, (tx) =>
      tx.put(
        'contracts',
        deal('v2', 'Brand New', { startDate: '2026-02-01', endDate: '2027-02-01', noticeDays: 0 }),
      ),
    )
    expect(lines(await run(ctx, 'renewals 30 days')).join('\n')).toContain(
      'Fabrikam — Brand New: notice deadline 2027-02-01',
    )
  })
})
