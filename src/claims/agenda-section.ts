// The claims part of `agenda` (SPEC §12): unclaimed service credits whose claim window closes this
// week, or has already closed.
import type { AgendaSection } from '../agenda/agenda-section.ts'
import { claimItem } from './claim-line.ts'
import { byUrgency, unclaimedCredits } from './unclaimed.ts'

export const claimsAgendaSection: AgendaSection = (window, context) => ({
  heading: 'Service credits to claim',
  items: unclaimedCredits(context.store, context.config, context.clock.now())
    .filter((r) => r.deadline !== null && r.deadline <= window.weekEnd)
    .sort(byUrgency)
    .map(claimItem),
  empty: 'No claim window closes this week.',
})
