// The audit trail as history reads it: the store's lookup (removed records kept aside, entries read
// per record) when it has one; otherwise, for a view that forwards only `audit` (a transaction),
// every entry once, filtered here.
import type { AuditEntry } from '../domain/audit.ts'
import { type AuditLookup, RemovedRecords } from '../store/audit-trail.ts'
import type { StoreView } from '../store/store.ts'

export function auditLookupOf(view: StoreView): AuditLookup {
  return view.auditLookup?.() ?? scanned(view)
}

function scanned(view: StoreView): AuditLookup {
  let all: readonly AuditEntry[] | undefined
  const entries = () => {
    all ??= view.audit()
    return all
  }
  return {
    removed() {
      const gone = new RemovedRecords()
      for (const entry of entries()) gone.note(entry)
      return gone.list()
    },
    entriesOf(records) {
      const keys = new Set(records.map((r) => `${r.collection}\u0000${r.id}`))
      return entries().filter((e) => keys.has(`${e.collection}\u0000${e.recordId}`))
    },
  }
}
