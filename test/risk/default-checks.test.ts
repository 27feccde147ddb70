import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { applyDefaultRiskChecks } from '../../src/risk/default-checks.ts'
import { makeContext, seed } from '../support/context.ts'
import { riskCheck, vendor } from '../support/factories.ts'

const at = Temporal.Instant.from('2026-11-25T10:00:00Z')
const SEEDED = '2026-01-01T00:00:00Z'

describe('applyDefaultRiskChecks', () => {
  it("gives each vendor with no check its tier's default set, never done, added today", async () => {
    const ctx = makeContext('2026-11-25T10:00:00Z')
    const vendors = [
      vendor('v1', 'Crit', { tier: 'critical' }),
      vendor('v2', 'High', { tier: 'high' }),
      vendor('v3', 'Med', { tier: 'medium' }),
      vendor('v4', 'Low', { tier: 'low' }),
    ]
    await seed(ctx.store, { vendors }, SEEDED)
    await ctx.store.transact({ who: 't', at, action: 'import' }, (tx) =>
      applyDefaultRiskChecks(tx, ['v1', 'v2', 'v3', 'v4'], '2026-11-25'),
    )
    const kinds = (id: string) =>
      ctx.store
        .all('riskChecks')
        .filter((c) => c.vendorId === id)
        .map((c) => c.kind)
        .sort()
    expect(kinds('v1')).toEqual(['adverse_media', 'insurance', 'questionnaire', 'soc2'])
    expect(kinds('v2')).toEqual(['adverse_media', 'insurance', 'questionnaire', 'soc2'])
    expect(kinds('v3')).toEqual(['adverse_media', 'questionnaire'])
    expect(kinds('v4')).toEqual(['adverse_media'])
    for (const c of ctx.store.all('riskChecks')) {
      expect(c).toMatchObject({ lastDone: null, cadenceDays: null, addedOn: '2026-11-25', evidence: '' })
    }
    // audited automatically, one entry per check
    expect(ctx.store.audit().filter((a) => a.collection === 'riskChecks')).toHaveLength(11)
  })

  it('leaves a vendor that already has any check alone, and skips unknown ids', async () => {
    const ctx = makeContext('2026-11-25T10:00:00Z')
    const vendors = [vendor('v1', 'Crit', { tier: 'critical' })]
    await seed(ctx.store, { vendors, riskChecks: [riskCheck('c1', 'v1', 'pentest')] }, SEEDED)
    await ctx.store.transact({ who: 't', at, action: 'import' }, (tx) =>
      applyDefaultRiskChecks(tx, ['v1', 'missing'], '2026-11-25'),
    )
    expect(ctx.store.all('riskChecks').map((c) => c.kind)).toEqual(['pentest'])
  })

  it('running twice (or a vendor listed twice) adds nothing more', async () => {
    const ctx = makeContext('2026-11-25T10:00:00Z')
    await seed(ctx.store, { vendors: [vendor('v1', 'Med', { tier: 'medium' })] }, SEEDED)
    await ctx.store.transact({ who: 't', at, action: 'import' }, (tx) =>
      applyDefaultRiskChecks(tx, ['v1', 'v1'], '2026-11-25'),
    )
    const revision = ctx.store.revision
    await ctx.store.transact({ who: 't', at, action: 'import' }, (tx) =>
      applyDefaultRiskChecks(tx, ['v1'], '2026-11-26'),
    )
    expect(ctx.store.all('riskChecks')).toHaveLength(2)
    expect(ctx.store.revision).toBe(revision)
  })

  it('sees vendors created earlier in the same transaction', async () => {
    const ctx = makeContext('2026-11-25T10:00:00Z')
    await ctx.store.transact({ who: 't', at, action: 'vendor add' }, (tx) => {
      tx.put('vendors', vendor('v9', 'New', { tier: 'low' }))
      applyDefaultRiskChecks(tx, ['v9'], '2026-11-25')
    })
    expect(ctx.store.all('riskChecks').map((c) => c.kind)).toEqual(['adverse_media'])
  })
})
