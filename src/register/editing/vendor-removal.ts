// What leaves the register with a vendor: its (ended) contracts with their SLA targets, incidents
// and deadline actions, and its risk checks. The audit trail keeps each as it was; the delivery
// ledger is bookkeeping and stays, so a post is never repeated.
import { isEnded } from '../../contracts/current-term.ts'
import { UserError } from '../../errors/errors.ts'
import type { Transaction } from '../../store/store.ts'
import type { CalendarDate } from '../../time/calendar-date.ts'

export interface Removed {
  'ended contracts': number
  'SLA targets': number
  incidents: number
  'risk checks': number
}

export function removeVendorRecords(tx: Transaction, vendorId: string, today: CalendarDate): Removed {
  const contracts = tx.all('contracts').filter((c) => c.vendorId === vendorId)
  if (contracts.some((c) => !isEnded(c, today))) {
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
