// The agenda's sections, in the order they are shown. Each feature adds its own one line here.
import { claimsAgendaSection } from '../claims/agenda-section.ts'
import { riskAgendaSection } from '../risk/agenda-section.ts'
import { slaAgendaSection } from '../sla/agenda-section.ts'
import type { AgendaSection } from './agenda-section.ts'
import { renewalsAgendaSection } from './renewals-section.ts'

export const agendaSections: AgendaSection[] = [
  renewalsAgendaSection,
  riskAgendaSection,
  slaAgendaSection,
  claimsAgendaSection,
]
