// `agenda` is assembled from sections that each feature contributes (renewals, risk, SLA), so the
// agenda command does not need to know every feature.
import type { Context } from '../commands/command.ts'
import type { Section } from '../reply/reply.ts'

export interface AgendaWindow {
  today: string
  /** Sunday of this week (the agenda looks at today..Sunday). */
  weekEnd: string
}

export type AgendaSection = (window: AgendaWindow, context: Context) => Section
