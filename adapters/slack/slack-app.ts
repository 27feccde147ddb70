// The Bolt app: slash commands, button presses, form submissions and messages in, core requests
// out, core replies rendered back. No business rule lives here; every line goes through the one
// dispatcher (`tickler.run`).
import { App, type Authorize, type Receiver, type RespondFn, type webApi } from '@slack/bolt'
import type { Logger } from 'pino'
import type { Inbound } from '../../src/commands/dispatch.ts'
import type { Registry } from '../../src/commands/registry.ts'
import type { Config } from '../../src/config/config.ts'
import { plain, type Reply, rejected } from '../../src/reply/reply.ts'
import { RUN_ACTION, renderMessages, SHARE_ACTION } from './block-kit.ts'
import { boltLogger } from './bolt-logger.ts'
import { RESPONSE_URL_USES, respondAll, responseType, within } from './deliver.ts'
import type { DisplayNames } from './display-names.ts'
import { parseChannelRef, SLASH_COMMANDS, slashText, stripBotMention, teamOf, toInbound } from './inbound.ts'
import {
  commandLine,
  FORM_CALLBACK,
  readMetadata,
  renderModal,
  submittedValues,
  type ViewStateValues,
} from './modal.ts'
import { deliveryKey, type RecentKeys } from './recent-keys.ts'

/** What the adapter needs from the composition root (src/app.ts `openTickler`). */
export interface TicklerRunner {
  registry: Registry
  run(inbound: Inbound): Promise<Reply>
}

export interface SlackAppOptions {
  config: Config
  log: Logger
  tickler: TicklerRunner
  receiver: Receiver
  authorize: Authorize<boolean>
  /** The bot's own user id, once known, to strip "@Tickler" from mentions. */
  botUserId: () => string | undefined
  names?: DisplayNames
  /** How long a command may run before the ack goes out empty (Slack allows 3 s in all). */
  ackBudgetMs: number
  /** Drops deliveries already seen (Socket Mode; the HTTP receiver does this before Bolt). */
  dedupe?: RecentKeys
}

/** Exactly the declared slash commands (manifest.yml lists the same). */
export const SLASH_PATTERN = new RegExp(`^(?:${SLASH_COMMANDS.join('|')})$`)

const REFUSAL =
  'Sorry, this Tickler serves other Slack workspaces only. Ask your Tickler administrator if your workspace should have access.'

