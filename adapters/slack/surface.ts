// What every Slack listener shares: the allowed-teams check, running a line through the core
// (never failing), the Share rule, opening a form, and small reply helpers.
import type { Logger } from 'pino'
import type { Inbound } from '../../src/app/dispatch.ts'
import type { RunInput } from '../../src/app/open-tickler.ts'
import type { Registry } from '../../src/commands/registry.ts'
import type { Config } from '../../src/config/config.ts'
import { plain, type Reply, rejected } from '../../src/reply/reply.ts'
import { renderMessages } from './block-kit.ts'
import { respondAll } from './deliver.ts'
import type { DisplayNames } from './display-names.ts'
import type { Respond, SlackClient } from './listener-io.ts'
import { renderModal } from './modal.ts'

/** What the adapter needs from the composition root (src/app.ts `openTickler`). */
export interface TicklerRunner {
  registry: Registry
  run(inbound: RunInput): Promise<Reply>
  requestKeys: { seen(key: string): Promise<boolean> }
}

/**
 * A request as a listener makes it: with the delivery key that lets the core drop Slack's retries.
 * Never asAdmin: a Slack user is an admin only as TICKLER_ADMINS or `admins add` say.
 */
export type SlackInbound = Omit<Inbound, 'asAdmin'> & Pick<RunInput, 'deliveryKey' | 'platform'>

export interface Surface {
  config: Config
  log: Logger
  tickler: TicklerRunner
  ackBudgetMs: number
  botUserId: () => string | undefined
  allowed(team: string | undefined): boolean
  refuse(team: string | undefined, user: string | undefined, kind: string): Reply
  run(inbound: SlackInbound, kind: string): Promise<Reply>
  shareable(text: string, reply: Reply): string | undefined
  openForm(client: SlackClient, triggerId: string, reply: Reply, channel?: string): Promise<void>
}

const REFUSAL =
  'Sorry, this Tickler serves other Slack workspaces only. Ask your Tickler administrator if your workspace should have access.'

export function makeSurface(options: {
  config: Config
  log: Logger
  tickler: TicklerRunner
  ackBudgetMs: number
  botUserId: () => string | undefined
  names?: DisplayNames
}): Surface {
  const { config, log, tickler } = options
  const allowed = (team: string | undefined): boolean =>
    config.SLACK_ALLOWED_TEAMS.length === 0 ||
    (team !== undefined && config.SLACK_ALLOWED_TEAMS.includes(team))

  const run = (inbound: SlackInbound, kind: string): Promise<Reply> => {
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

  const openForm = async (client: SlackClient, triggerId: string, reply: Reply, channel?: string) => {
    await client.openView(triggerId, renderModal(reply.form!, channel ? { channel } : {}))
  }

  return { ...options, allowed, refuse, run, shareable, openForm }
}

/** Plain text of a reply's lines, for places Slack shows as plain text (modal errors). */
export function textOf(reply: Reply): string {
  const lines = (reply.text ?? []).map(plain).join(' ')
  return (lines || (reply.status === 'ok' ? 'Done.' : 'Not done.')).slice(0, 2000)
}

export async function respondRejection(respond: Respond, reply: Reply): Promise<void> {
  await respondAll(respond, renderMessages(reply, { maxMessages: 1 }), {
    response_type: 'ephemeral',
    replace_original: false,
  })
}

/** A form's result goes back where the form was opened: only to the submitter unless public. */
export async function postResult(
  client: SlackClient,
  reply: Reply,
  user: string,
  channel: string | undefined,
) {
  for (const message of renderMessages(reply)) {
    if (channel && reply.private === false) await client.postMessage({ channel, ...message })
    else if (channel) await client.postEphemeral({ channel, user, ...message })
    else await client.postMessage({ channel: user, ...message })
  }
}
