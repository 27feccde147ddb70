// Button presses: a Reply action runs its command as the presser and the result replaces the
// message; "Share in channel" re-runs a read into the channel and removes the private copy.
import { rejected } from '../../src/reply/reply.ts'
import { RUN_ACTION, renderMessages, SHARE_ACTION } from './block-kit.ts'
import { RESPONSE_URL_USES, respondAll } from './deliver.ts'
import { pressOnHome } from './home-listener.ts'
import { teamOf, toInbound } from './inbound.ts'
import type { SlackListeners } from './listener-io.ts'
import { respondRejection, type Surface } from './surface.ts'
import { uploadAttachment } from './upload.ts'

export function listenToButtons(on: SlackListeners, s: Surface): void {
  on.button(new RegExp(`^${RUN_ACTION}`), async (io) => {
    const { ack, body, action, respond, client } = io
    await ack()
    if (body.type !== 'block_actions' || action.type !== 'button' || !action.value) return
    // The App Home has no channel and no response_url: its own path answers by republishing it.
    if (body.view?.type === 'home') return pressOnHome(s, io)
    const team = teamOf(body)
    const ephemeral = body.container?.is_ephemeral === true
    if (!s.allowed(team)) {
      await respondRejection(respond, s.refuse(team, body.user.id, 'button'))
      return
    }
    const inbound = toInbound({
      text: action.value,
      user: body.user.id,
      team: team ?? '',
      channel: body.channel?.id,
      body,
    })
    const reply = await s.run(inbound, 'button')
    if (reply.form) {
      await s
        .openForm(client, body.trigger_id, reply, inbound.channel)
        .catch(() =>
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
      shareCommand: ephemeral ? s.shareable(action.value, reply) : undefined,
      maxMessages: RESPONSE_URL_USES,
    })
    // A file's summary goes below the message: a Statement button must not wipe out a reminder.
    await respondAll(respond, messages, { replace_original: !reply.attachment })
    await uploadAttachment(client, body.channel?.id, reply, s.log, (r) => respondRejection(respond, r))
  })

  on.button(SHARE_ACTION, async ({ ack, body, action, respond }) => {
    await ack()
    if (body.type !== 'block_actions' || action.type !== 'button' || !action.value) return
    const team = teamOf(body)
    if (!s.allowed(team)) {
      await respondRejection(respond, s.refuse(team, body.user.id, 'share'))
      return
    }
    const matched = s.tickler.registry.match(action.value)
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
      body,
    })
    const reply = await s.run(inbound, 'share')
    const messages = renderMessages(reply, { sharedBy: body.user.id, maxMessages: RESPONSE_URL_USES - 1 })
    await respondAll(respond, messages, { response_type: 'in_channel', replace_original: false })
    await respond({ delete_original: true })
  })
}
