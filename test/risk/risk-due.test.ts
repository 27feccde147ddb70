import { describe, expect, it } from 'vitest'
import type { Context } from '../../src/commands/command.ts'
import { riskCommands } from '../../src/risk/commands.ts'
import { makeContext } from '../support/context.ts'
import { importDemo, items, lines, run as runWith } from './register.ts'

const run = (ctx: Context, text: string) => runWith(ctx, text, 'U0ASKER', riskCommands)

const NOW = '2026-11-25T10:00:00Z'

describe('risk due', () => {
  it('lists exactly the overdue checks (most overdue first), then those due in 30 days by date', async () => {
    const ctx = makeContext(NOW)
    await importDemo(ctx)
    const reply = await run(ctx, 'risk due')
    expect(reply.status).toBe('ok')
    expect(reply.sections!.map((s) => s.heading)).toEqual(['Overdue', 'Due soon'])
    expect(items(reply)).toEqual([
      'Contoso SOC 2 report: due 2026-10-28, 28 days ago (overdue) · tier high · owner U0NORTH',
      'Tailspin SOC 2 report: due 2026-11-20, 5 days ago (overdue) · tier medium · owner risk@example.com',
      'Contoso Insurance certificate: due 2026-11-25, 0 days (today) · tier high · owner U0NORTH',
      'Fabrikam Security questionnaire (never done): due 2026-11-25, 0 days (today) · tier critical · owner U0FABRI',
      'Northwind Traders Adverse media review (never done): due 2026-11-25, 0 days (today) · tier low · owner U0NORTH',
      'Fabrikam SOC 2 report: due 2026-12-09, 14 days left · tier critical · owner U0FABRI',
      'Tailspin Adverse media review: due 2026-12-20, 25 days left · tier medium · owner risk@example.com',
      'Wide World pentest: due 2026-12-25, 30 days left · tier medium · owner no owner',
    ])
    // the owner is a mention (a ping on Slack and Teams), an email stays text
    const first = reply.sections![0]!.items![0]!.text
    expect(first).toContainEqual({ mention: 'U0NORTH' })
  })

  it('takes a window; overdue checks are listed whatever the window', async () => {
    const ctx = makeContext(NOW)
    await importDemo(ctx)
    const reply = await run(ctx, 'risk due 14 days')
    expect(items(reply).map((l) => l.split(':')[0])).toEqual([
      'Contoso SOC 2 report',
      'Tailspin SOC 2 report',
      'Contoso Insurance certificate',
      'Fabrikam Security questionnaire (never done)',
      'Northwind Traders Adverse media review (never done)',
      'Fabrikam SOC 2 report',
    ])
    const wider = await run(ctx, 'risk due 60 days')
    expect(items(wider)).toHaveLength(10)
  })

  it('a done check leaves the list and its next due date moves', async () => {
    const ctx = makeContext(NOW)
    await importDemo(ctx)
    const done = await run(ctx, 'risk done Contoso soc2 on 2026-11-20 FY26 report received')
    expect(done.status).toBe('ok')
    expect(lines(done)).toContain('Next due 2027-05-19 (175 days left), every 180 days.')
    const reply = await run(ctx, 'risk due')
    expect(items(reply).some((l) => l.startsWith('Contoso SOC 2 report'))).toBe(false)
    expect(items(reply)).toHaveLength(7)
  })

  it("moves a check's due date with its vendor's tier, back and forth, the check record unchanged", async () => {
    // Each check's due day is kept per record with the tier it was counted for: a tier change
    // leaves the record as it was, so only that tier tells the kept day is stale.
    const ctx = makeContext(NOW)
    await importDemo(ctx)
    const soc2 = async () => items(await run(ctx, 'risk due')).filter((l) => l.startsWith('Contoso SOC 2'))
    const retier = async (tier: 'critical' | 'high' | 'medium') => {
      const contoso = ctx.store.all('vendors').find((v) => v.name === 'Contoso')!
      await ctx.store.transact({ who: 'test', at: ctx.clock.now(), action: 'tier' }, (tx) =>
        tx.put('vendors', { ...contoso, tier }),
      )
    }
    expect(await soc2()).toEqual([
      'Contoso SOC 2 report: due 2026-10-28, 28 days ago (overdue) · tier high · owner U0NORTH',
    ])
    await retier('medium')
    expect(await soc2()).toEqual([])
    await retier('high')
    expect(await soc2()).toEqual([
      'Contoso SOC 2 report: due 2026-10-28, 28 days ago (overdue) · tier high · owner U0NORTH',
    ])
    await retier('critical')
    expect(await soc2()).toEqual([
      'Contoso SOC 2 report: due 2026-07-30, 118 days ago (overdue) · tier critical · owner U0NORTH',
    ])
  })

  it('says so when nothing is due, and rejects a window it cannot read', async () => {
    const ctx = makeContext(NOW)
    const empty = await run(ctx, 'risk due')
    expect(empty.status).toBe('ok')
    expect(lines(empty)).toContain('No risk checks are overdue or due in the next 30 days.')
    const bad = await run(ctx, 'risk due whenever')
    expect(bad.status).toBe('rejected')
    expect(lines(bad)[0]).toContain('"whenever"')
  })

  it('uses today in the organisation zone', async () => {
    // 20:00 UTC on 24 Nov is 25 Nov 09:00 in Auckland: the same answer as on the 25th
    const ctx = makeContext('2026-11-24T20:00:00Z', { env: { TICKLER_TIMEZONE: 'Pacific/Auckland' } })
    await importDemo(ctx)
    const reply = await run(ctx, 'risk due')
    expect(items(reply)[0]).toBe(
      'Contoso SOC 2 report: due 2026-10-28, 28 days ago (overdue) · tier high · owner U0NORTH',
    )
  })
})

describe('risk on its own', () => {
  it('answers like risk due, risk <vendor> like risk list, anything else names the commands', async () => {
    const ctx = makeContext(NOW)
    await importDemo(ctx)
    expect(items(await run(ctx, 'risk'))).toEqual(items(await run(ctx, 'risk due')))
    expect(items(await run(ctx, 'risk Contoso'))).toEqual(items(await run(ctx, 'risk list Contoso')))
    const revision = ctx.store.revision
    const typo = await run(ctx, 'risk dnoe Contoso soc2')
    expect(typo.status).toBe('rejected')
    expect(lines(typo)[0]).toContain('I don\'t know "risk dnoe"')
    expect(ctx.store.revision).toBe(revision)
  })
})

describe('risk due overdue', () => {
  it('lists only the overdue checks', async () => {
    const ctx = makeContext(NOW)
    await importDemo(ctx)
    const reply = await run(ctx, 'risk due overdue')
    expect(items(reply).map((l) => l.split(':')[0])).toEqual([
      'Contoso SOC 2 report',
      'Tailspin SOC 2 report',
    ])
    const none = await run(makeContext(NOW), 'risk due overdue')
    expect(lines(none)).toEqual(['Risk checks: overdue', 'No risk checks are overdue.'])
  })
})
