// One Teams turn: remember the conversation, turn the activity into a core request, run it through
// the same core as every surface, and send the reply as cards. No business rule lives here.
import { randomUUID } from 'node:crypto'
import type { Logger } from 'pino'
import type { Tickler } from '../../src/app.ts'
import { answer, type Reply, rejected } from '../../src/reply/reply.ts'
import type { OutboundActivity } from './activity.ts'
import type { BotFramework, TurnIO } from './bot-framework.ts'
import { renderReply } from './card.ts'
import { saveConversation } from './conversations.ts'
import { formCommand, formFromSubmit, renderFormCard } from './form-card.ts'
import { channelRef, cleanText, submitOf, tenantOf, userOf } from './inbound.ts'
import type { NameDirectory } from './names.ts'
import type { SeenSet } from './seen.ts'

export interface Timing {
  /** Show a typing indicator when the answer takes longer than this. */
  typingAfterMs: number
  /** Stop holding the request open after this (Teams redelivers at 15 s) and post the answer later. */
  deferAfterMs: number
}

export const DEFAULT_TIMING: Timing = { typingAfterMs: 1500, deferAfterMs: 8000 }

export interface TeamsBotDeps {
  tickler: Pick<Tickler, 'run' | 'context'>
  framework: BotFramework
  log: Logger
  names: NameDirectory
  seen: SeenSet
  allowedTenants: readonly string[]
  timing?: Timing
}

const WELCOME: Reply = answer({
  title: 'Hello, I am Tickler',
  text: [
    'I keep track of IT vendors and contracts: renewals and notice deadlines, SLA incidents and risk checks.',
    ['Try ', { code: 'renewals next 90 days' }, ', ', { code: 'agenda' }, ' or ', { code: 'help' }, '.'],
    'In a channel or group chat, mention me first.',
  ],
  actions: [{ label: 'Help', command: 'help' }],
  private: false,
})

export function createTurnHandler(deps: TeamsBotDeps): (io: TurnIO) => Promise<void> {
  const { tickler, log, names, seen } = deps
  const timing = deps.timing ?? DEFAULT_TIMING
  const { store, clock } = tickler.context

  return async (io) => {
    const activity = io.activity
    const conversationId = activity.conversation?.id
    if (activity.id && conversationId && seen.seen(`${conversationId}\u0000${activity.id}`)) {
      log.info({ activityId: activity.id }, 'Teams activity already handled: redelivery ignored')
      return
    }
    names.learn(activity.from)
    const requestId = randomUUID()
    const tenant = tenantOf(activity)
    if (deps.allowedTenants.length > 0 && (!tenant || !deps.allowedTenants.includes(tenant))) {
      log.warn({ requestId, tenant, type: activity.type }, 'Teams tenant not allowed: refused')
      if (activity.type === 'message') {
        await io.send(
          renderReply(
            rejected('Sorry, Tickler is not available to your organisation. Ask your IT team to enable it.'),
          ),
        )
      }
      return
    }
    const user = userOf(activity)

    try {
      if (activity.type === 'conversationUpdate') {
        const botId = activity.recipient?.id
        if (botId && activity.membersAdded?.some((m) => m.id === botId)) {
          await saveConversation(store, clock, io.reference(), user ?? 'system', requestId)
          await io.send(renderReply(WELCOME, { nameOf: names.nameOf }))
        }
        return
      }
      if (activity.type === 'installationUpdate') {
        if (activity.action?.startsWith('add')) {
          await saveConversation(store, clock, io.reference(), user ?? 'system', requestId)
        }
        return
      }
      if (activity.type !== 'message' || !conversationId || !user) return

      await saveConversation(store, clock, io.reference(), user, requestId)
      const inbound = {
        user,
        platform: 'teams' as const,
        workspace: tenant,
        channel: channelRef(conversationId),
        requestId,
      }
      const submit = submitOf(activity)
      let work: Promise<Outcome>
      if (submit?.kind === 'form') {
        const form = formFromSubmit(submit.form, submit.spec)
        const fields = form?.fields ?? Object.keys(submit.values).map((name) => ({ name }))
        const text = formCommand(submit.form, fields, submit.values)
        work = tickler.run({ ...inbound, text }).then((reply) => {
          const showAgain = form && (reply.status === 'rejected' || reply.fieldErrors) && !reply.form
          if (!showAgain) return { activities: renderReply(reply, { nameOf: names.nameOf }) }
          const card = renderFormCard(form, {
            fieldErrors: reply.fieldErrors,
            values: submit.values,
            message:
              reply.fieldErrors && Object.keys(reply.fieldErrors).length > 0
                ? reply.text?.slice(0, 1)
                : reply.text,
            nameOf: names.nameOf,
          })
          return { activities: [card], replaces: activity.replyToId }
        })
      } else {
        const text = submit?.kind === 'command' ? submit.command : cleanText(activity)
        if (text === '') {
          await io.send(renderReply(WELCOME, { nameOf: names.nameOf }))
          return
        }
        work = tickler.run({ ...inbound, text }).then((reply) => ({
          activities: renderReply(reply, { nameOf: names.nameOf }),
        }))
      }
      await deliver(io, work, timing, deps, requestId)
    } catch (error) {
      log.error({ requestId, err: error }, 'Teams turn failed')
      if (activity.type === 'message') {
        await io
          .send(renderReply(rejected(`Sorry, something went wrong on my side (request ${requestId}).`)))
          .catch(() => undefined)
      }
    }
  }
}

interface Outcome {
  activities: OutboundActivity[]
  /** The form card this answer replaces in place (a form shown again with its errors). */
  replaces?: string
}

/**
 * Answers within the turn when the core is quick; shows typing when it is not; and when it is slow
 * enough that Teams would redeliver, ends the turn and posts the answer proactively.
 */
async function deliver(
  io: TurnIO,
  work: Promise<Outcome>,
  timing: Timing,
  deps: TeamsBotDeps,
  requestId: string,
): Promise<void> {
  let outcome = await within(work, timing.typingAfterMs)
  if (!outcome) {
    await io.send([{ type: 'typing' }]).catch(() => undefined)
    outcome = await within(work, Math.max(0, timing.deferAfterMs - timing.typingAfterMs))
  }
  if (outcome) {
    await send(io, outcome, deps.log, requestId)
    return
  }
  deps.log.info({ requestId }, 'Teams answer is slow: finishing the turn and posting it when ready')
  const reference = io.reference()
  work
    .then((late) => deps.framework.continueConversation(reference, (later) => later.send(late.activities)))
    .catch((error) => deps.log.error({ requestId, err: error }, 'Teams late answer not delivered'))
}

async function send(io: TurnIO, outcome: Outcome, log: Logger, requestId: string): Promise<void> {
  if (outcome.replaces && outcome.activities.length === 1) {
    try {
      await io.update(outcome.replaces, outcome.activities[0]!)
      return
    } catch (error) {
      log.warn({ requestId, err: error }, 'could not update the form card; sending it again')
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
