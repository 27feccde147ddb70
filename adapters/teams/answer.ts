// What a Teams message asks the core, and how the answer is shown: typed text, a pressed button
// (`{ command }`) or a submitted form (`{ form, spec, field:… }`). Like Slack's buttons, a pressed
// card that worked is replaced by its answer (no second press of Confirm); a refused press leaves
// the card and answers below it. A refused form is shown again in place with its errors. A long
// answer is capped at MAX_MESSAGES messages with a note of what was left out.
import type { RunInput, Tickler } from '../../src/app/open-tickler.ts'
import { MAX_MESSAGES } from '../long-answer.ts'
import type { InboundActivity } from './activity.ts'
import { renderReply } from './card.ts'
import type { Outcome } from './deliver.ts'
import type { DownloadLinks } from './download-links.ts'
import { formCommand, formFromSubmit, renderFormCard } from './form-card.ts'
import { cleanText, submitOf } from './inbound.ts'
import type { NameOf } from './text.ts'

/** Never asAdmin: a Teams user is an admin only as TICKLER_ADMINS or `admins add` say. */
export type TeamsInbound = Omit<RunInput, 'text' | 'asAdmin'>

/** Undefined when there is nothing to run (an empty message). */
export function answerMessage(
  tickler: Pick<Tickler, 'run'>,
  activity: InboundActivity,
  inbound: TeamsInbound,
  names: { nameOf: NameOf; userIdOf: (teamsId: string) => string },
  links?: DownloadLinks,
): Promise<Outcome> | undefined {
  const { nameOf } = names
  const submit = submitOf(activity)
  const pressed = activity.replyToId

  if (submit?.kind === 'form') {
    const form = formFromSubmit(submit.form, submit.spec)
    const fields = form?.fields ?? Object.keys(submit.values).map((name) => ({ name }))
    const text = formCommand(submit.form, fields, submit.values)
    return tickler.run({ ...inbound, text }).then((reply) => {
      const refused = reply.status === 'rejected' || Object.keys(reply.fieldErrors ?? {}).length > 0
      if (!form || !refused || reply.form)
        return {
          activities: renderReply(reply, { nameOf, maxMessages: MAX_MESSAGES, command: text }),
          replaces: pressed,
        }
      const fieldErrors = reply.fieldErrors ?? {}
      const card = renderFormCard(form, {
        fieldErrors,
        values: submit.values,
        // With field errors the first line says what is wrong; the form and example lines would repeat the card.
        message: Object.keys(fieldErrors).length > 0 ? reply.text?.slice(0, 1) : reply.text,
        attention: true,
        nameOf,
      })
      return { activities: [card], replaces: pressed }
    })
  }

  const text = submit?.kind === 'command' ? submit.command : cleanText(activity, names.userIdOf)
  if (text === '') return undefined
  // A form answers the press as a step forward (the rejection it rides on is for the terminal).
  return tickler.run({ ...inbound, text }).then((reply) => ({
    activities: renderReply(reply, {
      nameOf,
      maxMessages: MAX_MESSAGES,
      command: text,
      download: links?.(reply, { command: text, user: inbound.user, workspace: inbound.workspace }),
    }),
    replaces: submit && (reply.status === 'ok' || reply.form) ? pressed : undefined,
  }))
}
