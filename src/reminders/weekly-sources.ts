// Where the weekly digest gets its content: the agenda as of the slot, built by the same function
// as the `agenda` command, so the agenda has exactly one definition.
import { buildAgenda } from '../agenda/agenda-command.ts'
import { fixedClock } from '../time/clock.ts'
import type { WeeklySource } from './weekly-plan.ts'

export const agendaDigest: WeeklySource = (context, now) => {
  const reply = buildAgenda({ ...context, clock: fixedClock(now) })
  return { ...reply, title: `Weekly digest. ${reply.title ?? 'Agenda'}` }
}
