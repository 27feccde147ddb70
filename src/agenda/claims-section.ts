// The claims part of `agenda` (SPEC §12): unclaimed service credits whose claim window closes this
// week, or has already closed.
import { claimItem } from '../claims/claim-line.ts'
import { type UnclaimedCredit, unclaimedCredits } from '../claims/unclaimed.ts'
import type { Item } from '../reply/reply.ts'
import type { AgendaSection } from './agenda-section.ts'

// The week's items per list of rows: unclaimedCredits gives the same array until a record it reads
// or the day changes, and at 10,000 vendors the agenda lists some 16,000 closed windows, whose
// listing was half of the agenda's time. A new list is a new key, so nothing here goes stale. The
// items are shared between replies, as claimItem's are: never mutated.
const weekItems = new WeakMap<readonly UnclaimedCredit[], { weekEnd: string; items: Item[] }>()

function itemsUntil(rows: readonly UnclaimedCredit[], weekEnd: string): Item[] {
  const kept = weekItems.get(rows)
  if (kept?.weekEnd === weekEnd) return kept.items
  // Most urgent first means by deadline, those without one last: the week's rows are a prefix.
  const end = rows.findIndex((r) => r.deadline === null || r.deadline > weekEnd)
  const items = (end < 0 ? rows : rows.slice(0, end)).map(claimItem)
  weekItems.set(rows, { weekEnd, items })
  return items
}

export const claimsAgendaSection: AgendaSection = (window, context) => {
  const rows = unclaimedCredits(context.store, context.config, context.clock.now())
  return {
    heading: 'Service credits to claim',
    items: itemsUntil(rows, window.weekEnd),
    empty: 'No claim window closes this week.',
  }
}
