// Getting an answer to Teams in time: within the turn when the core is quick, with a typing
// indicator when it is not, and proactively after the turn when it is slow enough that Teams would
// redeliver the activity (it retries after about 15 s).
import type { Logger } from 'pino'
import type { OutboundActivity } from './activity.ts'
import type { BotFramework, TurnIO } from './bot-framework.ts'

export interface Timing {
  /** Show a typing indicator when the answer takes longer than this. */
  typingAfterMs: number
  /** Stop holding the request open after this and post the answer when it is ready. */
  deferAfterMs: number
}

export const DEFAULT_TIMING: Timing = { typingAfterMs: 1500, deferAfterMs: 8000 }

export interface Outcome {
  activities: OutboundActivity[]
  /** A card of ours this answer replaces in place (the pressed card, or a form shown again). */
  replaces?: string
}

export async function deliver(
  io: TurnIO,
  work: Promise<Outcome>,
  timing: Timing,
  framework: BotFramework,
  log: Logger,
  requestId: string,
): Promise<void> {
  let outcome = await within(work, timing.typingAfterMs)
  if (!outcome) {
    await io.send([{ type: 'typing' }]).catch(() => undefined)
    outcome = await within(work, Math.max(0, timing.deferAfterMs - timing.typingAfterMs))
  }
  if (outcome) {
    await send(io, outcome, log, requestId)
    return
  }
  log.info({ requestId }, 'Teams answer is slow: finishing the turn and posting it when ready')
  const reference = io.reference()
  work
    .then((late) => framework.continueConversation(reference, (later) => send(later, late, log, requestId)))
    .catch((error) => log.error({ requestId, err: error }, 'Teams late answer not delivered'))
}

/** Replaces the card in place when asked (first page), and sends the rest as new messages. */
async function send(io: TurnIO, outcome: Outcome, log: Logger, requestId: string): Promise<void> {
  const [first, ...rest] = outcome.activities
  if (outcome.replaces && first) {
    try {
      await io.update(outcome.replaces, first)
      await io.send(rest)
      return
    } catch (error) {
      log.warn({ requestId, err: error }, 'could not update the card in place; sending the answer as a reply')
    }
  }
  await io.send(outcome.activities)
}

function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
