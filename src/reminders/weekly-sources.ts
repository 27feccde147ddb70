// Where weekly posts get their content: the digest is the `agenda` command's answer as of the slot,
// run through its own handler so the agenda has exactly one definition.
import type { Temporal } from 'temporal-polyfill'
import type { Context } from '../commands/command.ts'
import type { Reply } from '../reply/reply.ts'
import { fixedClock } from '../time/clock.ts'
import type { WeeklySource } from './weekly-plan.ts'

/** Runs a registered read command as Tickler itself, with the clock fixed at `now`. */
export async function commandAnswer(
  context: Context,
  now: Temporal.Instant,
  name: string,
): Promise<Reply | null> {
  const command = context.commands.find((c) => c.name === name)
  if (!command) return null
  const at: Context = { ...context, clock: fixedClock(now) }
  return command.handler(
    { text: name, args: '', user: 'tickler', platform: 'terminal', requestId: `sweep-${name}` },
    at,
  )
}

export const agendaDigest: WeeklySource = async (context, now) => {
  const reply = await commandAnswer(context, now, 'agenda')
  if (!reply) throw new Error('the agenda command is not registered')
  return { ...reply, title: reply.title ?? 'This week' }
}
