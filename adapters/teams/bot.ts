// One Teams turn: remember the conversation, turn the activity into a core request, run it through
// the same core as every surface, and send the reply as cards. No business rule lives here.
import { randomUUID } from 'node:crypto'
import type { Logger } from 'pino'
import type { Tickler } from '../../src/app/open-tickler.ts'
import { answer, type Reply, rejected } from '../../src/reply/reply.ts'
import type { InboundActivity } from './activity.ts'
import { answerMessage, type TeamsInbound } from './answer.ts'
import type { BotFramework, TurnIO } from './bot-framework.ts'
import { renderReply } from './card.ts'
import { saveConversation } from './conversations.ts'
import { DEFAULT_TIMING, deliver, type Timing } from './deliver.ts'
import type { DownloadLinks } from './download-links.ts'
import { channelRef, tenantOf, userOf } from './inbound.ts'
import type { NameDirectory } from './names.ts'

export type { Timing } from './deliver.ts'

export interface TeamsBotDeps {
  tickler: Pick<Tickler, 'run' | 'context' | 'requestKeys'>
  framework: BotFramework
  log: Logger
  names: NameDirectory
  allowedTenants: readonly string[]
  timing?: Timing
  /** Download links for replies that come with a file (statements). */
  links?: DownloadLinks
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
  const { tickler, log, names } = deps
  const timing = deps.timing ?? DEFAULT_TIMING
  const { store, clock } = tickler.context

  return async (io) => {
    const activity = io.activity
    const conversationId = activity.conversation?.id
    // Teams redelivers an activity when the answer takes over 15 s, possibly to another process.
    const deliveryKey = activity.id && conversationId ? `teams:${conversationId}:${activity.id}` : undefined
    if (deliveryKey && (await tickler.requestKeys.seen(deliveryKey))) {
      log.info({ activityId: activity.id }, 'Teams activity already carried out: redelivery ignored')
      return
    }
    names.learn(activity.from)
    const requestId = randomUUID()
    const tenant = tenantOf(activity)
    if (deps.allowedTenants.length > 0 && (!tenant || !deps.allowedTenants.includes(tenant))) {
      log.warn({ requestId, tenant, type: activity.type }, 'Teams tenant not allowed: refused')
      if (activity.type === 'message' || botAdded(activity)) {
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
        if (botAdded(activity)) {
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
      const inbound: TeamsInbound = {
        user,
        platform: 'teams',
        workspace: tenant,
        channel: channelRef(conversationId),
        requestId,
        deliveryKey,
      }
      const work = answerMessage(tickler, activity, inbound, names, deps.links)
      if (!work) {
        await io.send(renderReply(WELCOME, { nameOf: names.nameOf }))
        return
      }
      await deliver(io, work, timing, deps.framework, log, requestId)
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

function botAdded(activity: InboundActivity): boolean {
  const botId = activity.recipient?.id
  return (
    activity.type === 'conversationUpdate' && !!botId && !!activity.membersAdded?.some((m) => m.id === botId)
  )
}
