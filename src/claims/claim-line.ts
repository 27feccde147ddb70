// How one unclaimed credit reads (SPEC §12, §4.4): vendor, contract, month, credit and the days
// left to claim it, with buttons for its statement and for recording the claim.
import { formatMoney } from '../domain/money.ts'
import { quote } from '../parse/tokens.ts'
import { flatText } from '../reply/flat-text.ts'
import { formatDays } from '../reply/format.ts'
import type { Action, Item } from '../reply/reply.ts'
import { type CalendarDate, daysBetween } from '../time/calendar-date.ts'
import { monthLabel } from './claim-month.ts'
import type { UnclaimedCredit } from './unclaimed.ts'

/** "claim by 2026-11-30, 5 days", "claim window closed 3 days ago (2026-11-30)", "no claim deadline". */
export function claimWindowText(row: Pick<UnclaimedCredit, 'deadline'>, today: CalendarDate): string {
  if (row.deadline === null) return 'no claim deadline'
  const daysLeft = daysBetween(today, row.deadline)
  if (daysLeft < 0) return `claim window closed ${formatDays(daysLeft)} (${row.deadline})`
  return `claim by ${row.deadline}, ${formatDays(daysLeft)}`
}

export function claimName(row: Pick<UnclaimedCredit, 'vendor' | 'contract' | 'month'>): string {
  return `${row.vendor?.name ?? '(removed vendor)'} — ${row.contract.title}, ${monthLabel(row.month)}`
}

/** The commands a row's buttons run: its statement, and recording its claim. */
export function claimActions(row: Pick<UnclaimedCredit, 'vendor' | 'contract' | 'month'>): Action[] {
  const which = `${quote(row.vendor?.name ?? '')} contract ${quote(row.contract.title)} ${row.month}`
  return [
    { label: 'Statement', command: `sla statement ${which}` },
    { label: 'Mark claimed', command: `sla claim ${which}`, style: 'primary' },
  ]
}

/**
 * The row as a list item on `today`, made once per row and day: `sla claims` lists every closed
 * claim window, which in a large register is thousands of rows on every request (made on each call,
 * its CPU went from 15 to 90 ms at 10,000 vendors). Kept with the row, its strings are each copied
 * into one piece (flatText): as templates left them, the items of one `sla claims` held 125 MB at
 * 100,000 vendors. Items are shared: do not mutate them.
 */
export function claimItem(row: UnclaimedCredit, today: CalendarDate): Item {
  if (row.item && (row.itemOn === today || row.deadline === null)) return row.item
  const text = `${claimName(row)}: ${formatMoney(row.minor, row.currency)} unclaimed, ${claimWindowText(row, today)}`
  row.item = {
    text: flatText(text),
    actions: claimActions(row).map((action) => ({ ...action, command: flatText(action.command) })),
  }
  row.itemOn = today
  return row.item
}
