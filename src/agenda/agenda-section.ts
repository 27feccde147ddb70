// A section of `agenda`: one feature's part of the week (renewals, risk, SLA), so the agenda command
// itself does not need to know every feature. The sections live in agenda/, above the features.
import type { Context } from '../commands/command.ts'
import type { Section } from '../reply/reply.ts'

export interface AgendaWindow {
  today: string
  /** Today, or on a weekend the coming Monday (what the title names). */
  weekStart: string
  /** The Sunday that ends the week shown; sections list today..weekEnd. */
  weekEnd: string
}

export type AgendaSection = (window: AgendaWindow, context: Context) => Section
