// `sla statement <vendor> [contract <title>] <month>` (SPEC §12): the claim statement of one
// contract's month, as a CSV file and a short summary. Its total is the figure `sla report` shows
// for that contract and month (both come from credit-months.ts).

import { Temporal } from 'temporal-polyfill'
import type { Command, Context, Request } from '../commands/command.ts'
import { contractsOfVendor } from '../contracts/contracts-by-vendor.ts'
import { todayOf } from '../contracts/today.ts'
import { formatAvailability } from '../domain/availability.ts'
import { claimId } from '../domain/claim.ts'
import type { Contract } from '../domain/contract.ts'
import { isActive } from '../domain/current-term.ts'
import { formatDecimal, formatMoney } from '../domain/money.ts'
import type { Vendor } from '../domain/vendor.ts'
import { PickListError, UserError } from '../errors/errors.ts'
import { quote } from '../parse/tokens.ts'
import { pickList } from '../reply/pick-list.ts'
import { answer, type Reply, type Text } from '../reply/reply.ts'
import { type ContractMonth, contractMonth, monthsWithEvents } from '../sla/credit-months.ts'
import { namedContract } from '../sla/target-contract.ts'
import type { StoreView } from '../store/store.ts'
import { localDate } from '../time/zone.ts'
import { readClaimLine } from './claim-grammar.ts'
import { claimWindowText } from './claim-line.ts'
import { claimDeadline, monthEnded, monthLabel } from './claim-month.ts'
import { statementCsv } from './statement-csv.ts'

export const STATEMENT_FORM = 'sla statement <vendor> [contract <title>] <month>'
const EXAMPLE = 'sla statement Contoso october'
const USAGE = { form: STATEMENT_FORM, example: EXAMPLE }

function slaStatement(request: Request, context: Context): Reply {
  const { store, config } = context
  const now = context.clock.now()
  const today = todayOf(context)
  const zone = config.TICKLER_TIMEZONE
  const line = readClaimLine(store, request.args, today, {
    ...USAGE,
    command: 'sla statement',
    write: false,
    ref: false,
  })
  const { vendor, month } = line
  const contract =
    line.contractTitle === null
      ? statementContract(store, vendor, month, today, zone)
      : namedContract(store, vendor, line.contractTitle, USAGE)
  const figures = contractMonth(store, config, now, contract, month)
  const name = `${vendor.name} — ${contract.title}, ${monthLabel(month)}`
  const credit = figures.credit ? formatMoney(figures.credit.minor, figures.credit.currency) : null
  const text: Text[] = [
    ...(line.note ? [line.note] : []),
    summaryLine(figures),
    figures.credit
      ? `Credit: ${figures.credit.working}`
      : 'No service credit: the contract has no monthly fee or credit terms.',
    claimStatus(store, figures, today, zone),
  ]
  return answer({
    title: `SLA claim statement: ${name}`,
    text,
    footer: [`Service credit for ${monthLabel(month)}: ${credit ?? formatMoney(0n, contract.currency)}`],
    attachment: {
      name: `sla-statement-${slug(vendor.name)}-${slug(contract.title)}-${month}.csv`,
      mediaType: 'text/csv',
      content: statementCsv(figures, zone),
      asOf: now.toString(),
    },
  })
}

function summaryLine(f: ContractMonth): string {
  const incidents = `${f.incidents.length} ${f.incidents.length === 1 ? 'incident' : 'incidents'}`
  const breaches = `${f.breaches} ${f.breaches === 1 ? 'breach' : 'breaches'}`
  const availability = f.availability ? `; availability ${formatAvailability(f.availability.percent)}` : ''
  return `${incidents}, ${breaches}${availability}.`
}

function claimStatus(view: StoreView, f: ContractMonth, today: string, zone: string): string {
  const claim = view.get('claims', claimId(f.contract.id, f.month))
  if (claim) {
    const on = localDate(Temporal.Instant.from(claim.claimedAt), zone)
    const ref = claim.ref ? `, ref ${claim.ref}` : ''
    return `Claimed on ${on} by ${claim.claimedBy}${ref} (${formatDecimal(claim.amount, claim.currency)}).`
  }
  if (!monthEnded(f.month, today))
    return `${monthLabel(f.month)} has not ended: the figures may still change.`
  const deadline = claimDeadline(f.contract, f.month)
  const window = claimWindowText({ deadline }, today)
  return `Not claimed yet: ${window}.`
}

/** "Managed network" → "managed-network"; the file name stays plain ASCII. */
function slug(text: string): string {
  const plain = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return plain.slice(0, 60) || 'x'
}

/**
 * The contract a statement is about, when none is named: the vendor's one contract with incidents
 * or outages that month, else its one active contract; several give a pick list.
 */
function statementContract(
  view: StoreView,
  vendor: Vendor,
  month: string,
  today: string,
  zone: string,
): Contract {
  const own = contractsOfVendor(view, vendor.id)
  const busy = own.filter((c) => monthsWithEvents(view, c, zone).includes(month))
  const choices = busy.length > 0 ? busy : own.filter((c) => isActive(c, today))
  if (choices.length === 1) return choices[0]!
  if (choices.length === 0) {
    throw new UserError(
      `${vendor.name} has no incidents or outages in ${monthLabel(month)} and no active contract; name one with contract <title>.`,
      STATEMENT_FORM,
      EXAMPLE,
    )
  }
  const sorted = [...choices].sort((a, b) => a.title.localeCompare(b.title, 'en'))
  throw new PickListError(
    pickList(
      `${vendor.name} has ${choices.length} contracts${busy.length > 0 ? ` with incidents or outages in ${monthLabel(month)}` : ''}: which statement?`,
      sorted.map((c) => ({
        text: `${vendor.name} — ${c.title}`,
        label: c.title,
        command: `sla statement ${quote(vendor.name)} contract ${quote(c.title)} ${month}`,
      })),
    ),
  )
}

export const statementCommand: Command = {
  name: 'sla statement',
  usage: STATEMENT_FORM,
  summary:
    "A month's claim statement for a contract: every incident, its targets and breaches, and the credit arithmetic, as a CSV file.",
  examples: [EXAMPLE, 'sla statement Globex contract "Support EU" 2026-09'],
  writes: false,
  phrasings: ['claim statement for', 'service credit statement', 'evidence for the credit claim'],
  handler: slaStatement,
}
