import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { riskAgendaSection } from '../../src/agenda/risk-section.ts'
import { plain } from '../../src/reply/reply.ts'
import { riskDigest } from '../../src/risk/digest.ts'
import { makeContext } from '../support/context.ts'
import { importDemo, lines } from './register.ts'

const NOW = '2026-11-30T09:00:00Z' // Monday

describe('riskDigest', () => {
  it('lists overdue and due-in-14-days checks grouped by owner, not private', async () => {
    const ctx = makeContext(NOW)
    await importDemo(ctx)
    const reply = riskDigest(ctx, Temporal.Instant.from(NOW))
    expect(reply.status).toBe('ok')
    expect(reply.private).toBe(false)
    expect(lines(reply)).toEqual([
      'Weekly risk tickler, 2026-11-30',
      '5 overdue, 1 due in the next 14 days (by 2026-12-14).',
      'risk@example.com: 1 overdue, 0 due by 2026-12-14',
      '- Tailspin SOC 2 report: due 2026-11-20, 10 days ago (overdue) · tier medium',
      'U0FABRI: 1 overdue, 1 due by 2026-12-14',
      '- Fabrikam Security questionnaire (never done): due 2026-11-25, 5 days ago (overdue) · tier critical',
      '- Fabrikam SOC 2 report: due 2026-12-09, 9 days left · tier critical',
      'U0NORTH: 3 overdue, 0 due by 2026-12-14',
      '- Contoso SOC 2 report: due 2026-10-28, 33 days ago (overdue) · tier high',
      '- Contoso Insurance certificate: due 2026-11-25, 5 days ago (overdue) · tier high',
      '- Northwind Traders Adverse media review (never done): due 2026-11-25, 5 days ago (overdue) · tier low',
    ])
    // owners: mentions for platform ids, ordered by id, each with their own checks
    const owners = reply.sections!.map((s) => plain(s.text![0]!).split(':')[0])
    expect(owners).toEqual(['risk@example.com', 'U0FABRI', 'U0NORTH'])
    expect(reply.sections![1]!.text![0]).toContainEqual({ mention: 'U0FABRI' })
    expect(reply.sections![2]!.items!.map((i) => plain(i.text).split(':')[0])).toEqual([
      'Contoso SOC 2 report',
      'Contoso Insurance certificate',
      'Northwind Traders Adverse media review (never done)',
    ])
  })

  it('puts checks without an owner last and says so when nothing is due', async () => {
    const ctx = makeContext('2026-12-20T09:00:00Z')
    await importDemo(ctx)
    const reply = riskDigest(ctx, Temporal.Instant.from('2026-12-20T09:00:00Z'))
    expect(plain(reply.sections!.at(-1)!.text![0]!)).toMatch(/^No owner: /)
    const empty = riskDigest(makeContext(NOW), Temporal.Instant.from(NOW))
    expect(lines(empty)).toEqual([
      'Weekly risk tickler, 2026-11-30',
      'No risk checks are overdue or due in the next 14 days.',
    ])
  })
})

describe('riskAgendaSection', () => {
  it('lists checks overdue and due this week', async () => {
    const ctx = makeContext('2026-12-07T09:00:00Z')
    await importDemo(ctx)
    const section = riskAgendaSection(
      { today: '2026-12-07', weekStart: '2026-12-07', weekEnd: '2026-12-13' },
      ctx,
    )
    expect(section.items!.map((i) => plain(i.text).split(':')[0])).toEqual([
      'Contoso SOC 2 report',
      'Tailspin SOC 2 report',
      'Contoso Insurance certificate',
      'Fabrikam Security questionnaire (never done)',
      'Northwind Traders Adverse media review (never done)',
      'Fabrikam SOC 2 report',
    ])
  })
})
