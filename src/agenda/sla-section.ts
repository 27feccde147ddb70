// The SLA part of `agenda`: open incidents close to a target (under a quarter of it, or under an
// hour, left on its own clock) or already past one.
import { incidentLine } from '../sla/incident-view.ts'
import { isNearOrPast, openIncidents } from '../sla/open-incidents.ts'
import type { AgendaSection } from './agenda-section.ts'

export const slaAgendaSection: AgendaSection = (_window, context) => {
  const now = context.clock.now()
  const zone = context.config.TICKLER_TIMEZONE
  return {
    heading: 'Open incidents near or past a target',
    items: openIncidents(context.store, context.config, now)
      .filter((f) => isNearOrPast(f, zone, now))
      .map((f) => ({ text: incidentLine(f, zone, now) })),
    empty: 'No open incident is near or past a target.',
  }
}
