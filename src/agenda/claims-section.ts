// The claims part of `agenda` (SPEC §12): unclaimed service credits whose claim window closes this
// week, or has already closed.
import { claimItem } from '../claims/claim-line.ts'
import { unclaimedCredits } from '../claims/unclaimed.ts'
import type { AgendaSection } from './agenda-section.ts'

export const claimsAgendaSection: AgendaSection = (window, context) => {
  const rows = unclaimedCredits(context.store, context.config, context.clock.now())
  // Most urgent first means by deadline, those without one last: the week's rows are a prefix.
  const end = rows.findIndex((r) => r.deadline === null || r.deadline > window.weekEnd)
  return {
    heading: 'Service credits to claim',
    items: (end < 0 ? rows : rows.slice(0, end)).map(claimItem),
    empty: 'No claim window closes this week.',
  }
}
