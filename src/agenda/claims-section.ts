// The claims part of `agenda` (SPEC §12): unclaimed service credits whose claim window closes this
// week, then the few windows closed most recently, then one line for the older closed ones (how
// many, what they add up to, and `sla claims` for the full list). A register of 10,000 vendors
// holds some 16,000 closed windows: listed one by one they were a 7 MB agenda nobody could read.
import { claimItem } from '../claims/claim-line.ts'
import { firstDeadline, type Tallies, tallied } from '../claims/closed-tally.ts'
import { type UnclaimedCredit, unclaimedOn } from '../claims/unclaimed.ts'
import type { Item } from '../reply/reply.ts'
import type { CalendarDate } from '../time/calendar-date.ts'
import type { AgendaSection } from './agenda-section.ts'
import { olderClosedItem } from './closed-claims-line.ts'

/** Closed windows listed one by one; the older ones are counted in one line. */
export const RECENT_CLOSED = 5

// The week's items per list of rows: unclaimedOn gives the same array until a record it reads or
// the day changes. A new list is a new key, so nothing here goes stale. Items are shared between
// replies: never mutated.
const weekItems = new WeakMap<readonly UnclaimedCredit[], { key: string; items: Item[] }>()

/**
 * The older windows' totals: every closed one's (kept with the list) less the recent few's, per
 * currency in the order the rows first show it, as the line always read.
 */
function olderTotals(
  rows: readonly UnclaimedCredit[],
  older: number,
  closed: Tallies,
  recent: UnclaimedCredit[],
) {
  const left = tallied(closed, [], recent)
  const order: [string, bigint][] = []
  for (let i = 0; i < older && order.length < left.size; i++) {
    const currency = rows[i]!.currency
    if (!order.some(([c]) => c === currency)) order.push([currency, left.get(currency)!.minor])
  }
  return order
}

function itemsFor(
  rows: readonly UnclaimedCredit[],
  closed: Tallies,
  today: CalendarDate,
  weekEnd: CalendarDate,
): Item[] {
  const key = `${today}|${weekEnd}`
  const kept = weekItems.get(rows)
  if (kept?.key === key) return kept.items
  const closedEnd = firstDeadline(rows, 0, (d) => d >= today)
  const weekStop = firstDeadline(rows, closedEnd, (d) => d > weekEnd)
  const recentStart = Math.max(0, closedEnd - RECENT_CLOSED)
  // Most recently closed first; rows of the same deadline stay in name order.
  const recent = rows
    .slice(recentStart, closedEnd)
    .sort((a, b) => (a.deadline! < b.deadline! ? 1 : a.deadline! > b.deadline! ? -1 : 0))
  const older = olderClosedItem(recentStart, olderTotals(rows, recentStart, closed, recent))
  const items = [
    ...rows.slice(closedEnd, weekStop).map((row) => claimItem(row, today)),
    ...recent.map((row) => claimItem(row, today)),
    ...(older ? [older] : []),
  ]
  weekItems.set(rows, { key, items })
  return items
}

export const claimsAgendaSection: AgendaSection = (window, context) => {
  const { rows, closed, today } = unclaimedOn(context.store, context.config, context.clock.now())
  // The totals are for the clock's day; an agenda for another day sums its own closed rows.
  const totals =
    today === window.today
      ? closed
      : tallied(
          new Map(),
          rows.slice(
            0,
            firstDeadline(rows, 0, (d) => d >= window.today),
          ),
        )
  return {
    heading: 'Service credits to claim',
    items: itemsFor(rows, totals, window.today, window.weekEnd),
    empty: 'No claim window closes this week.',
  }
}
