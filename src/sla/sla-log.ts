// `sla log <vendor> [contract <title>] <P1-P4> <summary> [started <when>] [responded <when>] [resolved <when>]`
import type { Context, Request } from '../commands/command.ts'
import type { Contract } from '../domain/contract.ts'
import type { Incident, Priority } from '../domain/sla.ts'
import type { Vendor } from '../domain/vendor.ts'
import { UserError } from '../errors/errors.ts'
import { requireVendor } from '../lookup/vendor-argument.ts'
import { quote } from '../parse/tokens.ts'
import { parseWhen } from '../parse/when.ts'
import type { Reply } from '../reply/reply.ts'
import { localDate } from '../time/zone.ts'
import { chooseLogContract } from './contract-choice.ts'
import { nextIncidentId } from './incident-id.ts'
import { incidentTimesProblem, storedInstant } from './incident-times.ts'
import { incidentReply } from './incident-view.ts'
import { describeTarget } from './sla-format.ts'
import { isLogStopWord, LOG_EXAMPLE, LOG_FORM, parseLogTail } from './sla-log-grammar.ts'
import { targetFor, targetsOf } from './targets.ts'

export async function slaLog(request: Request, context: Context): Promise<Reply> {
  const { store, clock, config } = context
  const now = clock.now()
  const zone = config.TICKLER_TIMEZONE
  const { vendor, rest, note } = requireVendor(store, request.args, {
    write: true,
    command: 'sla log',
    form: LOG_FORM,
    example: LOG_EXAMPLE,
    isStop: isLogStopWord,
  })
  const line = parseLogTail(rest, (text) => parseWhen(text, now, zone))
  const started = line.started ?? now
  const problem = incidentTimesProblem(
    { started, responded: line.responded, resolved: line.resolved },
    zone,
    now,
  )
  if (problem) {
    const hint = line.started ? '' : ' Without "started <when>" the incident starts now.'
    throw new UserError(
      `${problem}${problem.includes('before the incident started') ? hint : ''}`,
      LOG_FORM,
      LOG_EXAMPLE,
    )
  }

  const choice = chooseLogContract(store, vendor, line.priority, line.contractTitle, localDate(now, zone))
  if (choice.kind === 'several') {
    return pickContract(store, vendor, choice.contracts, line.priority, rest, choice.withoutTargets)
  }
  const contract = choice.contract

  const incident = await store.transact(
    { who: request.user, at: now, action: 'sla log', requestId: request.requestId },
    (tx): Incident => {
      const record: Incident = {
        id: nextIncidentId(tx),
        vendorId: vendor.id,
        contractId: contract.id,
        priority: line.priority,
        summary: line.summary,
        started: storedInstant(started),
        responded: line.responded ? storedInstant(line.responded) : null,
        resolved: line.resolved ? storedInstant(line.resolved) : null,
        loggedBy: request.user,
      }
      tx.put('incidents', record)
      return record
    },
  )
  const reply = incidentReply(store, incident, config, now, {
    title: `Logged ${incident.id}: ${vendor.name} — ${contract.title}, ${incident.priority} ${incident.summary}`,
    ...(note ? { note } : {}),
  })
  if (targetsOf(store, contract.id).length > 0) return reply
  const why = `${contract.title} has no SLA targets, so this incident has no response or resolution clock and earns no service credit.`
  return { ...reply, text: [...(reply.text ?? []), why] }
}

/** Several contracts could carry the incident: a pick list whose buttons carry the exact command. */
function pickContract(
  store: Context['store'],
  vendor: Vendor,
  contracts: Contract[],
  priority: Priority,
  rest: string,
  withoutTargets = false,
): Reply {
  const which = withoutTargets ? ', none with SLA targets' : ' with SLA targets'
  return {
    status: 'ok',
    title: `${vendor.name} has ${contracts.length} active contracts${which}: which one is the ${priority} incident against?`,
    text: ['Nothing was logged. Pick a contract, or add contract <title> after the vendor.'],
    sections: [
      {
        items: contracts.map((c) => {
          const target = targetFor(store, c.id, priority)
          return {
            text: `${vendor.name} — ${c.title}: ${target ? describeTarget(target) : `no ${priority} target`}`,
            actions: [
              {
                label: 'Log here',
                command: `sla log ${quote(vendor.name)} contract ${quote(c.title)} ${rest}`,
              },
            ],
          }
        }),
      },
    ],
  }
}
