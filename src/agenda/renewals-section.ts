// The renewals part of `agenda`: missed notices and the notice deadlines of this week.
import { renewalItem } from '../contracts/renewal-line.ts'
import { renewalsIn } from '../contracts/renewals.ts'
import type { AgendaSection } from './agenda-section.ts'

export const renewalsAgendaSection: AgendaSection = (window, context) => {
  const { missed, rows } = renewalsIn(
    context.store,
    window.today,
    window.today,
    window.weekEnd,
    context.config.businessCalendar,
  )
  const listed = [...missed, ...rows]
  return {
    heading: 'Renewal deadlines this week',
    items: listed.map((r) => renewalItem(r, window.today)),
    empty: 'No notice deadlines this week and no missed notices.',
  }
}
