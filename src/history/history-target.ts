// What `history <vendor|incident|contract>` is about: a record of the register or of the audit
// trail (a removed vendor, contract or check is found by the name it last had), with everything
// that belonged to it. `<vendor> <contract>` and `<vendor> <check>` name one record of a vendor.
import { nameKey } from '../domain/normalize.ts'
import { findVendor } from '../lookup/vendor-lookup.ts'
import { quote, scanTokens } from '../parse/tokens.ts'
import type { AuditLookup } from '../store/audit-trail.ts'
import type { StoreView } from '../store/store.ts'
import {
  type AuditedRecord,
  contractRecords,
  field,
  KnownRecords,
  type RecordSet,
  recordKey,
  text,
  vendorRecords,
} from './audited-records.ts'

export interface Choice {
  text: string
  command: string
}

export type HistoryTarget =
  | { kind: 'records'; title: string; records: RecordSet }
  | { kind: 'choices'; choices: Choice[] }
  | { kind: 'none'; nearest: string[] }

export function historyTarget(view: StoreView, lookup: AuditLookup, query: string): HistoryTarget {
  const known = new KnownRecords(view, lookup)
  const key = nameKey(query)
  const vendorName = (id: string) => field(known.vendor(id) ?? NO_RECORD, 'name')
  const contractTarget = (c: AuditedRecord): HistoryTarget => ({
    kind: 'records',
    title: `History of ${vendorName(field(c, 'vendorId'))} › ${field(c, 'title')}${gone(c)}`,
    records: contractRecords(known, c.id),
  })
  const vendorTarget = (v: AuditedRecord): HistoryTarget => ({
    kind: 'records',
    title: `History of ${field(v, 'name')}${gone(v)}`,
    records: vendorRecords(known, v.id),
  })

  const contracts = known.inTrailOrder(known.contractsTitled(key))
  if (contracts.length === 1) return contractTarget(contracts[0]!)

  const match = findVendor(view, query)
  if (match.kind === 'exact') return vendorTarget(liveVendor(match.vendor))
  const removed = removedVendors(known, key)
  if (removed.length === 1) return vendorTarget(removed[0]!)

  const inVendor = recordOfVendor(view, known, query)
  if (inVendor) return inVendor.collection === 'contracts' ? contractTarget(inVendor) : checkTarget(inVendor)

  if (match.kind === 'fuzzy') return vendorTarget(liveVendor(match.vendor))
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
    const same = known.inTrailOrder(
      known.where(
        'riskChecks',
        (r) => text(r, 'vendorId') === vendorId && text(r, 'kind') === field(check, 'kind'),
      ),
    )
    return {
      kind: 'records',
      title: `History of ${vendorName(vendorId)} › ${field(check, 'kind')} check${same.every((r) => r.removed) ? ' (removed)' : ''}`,
      records: new Map(
        same.map((r) => [recordKey(r.collection, r.id), { collection: r.collection, id: r.id }]),
      ),
    }
  }
}

const NO_RECORD: AuditedRecord = { collection: '', id: '', last: {}, removed: false }

function gone(record: AuditedRecord): string {
  return record.removed ? ' (removed)' : ''
}

function liveVendor(vendor: { id: string; name: string }): AuditedRecord {
  return { collection: 'vendors', id: vendor.id, last: vendor, removed: false }
}

/** Removed vendors whose last name or alias is `key`, in the order they were added. */
function removedVendors(known: KnownRecords, key: string): AuditedRecord[] {
  const named = known.removedFrom('vendors').filter(({ last }) => {
    const aliases = Array.isArray(last.aliases) ? last.aliases : []
    return [text(last, 'name'), ...aliases].some((n) => typeof n === 'string' && nameKey(n) === key)
  })
  return known.inTrailOrder(named)
}

/**
 * `<vendor> <contract title>` or `<vendor> <check kind>`, the vendor live or removed, each part
 * quoted or not: the one contract or check it names, or undefined.
 */
function recordOfVendor(view: StoreView, known: KnownRecords, query: string): AuditedRecord | undefined {
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
      match.kind === 'exact' ? [match.vendor.id] : removedVendors(known, nameKey(vendorText)).map((v) => v.id)
    if (ids.length === 0) continue
    const found = known.inTrailOrder([
      ...known.where(
        'contracts',
        (c) => ids.includes(text(c, 'vendorId')) && nameKey(text(c, 'title')) === nameKey(rest),
      ),
      ...known.where(
        'riskChecks',
        (c) => ids.includes(text(c, 'vendorId')) && text(c, 'kind') === rest.toLowerCase(),
      ),
    ])
    // The live record first, so a check removed and added again is named by its present one.
    if (found.length > 0) return found.find((r) => !r.removed) ?? found[found.length - 1]
  }
  return undefined
}
