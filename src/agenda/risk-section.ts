// The risk part of `agenda`: checks overdue and those due this week (today..Sunday).
import type { Item } from '../reply/reply.ts'
import { type DueRow, dueChecks, dueItem } from '../risk/due-list.ts'
import type { AgendaSection } from './agenda-section.ts'

// dueChecks gives the same rows until a check or vendor or the day changes: their items are made
// once per list, not per request. Shared between replies: never mutated.
const weekItems = new WeakMap<readonly DueRow[], Item[]>()

export const riskAgendaSection: AgendaSection = (window, context) => {
  const rows = dueChecks(context.store, window.today, window.weekEnd)
  let items = weekItems.get(rows)
  if (!items) {
    items = rows.map((r) => dueItem(r))
    weekItems.set(rows, items)
  }
  return {
    heading: 'Risk checks overdue or due this week',
    items,
    empty: 'No risk checks are overdue or due this week.',
  }
}
