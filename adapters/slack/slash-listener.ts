// Slash commands: /vendor, /vendors, /renewals, /sla, /risk map to the command of that name,
// /tickler takes its text whole. The answer goes in the ack when ready within the budget,
// otherwise through response_url.
import { renderMessages } from './block-kit.ts'
import { RESPONSE_URL_USES, respondAll, responseType, within } from './deliver.ts'
import { SLASH_COMMANDS, slashText, toInbound } from './inbound.ts'
import type { SlackListeners } from './listener-io.ts'
import { respondRejection, type Surface } from './surface.ts'
import { uploadAttachment } from './upload.ts'

/** Exactly the declared slash commands (manifest.yml lists the same). */
const SLASH_PATTERN = new RegExp(`^(?:${SLASH_COMMANDS.join('|')})$`)

export function listenToSlashCommands(on: SlackListeners, s: Surface): void {
  on.command(SLASH_PATTERN, async ({ command, ack, respond, client }) => {
    if (!s.allowed(command.team_id)) {
      const [message] = renderMessages(s.refuse(command.team_id, command.user_id, 'command'))
      await ack({ response_type: 'ephemeral', ...message! })
      return
    }
    const text = slashText(command.command, command.text ?? '')
    const inbound = toInbound({
      text,
      user: command.user_id,
      team: command.team_id,
      channel: command.channel_id,
      body: command,
    })
    const pending = s.run(inbound, 'command')
    const ready = await within(pending, s.ackBudgetMs)
    if (ready?.form) {
      await ack()
      await s.openForm(client, command.trigger_id, ready, inbound.channel).catch(async (error) => {
        s.log.warn(
          { requestId: inbound.requestId, err: error },
          'views.open failed; sending the form as text',
        )
        await respondAll(respond, renderMessages(ready), { response_type: 'ephemeral' })
      })
      return
    }
    if (ready) {
      const messages = renderMessages(ready, {
        shareCommand: s.shareable(text, ready),
        maxMessages: 1 + RESPONSE_URL_USES,
        command: text,
      })
      const [first, ...rest] = messages
      await ack({ response_type: responseType(ready), ...first! })
      await respondAll(respond, rest, { response_type: responseType(ready), replace_original: false })
      await uploadAttachment(client, command.channel_id, ready, s.log, (r) => respondRejection(respond, r))
      return
    }
    // Too slow for the ack: acknowledge now, answer through response_url (the trigger has expired,
    // so a form is described in text instead of opened).
    await ack()
    const reply = await pending
    const messages = renderMessages(reply, {
      shareCommand: s.shareable(text, reply),
      maxMessages: RESPONSE_URL_USES,
      command: text,
    })
    await respondAll(respond, messages, { response_type: responseType(reply) })
    await uploadAttachment(client, command.channel_id, reply, s.log, (r) => respondRejection(respond, r))
  })
}
