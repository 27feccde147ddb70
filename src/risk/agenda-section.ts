// The risk part of `agenda`: checks overdue and those due this week (today..Sunday).
import type { AgendaSection } from '../agenda/agenda-section.ts'
import { dueChecks, dueItem } from './due-list.ts'

export const riskAgendaSection: AgendaSection = (window, context) => ({
  heading: 'Risk checks overdue or due this week',
  items: dueChecks(context.store, window.today, window.weekEnd).map((r) => dueItem(r)),
  empty: 'No risk checks are overdue or due this week.',
})
