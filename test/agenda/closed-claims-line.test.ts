// The agenda's line for the older closed claim windows: how many, and their credit per currency,
// summed in minor units (bigint), so a total beyond a float's 2^53 is still exact to the cent.
import { describe, expect, it } from 'vitest'
import { olderClosedItem } from '../../src/agenda/closed-claims-line.ts'
import { totalsByCurrency } from '../../src/domain/money.ts'
import { plain } from '../../src/reply/reply.ts'

const usd = (minor: bigint) => ({ minor, currency: 'USD' })
const eur = (minor: bigint) => ({ minor, currency: 'EUR' })
const jpy = (minor: bigint) => ({ minor, currency: 'JPY' })

describe('the older closed claim windows line', () => {
  it('is absent when there are no older windows', () => {
    expect(olderClosedItem(0, [])).toBeNull()
  })

  it.each([
    [
      'one window',
      [usd(30000n)],
      '…and 1 older closed claim window: 300.00 USD unclaimed; sla claims lists it.',
    ],
    [
      'cents add up exactly (0.10 + 0.20)',
      [usd(10n), usd(20n)],
      '…and 2 older closed claim windows: 0.30 USD unclaimed; sla claims lists them all.',
    ],
    [
      'per currency, in first-seen order',
      [eur(2500n), usd(30000n), eur(2500n), jpy(1500n)],
      '…and 4 older closed claim windows: 50.00 EUR, 300.00 USD, 1,500 JPY unclaimed; sla claims lists them all.',
    ],
    [
      'a total past 2^53 minor units stays exact',
      [usd(9_007_199_254_740_993n), usd(1n)],
      '…and 2 older closed claim windows: 90,071,992,547,409.94 USD unclaimed; sla claims lists them all.',
    ],
    [
      'thousands of windows, counted with separators',
      Array.from({ length: 16_181 }, () => usd(1n)),
      '…and 16,181 older closed claim windows: 161.81 USD unclaimed; sla claims lists them all.',
    ],
  ])('%s', (_name, rows, expected) => {
    const item = olderClosedItem(rows.length, totalsByCurrency(rows))!
    expect(plain(item.text)).toBe(expected)
    expect(item.actions).toEqual([{ label: 'All unclaimed credits', command: 'sla claims' }])
  })
})
