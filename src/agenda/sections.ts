// The agenda's sections, in the order they are shown. Each section sits beside this file and reads
// one feature's query, so the features never import the agenda back.
import type { AgendaSection } from './agenda-section.ts'
import { claimsAgendaSection } from './claims-section.ts'
import { renewalsAgendaSection } from './renewals-section.ts'
import { riskAgendaSection } from './risk-section.ts'
import { slaAgendaSection } from './sla-section.ts'

export const agendaSections: AgendaSection[] = [
  renewalsAgendaSection,
  riskAgendaSection,
  slaAgendaSection,
  claimsAgendaSection,
]
