// The claims part of `agenda` (SPEC §12): unclaimed service credits whose claim window closes this
// week, then the few windows closed most recently, then one line for the older closed ones (how
// many, what they add up to, and `sla claims` for the full list). A register of 10,000 vendors
// holds some 16,000 closed windows: listed one by one they were a 7 MB agenda nobody could read.
import { claimItem } from '../claims/claim-line.ts'
import { type UnclaimedCredit, unclaimedCredits } from '../claims/unclaimed.ts'
import type { Item } from '../reply/reply.ts'
import type { CalendarDate } from '../time/calendar-date.ts'
import type { AgendaSection } from './agenda-section.ts'
import { olderClosedItem } from './closed-claims-line.ts'

/** Closed windows listed one by one; the older ones are counted in one line. */
export const RECENT_CLOSED = 5

// The week's items per list of rows: unclaimedCredits gives the same array until a record it reads
// or the day changes, so the older windows' totals are summed once, not per request. A new list
// is a new key, so nothing here goes stale. Items are shared between replies: never mutated.
const weekItems = new WeakMap<readonly UnclaimedCredit[], { key: string; items: Item[] }>()

/**
 * The first row from `from` that has no deadline or whose deadline passes `reached`: rows are by
 * deadline, those without one last, so a binary search finds it.
 */
function firstWhere(
  rows: readonly UnclaimedCredit[],
  from: number,
  reached: (deadline: CalendarDate) => boolean,
): number {
  let lo = from
  let hi = rows.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const deadline = rows[mid]!.deadline
    if (deadline !== null && !reached(deadline)) lo = mid + 1
    else hi = mid
  }
  return lo
}

function itemsFor(rows: readonly UnclaimedCredit[], today: CalendarDate, weekEnd: CalendarDate): Item[] {
  const key = `${today}|${weekEnd}`
  const kept = weekItems.get(rows)
  if (kept?.key === key) return kept.items
  const closedEnd = firstWhere(rows, 0, (d) => d >= today)
  const weekStop = firstWhere(rows, closedEnd, (d) => d > weekEnd)
  const recentStart = Math.max(0, closedEnd - RECENT_CLOSED)
  // Most recently closed first; rows of the same deadline stay in name order.
  const recent = rows
    .slice(recentStart, closedEnd)
    .sort((a, b) => (a.deadline! < b.deadline! ? 1 : a.deadline! > b.deadline! ? -1 : 0))
  const older = olderClosedItem(rows.slice(0, recentStart))
  const items = [
    ...rows.slice(closedEnd, weekStop).map(claimItem),
    ...recent.map(claimItem),
    ...(older ? [older] : []),
  ]
  weekItems.set(rows, { key, items })
  return items
}

export const claimsAgendaSection: AgendaSection = (window, context) => {
  const rows = unclaimedCredits(context.store, context.config, context.clock.now())
  return {
    heading: 'Service credits to claim',
    items: itemsFor(rows, window.today, window.weekEnd),
    empty: 'No claim window closes this week.',
  }
}
