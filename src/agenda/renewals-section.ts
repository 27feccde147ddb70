// The renewals part of `agenda`: missed notices and the notice deadlines of this week.
import { renewalItem } from '../contracts/renewal-line.ts'
import { type RenewalsSelection, renewalsIn } from '../contracts/renewals.ts'
import type { Item } from '../reply/reply.ts'
import type { AgendaSection } from './agenda-section.ts'

// The week's items per selection: renewalsIn gives the same selection for the day and window until
// a contract or vendor changes, so the items (thousands of missed notices at 100,000 vendors) are
// made once, not per request. Shared between replies: never mutated.
const weekItems = new WeakMap<RenewalsSelection, Item[]>()

export const renewalsAgendaSection: AgendaSection = (window, context) => {
  const selection = renewalsIn(
    context.store,
    window.today,
    window.today,
    window.weekEnd,
    context.config.businessCalendar,
  )
  let items = weekItems.get(selection)
  if (!items) {
    items = [...selection.missed, ...selection.rows].map((r) => renewalItem(r, window.today))
    weekItems.set(selection, items)
  }
  return {
    heading: 'Renewal deadlines this week',
    items,
    empty: 'No notice deadlines this week and no missed notices.',
  }
}
