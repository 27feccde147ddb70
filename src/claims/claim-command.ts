// `sla claim <vendor> [contract <title>] <month> [ref <text>]` (SPEC §12): records that a month's
// service credit was claimed from the vendor, so it leaves `sla claims`, the agenda and the claim
// reminders. For the contract's owner (or the vendor's) and admins. A write never acts on a guess:
// several contracts with a credit that month give a pick list, and nothing is stored.
import { Temporal } from 'temporal-polyfill'
import type { Command, Context, Permission, Request } from '../commands/command.ts'
import { contractsOfVendor } from '../contracts/contracts-by-vendor.ts'
import { todayOf } from '../contracts/today.ts'
import { type Claim, ClaimSchema, claimId } from '../domain/claim.ts'
import type { Contract } from '../domain/contract.ts'
import { formatDecimal, formatMoney, toDecimal } from '../domain/money.ts'
import { textProblem } from '../domain/text.ts'
import type { Vendor } from '../domain/vendor.ts'
import { PickListError, UserError } from '../errors/errors.ts'
import { quote } from '../parse/tokens.ts'
import { assertAllowed } from '../permissions/roles.ts'
import { pickList } from '../reply/pick-list.ts'
import { answer, type Reply } from '../reply/reply.ts'
import { namedContract } from '../sla/target-contract.ts'
import { localDate } from '../time/zone.ts'
import { readClaimLine } from './claim-grammar.ts'
import { claimName, claimWindowText } from './claim-line.ts'
import { monthEnded, monthLabel } from './claim-month.ts'
import { creditRow, type UnclaimedCredit } from './unclaimed.ts'

export const CLAIM_FORM = 'sla claim <vendor> [contract <title>] <month> [ref <text>]'
const EXAMPLE = 'sla claim Contoso october ref CASE-4471'
const USAGE = { form: CLAIM_FORM, example: EXAMPLE }
export const CLAIM_PERMISSION: Permission = { role: 'owner', action: 'record service credit claims' }

async function slaClaim(request: Request, context: Context): Promise<Reply> {
  const { store, config } = context
  const now = context.clock.now()
  const today = todayOf(context)
  const line = readClaimLine(store, request.args, today, {
    ...USAGE,
    command: 'sla claim',
    write: true,
    ref: true,
  })
  const { vendor, month } = line
  if (!monthEnded(month, today)) {
    throw new UserError(
      `${monthLabel(month)} has not ended yet; a month's service credit is claimed after the month ends.`,
      CLAIM_FORM,
      EXAMPLE,
    )
  }
  const refProblem = line.ref ? textProblem(ClaimSchema.shape.ref, line.ref) : undefined
  if (refProblem) throw new UserError(`The reference ${refProblem}.`, CLAIM_FORM, EXAMPLE)

  const contract =
    line.contractTitle === null
      ? creditedContract(context, vendor, month, line.ref)
      : namedContract(store, vendor, line.contractTitle, USAGE)
  const already = store.get('claims', claimId(contract.id, month))
  if (already) {
    const on = localDate(Temporal.Instant.from(already.claimedAt), config.TICKLER_TIMEZONE)
    const ref = already.ref ? `, ref ${already.ref}` : ''
    throw new UserError(
      `${vendor.name} — ${contract.title}, ${monthLabel(month)} was already claimed on ${on} by ${already.claimedBy}${ref} (${formatDecimal(already.amount, already.currency)}).`,
      CLAIM_FORM,
      EXAMPLE,
    )
  }
  const row = creditRow(store, config, now, contract, month)
  if (!row) {
    throw new UserError(
      `${vendor.name} — ${contract.title} has no service credit for ${monthLabel(month)}, so there is nothing to claim.`,
      CLAIM_FORM,
      EXAMPLE,
    )
  }
  assertAllowed(request, context, CLAIM_PERMISSION, { vendor, contract })

  const claim: Claim = {
    id: claimId(contract.id, month),
    contractId: contract.id,
    month,
    ref: line.ref,
    amount: toDecimal(row.minor, row.currency),
    currency: row.currency,
    claimedBy: request.user,
    claimedAt: now.toString({ smallestUnit: 'second' }),
  }
  await store.transact(
    { who: request.user, at: now, action: 'sla claim', requestId: request.requestId },
    (tx) => tx.put('claims', claim),
  )
  return answer({
    title: `Claimed: ${claimName(row)}, ${formatMoney(row.minor, row.currency)}`,
    text: [
      ...(line.note ? [line.note] : []),
      `Recorded${line.ref ? ` with ref ${line.ref}` : ''} (the window was: ${claimWindowText(row, today)}). No more claim reminders for it.`,
    ],
  })
}

/**
 * Without `contract <title>`: the vendor's one contract with an unclaimed credit that month. Several
 * give a pick list carrying the whole command (nothing is stored); none is a specific refusal.
 */
function creditedContract(context: Context, vendor: Vendor, month: string, ref: string): Contract {
  const { store, config } = context
  const now = context.clock.now()
  const own = contractsOfVendor(store, vendor.id)
  const open: UnclaimedCredit[] = own
    .filter((c) => !store.get('claims', claimId(c.id, month)))
    .flatMap((c) => creditRow(store, config, now, c, month) ?? [])
  if (open.length === 1) return open[0]!.contract
  if (open.length === 0) {
    const claimed = own.find((c) => store.get('claims', claimId(c.id, month)))
    // One already claimed: let the caller say when and by whom.
    if (claimed && own.length === 1) return claimed
    const already = claimed ? ` (${claimed.title} is already claimed)` : ''
    throw new UserError(
      `${vendor.name} has no unclaimed service credit for ${monthLabel(month)}${already}; see sla claims.`,
      CLAIM_FORM,
      EXAMPLE,
    )
  }
  const tail = ref ? ` ref ${quote(ref)}` : ''
  throw new PickListError(
    pickList(
      `${vendor.name} has ${open.length} contracts with an unclaimed credit for ${monthLabel(month)}: which one was claimed?`,
      open.map((row) => ({
        text: `${claimName(row)}: ${formatMoney(row.minor, row.currency)}`,
        label: row.contract.title,
        command: `sla claim ${quote(vendor.name)} contract ${quote(row.contract.title)} ${month}${tail}`,
      })),
      ['Nothing was recorded. Pick the contract, or add contract <title> after the vendor.'],
    ),
  )
}

export const claimCommand: Command = {
  name: 'sla claim',
  usage: CLAIM_FORM,
  summary: "Record that a month's service credit was claimed from the vendor (owner or admin).",
  examples: [EXAMPLE, 'sla claim Globex contract "Support EU" 2026-09'],
  writes: true,
  permission: CLAIM_PERMISSION,
  phrasings: ['we claimed the service credit', 'credit claim sent'],
  handler: slaClaim,
}
