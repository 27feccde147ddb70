// `vendor remove <vendor>`, refused while the vendor has a contract that has not ended. What
// leaves the register with a vendor: its (ended) contracts with their SLA targets, incidents
// and deadline actions, and its risk checks. The audit trail keeps each as it was; the delivery
// ledger is bookkeeping and stays, so a post is never repeated.
import type { Context, Request } from '../../commands/command.ts'
import { todayOf } from '../../contracts/today.ts'
import type { Contract } from '../../domain/contract.ts'
import { isEnded } from '../../domain/current-term.ts'
import { UserError } from '../../errors/errors.ts'
import { requireVendor } from '../../lookup/vendor-argument.ts'
import { quote } from '../../parse/tokens.ts'
import { assertAllowed } from '../../permissions/roles.ts'
import { answer, type Reply } from '../../reply/reply.ts'
import type { Transaction } from '../../store/store.ts'
import type { CalendarDate } from '../../time/calendar-date.ts'
import { change, type RegisterUsage } from './register-reply.ts'

export const REMOVE: RegisterUsage = {
  form: 'vendor remove <vendor>',
  example: 'vendor remove Northwind',
  permission: { role: 'admin', action: 'remove vendors' },
}

export interface Removed {
  'ended contracts': number
  'SLA targets': number
  incidents: number
  'risk checks': number
}

/**
 * Keeps its vendor in the register: not ended, or ended by a command on a day still to come (a
 * contract ended "on" next month's date has left the countdowns but still runs until then).
 */
function stillRuns(contract: Contract, today: CalendarDate): boolean {
  return !isEnded(contract, today) || endsLater(contract, today)
}

function endsLater(contract: Contract, today: CalendarDate): boolean {
  return contract.status === 'ended' && (contract.endedOn ?? contract.endDate) > today
}

export function removeVendorRecords(tx: Transaction, vendorId: string, today: CalendarDate): Removed {
  const contracts = tx.all('contracts').filter((c) => c.vendorId === vendorId)
  if (contracts.some((c) => stillRuns(c, today))) {
    // Checked before the change too; this guards against a contract added meanwhile.
    throw new UserError('A contract of this vendor was added or reopened meanwhile. Nothing was changed.')
  }
  const ids = new Set(contracts.map((c) => c.id))
  const removed: Removed = { 'ended contracts': 0, 'SLA targets': 0, incidents: 0, 'risk checks': 0 }
  for (const t of tx.all('slaTargets').filter((t) => ids.has(t.contractId))) {
    tx.remove('slaTargets', t.id)
    removed['SLA targets']++
  }
  for (const i of tx.all('incidents').filter((i) => i.vendorId === vendorId || ids.has(i.contractId))) {
    tx.remove('incidents', i.id)
    removed.incidents++
  }
  for (const a of tx.all('deadlineActions').filter((a) => ids.has(a.contractId)))
    tx.remove('deadlineActions', a.id)
  for (const c of tx.all('riskChecks').filter((c) => c.vendorId === vendorId)) {
    tx.remove('riskChecks', c.id)
    removed['risk checks']++
  }
  for (const c of contracts) {
    tx.remove('contracts', c.id)
    removed['ended contracts']++
  }
  tx.remove('vendors', vendorId)
  return removed
}

export async function vendorRemove(request: Request, context: Context): Promise<Reply> {
  assertAllowed(request, context, REMOVE.permission)
  const { vendor, rest } = requireVendor(context.store, request.args, {
    write: true,
    command: 'vendor remove',
    form: REMOVE.form,
    example: REMOVE.example,
  })
  if (rest !== '') {
    throw new UserError(
      `I found ${vendor.name} but did not understand "${rest}" after it.`,
      REMOVE.form,
      REMOVE.example,
    )
  }
  const today = todayOf(context)
  const open = context.store.all('contracts').filter((c) => c.vendorId === vendor.id && stillRuns(c, today))
  if (open.length > 0) {
    const named = open.map((c) =>
      endsLater(c, today) ? `${c.title} (ends ${c.endedOn ?? c.endDate})` : c.title,
    )
    throw new UserError(
      `${vendor.name} still has ${open.length} contract${open.length === 1 ? '' : 's'} that ${open.length === 1 ? 'has' : 'have'} not ended: ${named.join(', ')}. End ${open.length === 1 ? 'it' : 'them'} first with contract end. Nothing was changed.`,
      REMOVE.form,
      `contract end ${quote(open[0]!.title)}`,
    )
  }
  const removed = await context.store.transact(change(request, context, 'vendor remove'), (tx) =>
    removeVendorRecords(tx, vendor.id, today),
  )
  const parts = Object.entries(removed)
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${n} ${what}`)
  return answer({
    title: `Vendor removed: ${vendor.name}`,
    text: [
      parts.length > 0 ? `Removed with it: ${parts.join(', ')}.` : 'It had no contracts or risk checks.',
      `The audit trail keeps every record as it was (history ${quote(vendor.name)}).`,
    ],
    private: false,
  })
}
