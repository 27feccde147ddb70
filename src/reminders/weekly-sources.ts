// Where the weekly digest gets its content: the agenda as of the slot, built by the same function
// as the `agenda` command, so the agenda has exactly one definition.
import { buildAgenda } from '../agenda/agenda-command.ts'
import { todayOf } from '../contracts/today.ts'
import { unownedDeadlinesSection } from '../contracts/unowned.ts'
import { fixedClock } from '../time/clock.ts'
import type { WeeklySource } from './weekly-plan.ts'

export const agendaDigest: WeeklySource = async (context, now) => {
  const atSlot = { ...context, clock: fixedClock(now) }
  const reply = buildAgenda(atSlot)
  // The digest also names contracts nobody owns before their deadline comes (SPEC §11).
  const unowned = await unownedDeadlinesSection(atSlot, todayOf(atSlot))
  return {
    ...reply,
    title: `Weekly digest. ${reply.title ?? 'Agenda'}`,
    sections: [...(reply.sections ?? []), unowned],
  }
}
