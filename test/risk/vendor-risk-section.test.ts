import { describe, expect, it } from 'vitest'
import { plain } from '../../src/reply/reply.ts'
import { riskStatusSection } from '../../src/risk/vendor-risk-section.ts'
import { makeContext, seed } from '../support/context.ts'
import { riskCheck, vendor } from '../support/factories.ts'

const SEEDED = '2026-01-01T00:00:00Z'

describe('riskStatusSection', () => {
  it('lists each check with last done or never done, next due and days left, soonest first', async () => {
    const ctx = makeContext('2026-11-25T10:00:00Z')
    const v = vendor('v1', 'Contoso', { tier: 'high' })
    const riskChecks = [
      riskCheck('c1', 'v1', 'soc2', { lastDone: '2026-10-01' }),
      riskCheck('c2', 'v1', 'adverse_media', { addedOn: '2026-11-09' }),
      riskCheck('c3', 'v1', 'insurance', { lastDone: '2026-06-08', cadenceDays: 170 }),
      riskCheck('c4', 'v2', 'soc2'),
    ]
    await seed(ctx.store, { vendors: [v, vendor('v2', 'Other', { tier: 'low' })], riskChecks }, SEEDED)
    const section = riskStatusSection(v, ctx)
    expect(section.heading).toBe('Risk checks')
    expect(section.items!.map((i) => plain(i.text))).toEqual([
      'Contoso Adverse media review: never done, next due 2026-11-09, 16 days ago (overdue) (every 180 days)',
      'Contoso Insurance certificate: last done 2026-06-08, next due 2026-11-25, 0 days (today) (every 170 days)',
      'Contoso SOC 2 report: last done 2026-10-01, next due 2027-03-30, 125 days left (every 180 days)',
    ])
  })

  it('uses today in the organisation time zone', async () => {
    // 23:30 UTC on 24 Nov is already 25 Nov in Auckland
    const ctx = makeContext('2026-11-24T23:30:00Z', { env: { TICKLER_TIMEZONE: 'Pacific/Auckland' } })
    const v = vendor('v1', 'Contoso', { tier: 'high' })
    const riskChecks = [riskCheck('c1', 'v1', 'soc2', { addedOn: '2026-11-25' })]
    await seed(ctx.store, { vendors: [v], riskChecks }, SEEDED)
    expect(plain(riskStatusSection(v, ctx).items![0]!.text)).toContain('0 days (today)')
  })

  it('says so when the vendor has no checks', async () => {
    const ctx = makeContext('2026-11-25T10:00:00Z')
    const v = vendor('v1', 'Contoso', { tier: 'high' })
    await seed(ctx.store, { vendors: [v] }, SEEDED)
    const section = riskStatusSection(v, ctx)
    expect(section.items).toEqual([])
    expect(section.empty).toBe('Contoso has no risk checks.')
  })
})
