// The SLA part of `agenda`: open incidents close to a target (under a quarter of it, or under an
// hour, left on its own clock) or already past one.
import { incidentClockLine } from '../sla/incident-view.ts'
import { nearOrPastIncidents } from '../sla/open-incidents.ts'
import type { AgendaSection } from './agenda-section.ts'

export const slaAgendaSection: AgendaSection = (_window, context) => {
  const zone = context.config.TICKLER_TIMEZONE
  const { moment, near } = nearOrPastIncidents(context.store, context.config, context.clock.now())
  return {
    heading: 'Open incidents near or past a target',
    items: near.map((c) => ({ text: incidentClockLine(c, zone, moment) })),
    empty: 'No open incident is near or past a target.',
  }
}
