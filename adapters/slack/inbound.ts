// Slack payloads → the core's Inbound request: clean text, who (user id), where (team and an
// opaque channel reference). No business rule here.
import { randomUUID } from 'node:crypto'
import { deliveryKey } from './delivery-key.ts'
import type { SlackInbound } from './surface.ts'

/** The slash commands the app declares (manifest.yml lists exactly these). */
export const SLASH_COMMANDS = ['/vendor', '/vendors', '/renewals', '/sla', '/risk', '/tickler'] as const

/** `/renewals next 60 days` → `renewals next 60 days`; `/tickler <anything>` → `<anything>`. */
export function slashText(command: string, text: string): string {
  const clean = cleanText(text)
  const name = command.replace(/^\//, '').toLowerCase()
  if (name === 'tickler') return clean === '' ? 'help' : clean
  return clean === '' ? name : `${name} ${clean}`
}

/**
 * Slack's escaped message text → what the user typed: <@U1|ann> → U1, <mailto:a@b.c|a@b.c> → a@b.c,
 * <https://x|label> → label, <#C1|general> → #general, then &lt; &gt; &amp; back to characters.
 * Special mentions (<!channel>) stay as typed text; the renderer escapes them so they never ping.
 */
export function cleanText(text: string): string {
  return text
    .replace(/<@([A-Z0-9]+)(?:\|[^>]*)?>/g, '$1')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<mailto:[^|>]+\|([^>]*)>/g, '$1')
    .replace(/<([a-z][a-z0-9+.-]*:[^|>]*)\|([^>]*)>/gi, '$2')
    .replace(/<([a-z][a-z0-9+.-]*:[^|>]*)>/gi, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Drops a leading mention of the bot from an app_mention ("<@UBOT> renewals" → "renewals"). */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  const withoutBot = botUserId ? text.replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g'), ' ') : text
  return cleanText(withoutBot)
}

export function channelRef(team: string, channel: string): string {
  return `slack:${team}:${channel}`
}

/** 'slack:T1:C1' → { team: 'T1', channel: 'C1' }; anything else → undefined. */
export function parseChannelRef(ref: string): { team: string; channel: string } | undefined {
  const m = /^slack:([^:]+):(.+)$/.exec(ref)
  return m ? { team: m[1]!, channel: m[2]! } : undefined
}

export function toInbound(parts: {
  text: string
  user: string
  team: string
  channel?: string
  /** The payload it came in, for its delivery key. */
  body: Parameters<typeof deliveryKey>[0]
}): SlackInbound {
  const inbound: SlackInbound = {
    text: parts.text,
    user: parts.user,
    platform: 'slack',
    workspace: parts.team,
    requestId: randomUUID(),
  }
  if (parts.channel) inbound.channel = channelRef(parts.team, parts.channel)
  const key = deliveryKey(parts.body)
  if (key) inbound.deliveryKey = key
  return inbound
}

interface TeamCarrier {
  team_id?: string
  team?: { id?: string } | null
  user?: { team_id?: string } | string
  authorizations?: { team_id?: string | null }[]
}

/** The workspace a payload comes from, whatever its kind (slash command, interaction, event). */
export function teamOf(body: TeamCarrier): string | undefined {
  if (body.team_id) return body.team_id
  if (body.team?.id) return body.team.id
  if (typeof body.user === 'object' && body.user?.team_id) return body.user.team_id
  return body.authorizations?.[0]?.team_id ?? undefined
}
