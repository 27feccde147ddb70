// The one line that stands for the older closed claim windows in `agenda` (SPEC §12): an agenda
// is a week, and thousands of lapsed windows are not something anyone reads there. It says how
// many there are and what they add up to per currency, and points to `sla claims`, which lists
// every one.
import { formatMoney } from '../domain/money.ts'
import type { Item } from '../reply/reply.ts'

/** "1,234": counts in the same fixed grouping as money, never locale-dependent. */
function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/**
 * "…and 3 older closed claim windows: 1,200.00 USD, 50.00 EUR unclaimed; `sla claims` lists them
 * all." `count` windows whose credits add up to `totals` (minor units, per currency in the order
 * given). Null when there are none.
 */
export function olderClosedItem(count: number, totals: Iterable<readonly [string, bigint]>): Item | null {
  if (count === 0) return null
  const money = [...totals].map(([currency, minor]) => formatMoney(minor, currency))
  const windows = count === 1 ? 'older closed claim window' : 'older closed claim windows'
  const them = count === 1 ? 'it' : 'them all'
  return {
    text: [
      `…and ${formatCount(count)} ${windows}: ${money.join(', ')} unclaimed; `,
      { code: 'sla claims' },
      ` lists ${them}.`,
    ],
    actions: [{ label: 'All unclaimed credits', command: 'sla claims' }],
  }
}
