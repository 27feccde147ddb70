// The one line that stands for the older closed claim windows in `agenda` (SPEC §12): an agenda
// is a week, and thousands of lapsed windows are not something anyone reads there. It says how
// many there are and what they add up to per currency, and points to `sla claims`, which lists
// every one.
import { formatMoney, totalsByCurrency } from '../domain/money.ts'
import type { Item } from '../reply/reply.ts'

/** "1,234": counts in the same fixed grouping as money, never locale-dependent. */
function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/**
 * "…and 3 older closed claim windows: 1,200.00 USD, 50.00 EUR unclaimed; `sla claims` lists them
 * all." Totals in minor units, per currency in first-seen order. Null when there are none.
 */
export function olderClosedItem(rows: readonly { minor: bigint; currency: string }[]): Item | null {
  if (rows.length === 0) return null
  const totals = [...totalsByCurrency(rows)].map(([currency, minor]) => formatMoney(minor, currency))
  const windows = rows.length === 1 ? 'older closed claim window' : 'older closed claim windows'
  const them = rows.length === 1 ? 'it' : 'them all'
  return {
    text: [
      `…and ${formatCount(rows.length)} ${windows}: ${totals.join(', ')} unclaimed; `,
      { code: 'sla claims' },
      ` lists ${them}.`,
    ],
    actions: [{ label: 'All unclaimed credits', command: 'sla claims' }],
  }
}
