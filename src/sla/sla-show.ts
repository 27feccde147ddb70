// `sla show <incident>` (SPEC §9): one incident whole — vendor, contract, priority, summary, its
// times, each target's due time and whether it was met or breached, who logged it, and its history.
import { Temporal } from 'temporal-polyfill'
import type { Context, Request } from '../commands/command.ts'
import { UserError } from '../errors/errors.ts'
import { describeChange } from '../history/describe-change.ts'
import { type Field, type Inline, type Item, plain, type Reply } from '../reply/reply.ts'
import { localDate, localDateTime } from '../time/zone.ts'
import { requireIncident } from './incident-id.ts'
import { incidentFacts, incidentReply } from './incident-view.ts'
import { formatTime } from './sla-format.ts'

const VERDICT = { met: 'met', breached: 'breached', pending: 'not yet due' } as const

export const SHOW_USAGE = { form: 'sla show <incident>', example: 'sla show INC-0001' }

export function slaShow(request: Request, context: Context): Reply {
  const { store, config } = context
  const now = context.clock.now()
  const zone = config.TICKLER_TIMEZONE
  const typed = request.args.trim()
  if (typed.split(/\s+/).length > 1) {
    throw new UserError(
      `Give one incident id, such as INC-0001; got "${typed}".`,
      SHOW_USAGE.form,
      SHOW_USAGE.example,
    )
  }
  const incident = requireIncident(store, typed, SHOW_USAGE.form, SHOW_USAGE.example)
  const reply = incidentReply(store, incident, config, now, {
    title: `${incident.id}: ${incident.resolved ? 'resolved' : 'open'}`,
  })
  const today = localDate(now, zone)
  const times: Field[] = [
    {
      label: 'Responded',
      value: incident.responded
        ? formatTime(Temporal.Instant.from(incident.responded), zone, today)
        : 'not yet',
    },
    {
      label: 'Resolved',
      value: incident.resolved
        ? formatTime(Temporal.Instant.from(incident.resolved), zone, today)
        : 'not yet',
    },
  ]
  // Summary next to the priority; the plain times before the targets' verdicts, once each.
  const facts = incidentFacts(store, incident, config, now)
  const fields = (reply.fields ?? [])
    .filter((f) => f.label !== 'Responded' && f.label !== 'Resolved')
    .map((f) => {
      const kind = f.label === 'Response' ? 'response' : f.label === 'Resolution' ? 'resolution' : undefined
      if (!kind || !facts.state) return f
      return { ...f, value: `${VERDICT[facts.state[kind].outcome]}: ${plain(f.value)}` }
    })
  const at = fields.findIndex((f) => f.label === 'Started')
  fields.splice(at + 1, 0, ...times)
  fields.splice(fields.findIndex((f) => f.label === 'Priority') + 1, 0, {
    label: 'Summary',
    value: incident.summary,
  })

  const history: Item[] = [...store.audit(incident.id)].reverse().map((e) => {
    const who: Inline = e.who === 'terminal' ? 'terminal' : { mention: e.who }
    return {
      text: [
        `${localDateTime(Temporal.Instant.from(e.at), zone)} `,
        who,
        ` ${e.action}: ${describeChange(e)}`,
      ],
    }
  })
  return {
    ...reply,
    fields,
    sections: [{ heading: 'History', items: history, empty: 'No recorded changes.' }],
  }
}
