// What `history <vendor|incident|contract>` is about: a record of the register or of the audit
// trail (a removed vendor, contract or check is found by the name it last had), with everything
// that belonged to it. `<vendor> <contract>` and `<vendor> <check>` name one record of a vendor.
import { nameKey } from '../domain/normalize.ts'
import { findVendor } from '../lookup/vendor-lookup.ts'
import { quote, scanTokens } from '../parse/tokens.ts'
import type { StoreView } from '../store/store.ts'
import {
  type AuditedRecord,
  auditedRecords,
  contractRecordKeys,
  field,
  recordKey,
  vendorRecordKeys,
} from './audited-records.ts'

export interface Choice {
  text: string
  command: string
}

export type HistoryTarget =
  | { kind: 'records'; title: string; keys: Set<string> }
  | { kind: 'choices'; choices: Choice[] }
  | { kind: 'none'; nearest: string[] }

export function historyTarget(view: StoreView, query: string): HistoryTarget {
  const records = auditedRecords(view)
  const key = nameKey(query)
  const vendorName = (id: string) =>
    field(records.find((r) => r.collection === 'vendors' && r.id === id) ?? NO_RECORD, 'name')
  const contractTarget = (c: AuditedRecord): HistoryTarget => ({
    kind: 'records',
    title: `History of ${vendorName(field(c, 'vendorId'))} › ${field(c, 'title')}${gone(c)}`,
    keys: contractRecordKeys(records, c.id),
  })
  const vendorTarget = (v: AuditedRecord): HistoryTarget => ({
    kind: 'records',
    title: `History of ${field(v, 'name')}${gone(v)}`,
    keys: vendorRecordKeys(records, v.id),
  })

  const contracts = records.filter((r) => r.collection === 'contracts' && nameKey(field(r, 'title')) === key)
  if (contracts.length === 1) return contractTarget(contracts[0]!)

  const match = findVendor(view, query)
  const live = (id: string) => records.find((r) => r.collection === 'vendors' && r.id === id)
  if (match.kind === 'exact') return vendorTarget(live(match.vendor.id) ?? liveOnly(match.vendor))
  const removed = removedVendors(records, key)
  if (removed.length === 1) return vendorTarget(removed[0]!)

  const inVendor = recordOfVendor(view, records, query)
  if (inVendor) return inVendor.collection === 'contracts' ? contractTarget(inVendor) : checkTarget(inVendor)

  if (match.kind === 'fuzzy') return vendorTarget(live(match.vendor.id) ?? liveOnly(match.vendor))
  const choices: Choice[] = [
    ...(match.kind === 'ambiguous' ? match.candidates.map((v) => v.name) : []),
    ...removed.map((v) => field(v, 'name')),
  ].map((name) => ({ text: name, command: `history ${quote(name)}` }))
  for (const c of contracts) {
    const vendor = vendorName(field(c, 'vendorId'))
    choices.push({
      text: `${vendor} — ${field(c, 'title')}${gone(c)}`,
      command: `history ${quote(vendor)} ${quote(field(c, 'title'))}`,
    })
  }
  if (choices.length > 0) return { kind: 'choices', choices }
  return { kind: 'none', nearest: match.kind === 'none' ? match.nearest.map((v) => v.name) : [] }

  function checkTarget(check: AuditedRecord): HistoryTarget {
    const vendorId = field(check, 'vendorId')
    const same = records.filter(
      (r) =>
        r.collection === 'riskChecks' &&
        field(r, 'vendorId') === vendorId &&
        field(r, 'kind') === field(check, 'kind'),
    )
    return {
      kind: 'records',
      title: `History of ${vendorName(vendorId)} › ${field(check, 'kind')} check${same.every((r) => r.removed) ? ' (removed)' : ''}`,
      keys: new Set(same.map((r) => recordKey(r.collection, r.id))),
    }
  }
}

const NO_RECORD: AuditedRecord = { collection: '', id: '', last: {}, removed: false }

function gone(record: AuditedRecord): string {
  return record.removed ? ' (removed)' : ''
}

/** A live vendor the trail does not know (written before auditing): just its own record. */
function liveOnly(vendor: { id: string; name: string }): AuditedRecord {
  return { collection: 'vendors', id: vendor.id, last: vendor, removed: false }
}

/** Removed vendors whose last name or alias is `key`. */
function removedVendors(records: readonly AuditedRecord[], key: string): AuditedRecord[] {
  return records.filter((r) => {
    if (r.collection !== 'vendors' || !r.removed) return false
    const aliases = Array.isArray(r.last.aliases) ? r.last.aliases : []
    return [field(r, 'name'), ...aliases].some((n) => typeof n === 'string' && nameKey(n) === key)
  })
}

/**
 * `<vendor> <contract title>` or `<vendor> <check kind>`, the vendor live or removed, each part
 * quoted or not: the one contract or check it names, or undefined.
 */
function recordOfVendor(
  view: StoreView,
  records: readonly AuditedRecord[],
  query: string,
): AuditedRecord | undefined {
  const tokens = scanTokens(query)
  for (let split = tokens.length - 1; split >= 1; split--) {
    const vendorText = tokens
      .slice(0, split)
      .map((t) => t.text)
      .join(' ')
    const rest = tokens
      .slice(split)
      .map((t) => t.text)
      .join(' ')
    const match = findVendor(view, vendorText)
    const ids =
      match.kind === 'exact'
        ? [match.vendor.id]
        : removedVendors(records, nameKey(vendorText)).map((v) => v.id)
    const found = records.filter(
      (r) =>
        ids.includes(field(r, 'vendorId')) &&
        ((r.collection === 'contracts' && nameKey(field(r, 'title')) === nameKey(rest)) ||
          (r.collection === 'riskChecks' && field(r, 'kind') === rest.toLowerCase())),
    )
    // The live record first, so a check removed and added again is named by its present one.
    if (found.length > 0) return found.find((r) => !r.removed) ?? found[found.length - 1]
  }
  return undefined
}
