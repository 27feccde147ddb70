// Every record the audit trail knows, removed ones included, as it last was. The trail keeps a
// removed record's before, so history can still find a vendor, contract or check by the name it
// had when it went, and gather everything that belonged to it.
import type { StoreView } from '../store/store.ts'

export interface AuditedRecord {
  collection: string
  id: string
  /** The record after its last change, or before it when that change removed it. */
  last: Readonly<Record<string, unknown>>
  removed: boolean
}

/** One key per record: ids are unique within a collection only. */
export function recordKey(collection: string, id: string): string {
  return `${collection}/${id}`
}

export function auditedRecords(view: StoreView): AuditedRecord[] {
  const records = new Map<string, AuditedRecord>()
  for (const entry of view.audit()) {
    const state = entry.after ?? entry.before
    if (state === null || typeof state !== 'object') continue
    records.set(recordKey(entry.collection, entry.recordId), {
      collection: entry.collection,
      id: entry.recordId,
      last: state as Record<string, unknown>,
      removed: entry.after === null,
    })
  }
  return [...records.values()]
}

/** A string field of a record's last state ('' when absent). */
export function field(record: AuditedRecord, name: string): string {
  const value = record.last[name]
  return typeof value === 'string' ? value : ''
}

/** The keys of a vendor's records, the vendor's own included: its contracts, checks, incidents,
 * and what belongs to those contracts (SLA targets, reminder acknowledgements). */
export function vendorRecordKeys(records: readonly AuditedRecord[], vendorId: string): Set<string> {
  const contractIds = new Set(
    records.filter((r) => r.collection === 'contracts' && field(r, 'vendorId') === vendorId).map((r) => r.id),
  )
  const keys = new Set([recordKey('vendors', vendorId)])
  for (const r of records) {
    if (field(r, 'vendorId') === vendorId || contractIds.has(field(r, 'contractId')))
      keys.add(recordKey(r.collection, r.id))
  }
  return keys
}

/** The keys of a contract and of what belongs to it: SLA targets, incidents, acknowledgements. */
export function contractRecordKeys(records: readonly AuditedRecord[], contractId: string): Set<string> {
  const keys = new Set([recordKey('contracts', contractId)])
  for (const r of records) if (field(r, 'contractId') === contractId) keys.add(recordKey(r.collection, r.id))
  return keys
}
