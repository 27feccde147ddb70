// Turns one audit entry into a readable line: what changed, field by field.
import type { AuditEntry } from '../domain/audit.ts'

const HIDDEN_FIELDS = new Set(['id', 'vendorId', 'contractId'])

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)'
  if (typeof value === 'string') return value
  return JSON.stringify(value)
}

/** "endDate 2027-03-31 → 2028-03-31; annualValue 1000.00 → 1200.00", or "added" / "removed". */
export function describeChange(entry: AuditEntry): string {
  const before = entry.before as Record<string, unknown> | null
  const after = entry.after as Record<string, unknown> | null
  if (!before && after) return 'added'
  if (before && !after) return 'removed'
  if (!before || !after) return 'changed'
  const keys = new Set([...Object.keys(before), ...Object.keys(after)])
  const changes: string[] = []
  for (const key of keys) {
    if (HIDDEN_FIELDS.has(key)) continue
    const a = JSON.stringify(before[key] ?? null)
    const b = JSON.stringify(after[key] ?? null)
    if (a !== b) changes.push(`${key} ${show(before[key])} → ${show(after[key])}`)
  }
  return changes.length > 0 ? changes.join('; ') : 'no field changed'
}

/** A short name for the record an entry concerns, from whichever side still exists. */
export function recordLabel(entry: AuditEntry): string {
  const record = (entry.after ?? entry.before) as Record<string, unknown> | null
  const name =
    record?.name ?? record?.title ?? record?.kind ?? record?.priority ?? record?.month ?? entry.recordId
  return `${entry.collection.replace(/s$/, '')} ${String(name)}`
}
