// The risk part of `agenda`: checks overdue and those due this week (today..Sunday).
import { dueChecks, dueItem } from '../risk/due-list.ts'
import type { AgendaSection } from './agenda-section.ts'

export const riskAgendaSection: AgendaSection = (window, context) => ({
  heading: 'Risk checks overdue or due this week',
  items: dueChecks(context.store, window.today, window.weekEnd).map((r) => dueItem(r)),
  empty: 'No risk checks are overdue or due this week.',
})