export function createSlackApp(options: SlackAppOptions): App {
  const { config, log, tickler } = options
  const app = new App({
    receiver: options.receiver,
    authorize: options.authorize,
    logger: boltLogger(log),
    clientOptions: { slackApiUrl: config.SLACK_API_URL },
    ignoreSelf: true,
  })

  const dedupe = options.dedupe
  if (dedupe) {
    app.use(async ({ body, next, ...args }) => {
      const key = deliveryKey(body as Parameters<typeof deliveryKey>[0])
      if (key && dedupe.seen(key)) {
        if ('ack' in args && typeof args.ack === 'function') await args.ack()
        log.info({ key }, 'slack delivery already received: acknowledged, not run again')
        return
      }
      await next()
    })
  }

  const allowed = (team: string | undefined): boolean =>
    config.SLACK_ALLOWED_TEAMS.length === 0 ||
    (team !== undefined && config.SLACK_ALLOWED_TEAMS.includes(team))

  const run = (inbound: Inbound, kind: string): Promise<Reply> => {
    log.info(
      {
        requestId: inbound.requestId,
        kind,
        user: inbound.user,
        name: options.names?.peek(inbound.user),
        team: inbound.workspace,
        channel: inbound.channel,
      },
      'slack request',
    )
    // Whatever happens, Slack gets an answer (an unanswered slash command shows a bare error).
    return tickler.run(inbound).catch((error: unknown) => {
      log.error({ requestId: inbound.requestId, err: error }, 'slack request failed')
      return rejected(
        `Sorry, something went wrong on my side (request ${inbound.requestId}). Please try again later.`,
      )
    })
  }

  const refuse = (team: string | undefined, user: string | undefined, kind: string): Reply => {
    log.warn({ team, user, kind }, 'slack request from a workspace not in SLACK_ALLOWED_TEAMS refused')
    return rejected(REFUSAL)
  }

  /** Share is offered on answered reads only: re-running a write into a channel would repeat it. */
  const shareable = (text: string, reply: Reply): string | undefined => {
    if (reply.status !== 'ok' || reply.private === false || reply.form) return undefined
    const matched = tickler.registry.match(text)
    return matched && !matched.command.writes ? text : undefined
  }

  const openForm = async (client: webApi.WebClient, triggerId: string, reply: Reply, channel?: string) => {
    await client.views.open({
      trigger_id: triggerId,
      view: renderModal(reply.form!, channel ? { channel } : {}),
    })
  }

  app.command(SLASH_PATTERN, async ({ command, ack, respond, client }) => {
    if (!allowed(command.team_id)) {
      const [message] = renderMessages(refuse(command.team_id, command.user_id, 'command'))
      await ack({ response_type: 'ephemeral', ...message! })
      return
    }
    const text = slashText(command.command, command.text ?? '')
    const inbound = toInbound({
      text,
      user: command.user_id,
      team: command.team_id,
      channel: command.channel_id,
    })
    const pending = run(inbound, 'command')
    const ready = await within(pending, options.ackBudgetMs)
    if (ready?.form) {
      await ack()
      await openForm(client, command.trigger_id, ready, inbound.channel).catch(async (error) => {
        log.warn({ requestId: inbound.requestId, err: error }, 'views.open failed; sending the form as text')
        await respondAll(respond, renderMessages(ready), { response_type: 'ephemeral' })
      })
      return
    }
    if (ready) {
      const messages = renderMessages(ready, {
        shareCommand: shareable(text, ready),
        maxMessages: 1 + RESPONSE_URL_USES,
      })
      const [first, ...rest] = messages
      await ack({ response_type: responseType(ready), ...first! })
      await respondAll(respond, rest, { response_type: responseType(ready), replace_original: false })
      return
    }
    // Too slow for the ack: acknowledge now, answer through response_url (the trigger has expired,
    // so a form is described in text instead of opened).
    await ack()
    const reply = await pending
    const messages = renderMessages(reply, {
      shareCommand: shareable(text, reply),
      maxMessages: RESPONSE_URL_USES,
    })
    await respondAll(respond, messages, { response_type: responseType(reply) })
  })

  app.action(new RegExp(`^${RUN_ACTION}`), async ({ ack, body, action, respond, client }) => {
    await ack()
    if (body.type !== 'block_actions' || action.type !== 'button' || !action.value) return
    const team = teamOf(body)
    const ephemeral = body.container?.is_ephemeral === true
    if (!allowed(team)) {
      await respondRejection(respond, refuse(team, body.user.id, 'button'))
      return
    }
    const inbound = toInbound({
      text: action.value,
      user: body.user.id,
      team: team ?? '',
      channel: body.channel?.id,
    })
    const reply = await run(inbound, 'button')
    if (reply.form) {
      await openForm(client, body.trigger_id, reply, inbound.channel).catch(() =>
        respondAll(respond, renderMessages(reply), { response_type: 'ephemeral', replace_original: false }),
      )
      return
    }
    if (reply.status === 'rejected') {
      // A refusal must not wipe out a channel post (a reminder) for everyone: answer the presser only.
      await respondRejection(respond, reply)
      return
    }
    const messages = renderMessages(reply, {
      shareCommand: ephemeral ? shareable(action.value, reply) : undefined,
      maxMessages: RESPONSE_URL_USES,
    })
    await respondAll(respond, messages, { replace_original: true })
  })

  app.action(SHARE_ACTION, async ({ ack, body, action, respond }) => {
    await ack()
    if (body.type !== 'block_actions' || action.type !== 'button' || !action.value) return
    const team = teamOf(body)
    if (!allowed(team)) {
      await respondRejection(respond, refuse(team, body.user.id, 'share'))
      return
    }
    const matched = tickler.registry.match(action.value)
    if (!matched || matched.command.writes) {
      await respondRejection(
        respond,
        rejected('Only answers to questions can be shared; changes are not repeated.'),
      )
      return
    }
    const inbound = toInbound({
      text: action.value,
      user: body.user.id,
      team: team ?? '',
      channel: body.channel?.id,
    })
    const reply = await run(inbound, 'share')
    const messages = renderMessages(reply, { sharedBy: body.user.id, maxMessages: RESPONSE_URL_USES - 1 })
    await respondAll(respond, messages, { response_type: 'in_channel', replace_original: false })
    await respond({ delete_original: true })
  })

  app.view(FORM_CALLBACK, async ({ ack, body, view, client }) => {
    const team = teamOf(body)
    const user = body.user.id
    const meta = readMetadata(view.private_metadata)
    const firstBlock = view.blocks.find((b) => b.type === 'input')?.block_id
    if (!allowed(team) || !meta) {
      const reply = allowed(team)
        ? rejected('This form has expired; please run the command again.')
        : refuse(team, user, 'form')
      await ack(
        firstBlock ? { response_action: 'errors', errors: { [firstBlock]: textOf(reply) } } : undefined,
      )
      return
    }
    const text = commandLine(meta.command, submittedValues(view.state.values as ViewStateValues))
    const where = meta.channel ? parseChannelRef(meta.channel) : undefined
    const inbound = toInbound({ text, user, team: team ?? '', channel: where?.channel })
    const pending = run(inbound, 'form')
    const ready = await within(pending, options.ackBudgetMs)
    if (ready?.fieldErrors && Object.keys(ready.fieldErrors).length > 0) {
      await ack({ response_action: 'errors', errors: ready.fieldErrors })
      return
    }
    if (ready?.form) {
      await ack({
        response_action: 'update',
        view: renderModal(ready.form, meta.channel ? { channel: meta.channel } : {}, textOf(ready)),
      })
      return
    }
    if (ready?.status === 'rejected' && firstBlock) {
      await ack({ response_action: 'errors', errors: { [firstBlock]: textOf(ready) } })
      return
    }
    await ack()
    const reply = ready ?? (await pending)
    await postResult(client, reply, user, where?.channel)
  })

  app.event('app_mention', async ({ event, client, body }) => {
    const team = teamOf(body) ?? event.team
    if (!allowed(team)) {
      refuse(team, event.user, 'mention')
      return
    }
    if (!event.user) return
    const text = stripBotMention(event.text, options.botUserId())
    const reply = await run(
      toInbound({ text, user: event.user, team: team ?? '', channel: event.channel }),
      'mention',
    )
    for (const message of renderMessages(reply)) {
      if (reply.private === false) {
        await client.chat.postMessage({
          channel: event.channel,
          thread_ts: event.thread_ts ?? event.ts,
          ...message,
        })
      } else {
        await client.chat.postEphemeral({ channel: event.channel, user: event.user, ...message })
      }
    }
  })

  app.event('message', async ({ event, client, body }) => {
    // Direct messages only; edits, joins and bot posts carry a subtype or bot_id and are ignored.
    if (event.channel_type !== 'im' || event.subtype !== undefined || 'bot_id' in event) return
    if (!('user' in event) || !event.user || !('text' in event) || !event.text) return
    const team = teamOf(body)
    if (!allowed(team)) {
      refuse(team, event.user, 'dm')
      return
    }
    const text = stripBotMention(event.text, options.botUserId())
    const reply = await run(
      toInbound({ text, user: event.user, team: team ?? '', channel: event.channel }),
      'dm',
    )
    for (const message of renderMessages(reply)) {
      await client.chat.postMessage({ channel: event.channel, ...message })
    }
  })

  app.error(async (error) => {
    log.error({ err: error }, 'slack listener failed')
  })

  return app
}

/** Plain text of a reply's lines, for places Slack shows as plain text (modal errors). */
function textOf(reply: Reply): string {
  const lines = (reply.text ?? []).map(plain).join(' ')
  return (lines || (reply.status === 'ok' ? 'Done.' : 'Not done.')).slice(0, 2000)
}

async function respondRejection(respond: RespondFn, reply: Reply): Promise<void> {
  await respondAll(respond, renderMessages(reply, { maxMessages: 1 }), {
    response_type: 'ephemeral',
    replace_original: false,
  })
}

/** A form's result goes back where the form was opened: only to the submitter unless public. */
async function postResult(client: webApi.WebClient, reply: Reply, user: string, channel: string | undefined) {
  for (const message of renderMessages(reply)) {
    if (channel && reply.private === false) await client.chat.postMessage({ channel, ...message })
    else if (channel) await client.chat.postEphemeral({ channel, user, ...message })
    else await client.chat.postMessage({ channel: user, ...message })
  }
}
