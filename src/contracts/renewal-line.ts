// How one renewal row reads: one line naming vendor and contract, the deadline kind and date,
// days left, auto-renew and annual value (SPEC §4.1, §4.4).

import { formatMoney } from '../domain/money.ts'
import { flatText } from '../reply/flat-text.ts'
import { formatDays, yesNo } from '../reply/format.ts'
import type { Item, Text } from '../reply/reply.ts'
import { daysBetween } from '../time/calendar-date.ts'
import type { RenewalRow } from './renewals.ts'

function tail(row: RenewalRow): string {
  return `auto-renew ${yesNo(row.contract.autoRenew)} · ${formatMoney(row.minor, row.contract.currency)} a year`
}

export function renewalItem(row: RenewalRow, today: string): Item {
  // Kept with the row for the day: in one piece, not the template's tree of a dozen pieces.
  row.line ??= flatText(renewalLine(row, today))
  return { text: row.line }
}

function renewalLine(row: RenewalRow, today: string): string {
  const name = `${row.vendorName} — ${row.contract.title}`
  if (row.missed) {
    const ago = formatDays(daysBetween(today, row.notice))
    return `${name}: notice missed ${ago} (${row.notice}) · end ${row.end}, ${formatDays(row.daysLeft)} · ${tail(row)}`
  }
  const kind = row.kind === 'notice' ? 'notice deadline' : 'end'
  return `${name}: ${kind} ${row.date}, ${formatDays(row.daysLeft)} · ${tail(row)}`
}

/** "Total annual value: 207,000.00 USD", one line per currency, in first-seen order. */
export function totalLines(totals: ReadonlyMap<string, bigint>): Text[] {
  return [...totals].map(([currency, minor]) => `Total annual value: ${formatMoney(minor, currency)}`)
}
