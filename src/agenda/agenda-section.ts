// A section of `agenda`: one feature's part of the week (renewals, risk, SLA), so the agenda command
// itself does not need to know every feature. The sections live in agenda/, above the features.
import type { Context } from '../commands/command.ts'
import type { Section } from '../reply/reply.ts'

export interface AgendaWindow {
  today: string
  /** Sunday of this week (the agenda looks at today..Sunday). */
  weekEnd: string
}

export type AgendaSection = (window: AgendaWindow, context: Context) => Section
