// `sla respond <incident> [at <when>]` and `sla resolve <incident> [at <when>]`.
import { Temporal } from 'temporal-polyfill'
import type { Context, Request } from '../commands/command.ts'
import type { Incident } from '../domain/sla.ts'
import { UserError } from '../errors/errors.ts'
import { scanTokens } from '../parse/tokens.ts'
import { parseWhen } from '../parse/when.ts'
import type { Reply } from '../reply/reply.ts'
import { localDateTime } from '../time/zone.ts'
import { requireIncident } from './incident-id.ts'
import { incidentTimesProblem, storedInstant } from './incident-times.ts'
import { incidentReply } from './incident-view.ts'

type Step = 'respond' | 'resolve'

const FORMS: Record<Step, { form: string; example: string; field: 'responded' | 'resolved'; past: string }> =
  {
    respond: {
      form: 'sla respond <incident> [at <when>]',
      example: 'sla respond INC-0001 at 9:40',
      field: 'responded',
      past: 'responded to',
    },
    resolve: {
      form: 'sla resolve <incident> [at <when>]',
      example: 'sla resolve INC-0001 at 11:15',
      field: 'resolved',
      past: 'resolved',
    },
  }

/** The incident reference and the time (default now) of `sla respond|resolve`. */
function parseUpdate(
  args: string,
  step: Step,
  now: Temporal.Instant,
  zone: string,
): { typed: string; at: Temporal.Instant } {
  const { form, example } = FORMS[step]
  const tokens = scanTokens(args)
  const typed = tokens[0]?.text ?? ''
  const whenText = tokens[0]
    ? args
        .slice(tokens[0].end)
        .trim()
        .replace(/^at\s+/i, '')
    : ''
  if (whenText === '') return { typed, at: now }
  const at = parseWhen(whenText, now, zone)
  if (!at)
    throw new UserError(
      `I could not read "${whenText}" as a time; try 9:40, yesterday 3pm or 2h ago.`,
      form,
      example,
    )
  return { typed, at }
}

async function update(step: Step, request: Request, context: Context): Promise<Reply> {
  const { store, clock, config } = context
  const { form, example, field, past } = FORMS[step]
  const now = clock.now()
  const zone = config.TICKLER_TIMEZONE
  const { typed, at } = parseUpdate(request.args, step, now, zone)
  requireIncident(store, typed, form, example)

  const incident = await store.transact(
    { who: request.user, at: now, action: `sla ${step}`, requestId: request.requestId },
    (tx): Incident => {
      // Read again inside the change: another request may have resolved it meanwhile.
      const current = requireIncident(tx, typed, form, example)
      const already = current[field]
      if (already) {
        throw new UserError(
          `${current.id} was already ${past} at ${localDateTime(Temporal.Instant.from(already), zone)}; nothing was changed.`,
          form,
          example,
        )
      }
      const next: Incident = { ...current, [field]: storedInstant(at) }
      const problem = incidentTimesProblem(
        {
          started: Temporal.Instant.from(next.started),
          responded: next.responded ? Temporal.Instant.from(next.responded) : null,
          resolved: next.resolved ? Temporal.Instant.from(next.resolved) : null,
        },
        zone,
        now,
      )
      if (problem) throw new UserError(problem, form, example)
      tx.put('incidents', next)
      return next
    },
  )
  const word = step === 'respond' ? 'responded' : 'resolved'
  return incidentReply(store, incident, config, now, {
    title: `${incident.id} ${word} at ${localDateTime(at, zone)}`,
  })
}

export const slaRespond = (request: Request, context: Context) => update('respond', request, context)
export const slaResolve = (request: Request, context: Context) => update('resolve', request, context)
export const RESPOND_FORM = FORMS.respond
export const RESOLVE_FORM = FORMS.resolve
