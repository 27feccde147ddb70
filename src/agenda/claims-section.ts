// The claims part of `agenda` (SPEC §12): unclaimed service credits whose claim window closes this
// week, or has already closed.
import { claimItem } from '../claims/claim-line.ts'
import { byUrgency, unclaimedCredits } from '../claims/unclaimed.ts'
import type { AgendaSection } from './agenda-section.ts'

export const claimsAgendaSection: AgendaSection = (window, context) => ({
  heading: 'Service credits to claim',
  items: unclaimedCredits(context.store, context.config, context.clock.now())
    .filter((r) => r.deadline !== null && r.deadline <= window.weekEnd)
    .sort(byUrgency)
    .map(claimItem),
  empty: 'No claim window closes this week.',
})
