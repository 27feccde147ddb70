// `sla downtime <vendor> [contract <title>] <from> to <to> [note]` (SPEC §12): records an outage of
// a contract's service; availability credits are computed from these. Anyone may record one, as
// anyone may log an incident (SPEC §6.1). The contract is the one named, else the vendor's one
// active contract with credit bands, else its one active contract; several give a pick list.
import { Temporal } from 'temporal-polyfill'
import type { Command, Context, Permission, Request } from '../commands/command.ts'
import { contractsOfVendor } from '../contracts/contracts-by-vendor.ts'
import { todayOf } from '../contracts/today.ts'
import { formatAvailability } from '../domain/availability.ts'
import type { Contract } from '../domain/contract.ts'
import { isActive } from '../domain/current-term.ts'
import { type Downtime, DowntimeSchema } from '../domain/downtime.ts'
import { textProblem } from '../domain/text.ts'
import type { Vendor } from '../domain/vendor.ts'
import { PickListError, UserError } from '../errors/errors.ts'
import { requireVendor } from '../lookup/vendor-argument.ts'
import { quote } from '../parse/tokens.ts'
import { parseWhen } from '../parse/when.ts'
import { assertAllowed } from '../permissions/roles.ts'
import { pickList } from '../reply/pick-list.ts'
import { answer, type Reply } from '../reply/reply.ts'
import type { StoreView } from '../store/store.ts'
import { localDateTime } from '../time/zone.ts'
import { bandsOfContract } from './by-contract.ts'
import { takeContractClause } from './contract-clause.ts'
import { contractMonth, monthOfInstant } from './credit-months.ts'
import { DOWNTIME_EXAMPLE, DOWNTIME_FORM, DOWNTIME_USAGE, readDowntimeLine } from './downtime-grammar.ts'
import { storedInstant } from './incident-times.ts'
import { formatMinutes } from './sla-format.ts'
import { namedContract } from './target-contract.ts'

const ANYONE: Permission = { role: 'anyone' }

async function slaDowntime(request: Request, context: Context): Promise<Reply> {
  const { store, config } = context
  const now = context.clock.now()
  const zone = config.TICKLER_TIMEZONE
  const {
    vendor,
    rest,
    note: vendorNote,
  } = requireVendor(store, request.args, {
    write: true,
    command: 'sla downtime',
    ...DOWNTIME_USAGE,
    // A date or a time ends the name too; other words are tried as part of it (longest match).
    isStop: (w) => /^(contract|from|\d{4}-\d{2}-\d{2}\S*|\d{1,2}(:\d{2})?(am|pm)?)$/i.test(w),
  })
  const clause = takeContractClause(store, vendor, rest, DOWNTIME_USAGE)
  const line = readDowntimeLine(clause.rest, now, (text, reference) => parseWhen(text, reference, zone))
  const show = (i: Temporal.Instant) => localDateTime(i, zone)
  if (Temporal.Instant.compare(line.to, line.from) <= 0) {
    throw new UserError(
      `The outage must end after it starts (${show(line.from)} to ${show(line.to)}).`,
      DOWNTIME_FORM,
      DOWNTIME_EXAMPLE,
    )
  }
  if (Temporal.Instant.compare(line.to, now) > 0) {
    throw new UserError(
      `The end ${show(line.to)} is in the future (now is ${show(now)}): record an outage once it is over.`,
      DOWNTIME_FORM,
      DOWNTIME_EXAMPLE,
    )
  }
  const noteProblem = line.note ? textProblem(DowntimeSchema.shape.note, line.note) : undefined
  if (noteProblem) throw new UserError(`The note ${noteProblem}.`, DOWNTIME_FORM, DOWNTIME_EXAMPLE)
  const contract =
    clause.title === null
      ? downtimeContract(store, vendor, todayOf(context), clause.rest)
      : namedContract(store, vendor, clause.title, DOWNTIME_USAGE)
  assertAllowed(request, context, ANYONE, { vendor, contract })

  const record = await store.transact(
    { who: request.user, at: now, action: 'sla downtime', requestId: request.requestId },
    (tx): Downtime => {
      const outage: Downtime = {
        id: `DT-${String(tx.next('downtime')).padStart(4, '0')}`,
        vendorId: vendor.id,
        contractId: contract.id,
        from: storedInstant(line.from),
        to: storedInstant(line.to),
        note: line.note,
        loggedBy: request.user,
      }
      tx.put('downtimes', outage)
      return outage
    },
  )
  const minutes = (line.to.epochMilliseconds - line.from.epochMilliseconds) / 60_000
  const text = [
    ...(vendorNote ? [vendorNote] : []),
    `${show(line.from)} to ${show(line.to)} (${formatMinutes(minutes)})${line.note ? `: ${line.note}` : ''}.`,
    ...availabilityNow(store, context, contract, record),
  ]
  return answer({ title: `Recorded ${record.id}: ${vendor.name} — ${contract.title} down`, text })
}

/** The availability of the months the outage touches, as they stand now. */
function availabilityNow(store: StoreView, context: Context, contract: Contract, outage: Downtime): string[] {
  const { config } = context
  const zone = config.TICKLER_TIMEZONE
  if (bandsOfContract(store, contract.id).length === 0) {
    return [`${contract.title} has no availability credit bands, so outages earn no availability credit.`]
  }
  const months = new Set([monthOfInstant(outage.from, zone), monthOfInstant(outage.to, zone)])
  return [...months].map((month) => {
    const m = contractMonth(store, config, context.clock.now(), contract, month)
    const a = m.availability!
    const band = a.band
      ? `below ${a.band.belowPercent}%, a ${a.band.creditPercent}% credit band`
      : 'no credit band'
    return `Availability ${month}: ${formatAvailability(a.percent)} (${band}).`
  })
}

function downtimeContract(view: StoreView, vendor: Vendor, today: string, tail: string): Contract {
  const active = contractsOfVendor(view, vendor.id).filter((c) => isActive(c, today))
  const banded = active.filter((c) => bandsOfContract(view, c.id).length > 0)
  const choices = banded.length > 0 ? banded : active
  if (choices.length === 1) return choices[0]!
  if (choices.length === 0) {
    throw new UserError(
      `${vendor.name} has no active contract; name the contract with contract <title>.`,
      DOWNTIME_FORM,
      DOWNTIME_EXAMPLE,
    )
  }
  const sorted = [...choices].sort((a, b) => a.title.localeCompare(b.title, 'en'))
  throw new PickListError(
    pickList(
      `${vendor.name} has ${choices.length} active contracts${banded.length > 0 ? ' with credit bands' : ''}: which one was down?`,
      sorted.map((c) => ({
        text: `${vendor.name} — ${c.title}`,
        label: c.title,
        command: `sla downtime ${quote(vendor.name)} contract ${quote(c.title)} ${tail}`,
      })),
      ['Nothing was recorded. Pick a contract, or add contract <title> after the vendor.'],
    ),
  )
}

export const downtimeCommand: Command = {
  name: 'sla downtime',
  usage: DOWNTIME_FORM,
  summary: "Record an outage of a contract's service; it counts against the month's availability.",
  examples: [DOWNTIME_EXAMPLE, 'sla downtime Acme contract "Cloud hosting" yesterday 22:00 to 01:30'],
  writes: true,
  permission: ANYONE,
  phrasings: ['the service was down', 'record an outage', 'log downtime'],
  handler: slaDowntime,
}
