// A month's credit with availability (SPEC §12): band % + breaches × % per breach, then the cap,
// then the percent of the monthly fee rounded half-up to the minor unit once.
import { describe, expect, it } from 'vitest'
import type { Availability } from '../../src/domain/availability.ts'
import { combinedCredit, type FeeTerms } from '../../src/domain/combined-credit.ts'

const TERMS: FeeTerms = { monthlyFee: '20000.00', percentPerBreach: '5', capPercent: '30', currency: 'USD' }

function availability(percent: number, credit: string | null, below = '99.9'): Availability {
  const band =
    credit === null ? null : { id: 'b', contractId: 'c1', belowPercent: below, creditPercent: credit }
  return { month: '2026-10', monthMs: 44_700 * 60_000, downMs: 150 * 60_000, percent, band }
}

describe('combined credit', () => {
  it('adds the band to the breaches: 10% + 3 × 5% = 25% of 20,000.00 USD', () => {
    const c = combinedCredit(3, availability(99_664, '10'), TERMS)
    expect([c.bandPercent, c.breachPercent, c.uncapped, c.percent, c.capped]).toEqual([
      '10',
      '15',
      '25',
      '25',
      false,
    ])
    expect(c.minor).toBe(500_000n)
    expect(c.working).toBe(
      'availability 99.664% (below 99.9%): 10%; 3 breaches × 5% = 15%; together 25%; 25% of 20,000.00 USD = 5,000.00 USD',
    )
  })

  it('caps the sum, not each part: 25% + 3 × 5% = 40%, capped at 30%', () => {
    const c = combinedCredit(3, availability(98_500, '25', '99'), TERMS)
    expect([c.uncapped, c.percent, c.capped]).toEqual(['40', '30', true])
    expect(c.minor).toBe(600_000n)
    expect(c.working).toContain('together 40%, capped at 30%; 30% of 20,000.00 USD = 6,000.00 USD')
  })

  it('a band alone, and no band at all', () => {
    expect(combinedCredit(0, availability(99_664, '10'), TERMS).working).toBe(
      'availability 99.664% (below 99.9%): 10%; 10% of 20,000.00 USD = 2,000.00 USD',
    )
    const none = combinedCredit(0, availability(99_950, null), TERMS)
    expect(none.minor).toBe(0n)
    expect(none.working).toBe('availability 99.950% (no band): 0%; 0% of 20,000.00 USD = 0.00 USD')
  })

  it('rounds the money half-up once: 50% of 10.01 USD is 5.005 → 5.01', () => {
    const terms: FeeTerms = { monthlyFee: '10.01', percentPerBreach: '5', capPercent: null, currency: 'USD' }
    const c = combinedCredit(5, availability(98_000, '25', '99'), terms)
    expect(c.percent).toBe('50')
    expect(c.minor).toBe(501n)
  })

  it('without availability it is the breach credit exactly as before', () => {
    const c = combinedCredit(3, null, { ...TERMS, capPercent: '10' })
    expect(c.working).toBe('3 breaches × 5% = 15%, capped at 10%; 10% of 20,000.00 USD = 2,000.00 USD')
    expect(c.minor).toBe(200_000n)
  })

  it('a contract that pays by availability only gives breaches no credit', () => {
    const c = combinedCredit(2, availability(99_500, '10'), { ...TERMS, percentPerBreach: null })
    expect(c.working).toBe(
      'availability 99.500% (below 99.9%): 10%; 2 breaches (no credit per breach): 0%; together 10%; 10% of 20,000.00 USD = 2,000.00 USD',
    )
  })
})
