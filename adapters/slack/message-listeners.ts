// Messages: an @mention in a channel (answered privately unless the reply is public) and direct
// messages to the bot, with the bot's own mention stripped. A long answer is capped as everywhere
// (long-answer.ts): a few messages and a note, not one post per page.
import { MAX_MESSAGES } from '../long-answer.ts'
import { renderMessages } from './block-kit.ts'
import { stripBotMention, teamOf, toInbound } from './inbound.ts'
import type { SlackListeners } from './listener-io.ts'
import type { Surface } from './surface.ts'
import { uploadAttachment } from './upload.ts'

export function listenToMessages(on: SlackListeners, s: Surface): void {
  on.mention(async ({ event, client, body }) => {
    const team = teamOf(body) ?? event.team
    if (!s.allowed(team)) {
      s.refuse(team, event.user, 'mention')
      return
    }
    if (!event.user) return
    const text = stripBotMention(event.text, s.botUserId())
    const reply = await s.run(
      toInbound({ text, user: event.user, team: team ?? '', channel: event.channel, body }),
      'mention',
    )
    for (const message of renderMessages(reply, { maxMessages: MAX_MESSAGES, command: text })) {
      if (reply.private === false) {
        await client.postMessage({
          channel: event.channel,
          thread_ts: event.thread_ts ?? event.ts,
          ...message,
        })
      } else {
        await client.postEphemeral({ channel: event.channel, user: event.user, ...message })
      }
    }
    const user = event.user
    await uploadAttachment(client, event.channel, reply, s.log, async (r) => {
      for (const message of renderMessages(r)) {
        await client.postEphemeral({ channel: event.channel, user, ...message })
      }
    })
  })

  on.message(async ({ event, client, body }) => {
    // Direct messages only; edits, joins and bot posts carry a subtype or bot_id and are ignored.
    if (event.channel_type !== 'im' || event.subtype !== undefined || 'bot_id' in event) return
    if (!event.user || !event.text) return
    const team = teamOf(body)
    if (!s.allowed(team)) {
      s.refuse(team, event.user, 'dm')
      return
    }
    const text = stripBotMention(event.text, s.botUserId())
    const reply = await s.run(
      toInbound({ text, user: event.user, team: team ?? '', channel: event.channel, body }),
      'dm',
    )
    for (const message of renderMessages(reply, { maxMessages: MAX_MESSAGES, command: text })) {
      await client.postMessage({ channel: event.channel, ...message })
    }
    await uploadAttachment(client, event.channel, reply, s.log, async (r) => {
      for (const message of renderMessages(r))
        await client.postMessage({ channel: event.channel, ...message })
    })
  })
}
