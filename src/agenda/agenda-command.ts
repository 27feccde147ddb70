// `agenda`: this week (today..Sunday) across features: deadlines, due checks, open incidents. On a
// Saturday or Sunday what is left of the week is the weekend, so it covers the coming Monday to
// Sunday as well (SPEC §13); anything overdue or due over the weekend still shows.

import { unclaimedInSlices } from '../claims/unclaimed-slices.ts'
import type { Command, Context } from '../commands/command.ts'
import { todayOf } from '../contracts/today.ts'
import { UserError } from '../errors/errors.ts'
import { stripCourtesy } from '../parse/courtesy.ts'
import { answer, type Reply } from '../reply/reply.ts'
import { addDays, weekday } from '../time/calendar-date.ts'
import type { AgendaSection, AgendaWindow } from './agenda-section.ts'
import { agendaSections } from './sections.ts'

export function agendaWindow(today: string): AgendaWindow {
  const day = weekday(today)
  if (day >= 6) return { today, weekStart: addDays(today, 8 - day), weekEnd: addDays(today, 14 - day) }
  return { today, weekStart: today, weekEnd: addDays(today, 7 - day) }
}

/** The agenda reply; also what the weekly digest posts. */
export function buildAgenda(context: Context, sections: readonly AgendaSection[] = agendaSections): Reply {
  const window = agendaWindow(todayOf(context))
  return answer({
    title:
      window.weekStart === window.today
        ? `Agenda: ${window.today} to ${window.weekEnd}`
        : `Agenda for the coming week: ${window.weekStart} to ${window.weekEnd}`,
    sections: sections.map((section) => section(window, context)),
  })
}

export const agendaCommand: Command = {
  name: 'agenda',
  usage: 'agenda',
  summary: 'This week at a glance: renewal deadlines, risk checks due, incidents near a target',
  examples: ['agenda'],
  writes: false,
  phrasings: ['what is on this week', "what's due this week", 'my week'],
  async handler(request, context) {
    const args = stripCourtesy(request.args)
    if (args !== '' && !/^(?:(?:for )?this week|today)$/i.test(args)) {
      throw new UserError(
        `agenda takes no arguments; I did not understand "${request.args}".`,
        'agenda',
        'agenda',
      )
    }
    // Computed a slice at a time if they are not kept yet (at a start, the sweep's may be under way).
    await unclaimedInSlices(context.store, context.config, context.clock.now())
    return buildAgenda(context)
  },
}
