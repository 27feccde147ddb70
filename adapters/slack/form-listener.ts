// Modal submissions: the form's command runs with the fields as keyword-value pairs; field errors
// go back inline (response_action: errors), the result to where the form was opened.
import { formCommandLine } from '../../src/reply/form-command.ts'
import { rejected } from '../../src/reply/reply.ts'
import { within } from './deliver.ts'
import { parseChannelRef, teamOf, toInbound } from './inbound.ts'
import type { SlackListeners } from './listener-io.ts'
import { FORM_CALLBACK, readMetadata, renderModal, submittedValues } from './modal.ts'
import { postResult, type Surface, textOf } from './surface.ts'

export function listenToForms(on: SlackListeners, s: Surface): void {
  on.submit(FORM_CALLBACK, async ({ ack, body, client }) => {
    const view = body.view
    const team = teamOf(body)
    const user = body.user.id
    const meta = readMetadata(view.private_metadata)
    const firstBlock = view.blocks.find((b) => b.type === 'input')?.block_id
    if (!s.allowed(team) || !meta) {
      const reply = s.allowed(team)
        ? rejected('This form has expired; please run the command again.')
        : s.refuse(team, user, 'form')
      await ack(
        firstBlock ? { response_action: 'errors', errors: { [firstBlock]: textOf(reply) } } : undefined,
      )
      return
    }
    const text = formCommandLine(meta.command, submittedValues(view.state.values))
    const where = meta.channel ? parseChannelRef(meta.channel) : undefined
    const inbound = toInbound({ text, user, team: team ?? '', channel: where?.channel, body })
    const pending = s.run(inbound, 'form')
    const ready = await within(pending, s.ackBudgetMs)
    if (ready?.fieldErrors && Object.keys(ready.fieldErrors).length > 0) {
      await ack({ response_action: 'errors', errors: ready.fieldErrors })
      return
    }
    if (ready?.form) {
      await ack({
        response_action: 'update',
        view: renderModal(ready.form, meta.channel ? { channel: meta.channel } : {}, ready.form.prompt),
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
}
