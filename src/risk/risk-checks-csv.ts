// risk_checks.csv (SPEC §7): vendor, check, cadence_days (empty: tier default), last_done,
// evidence; one row per vendor + check. A row that matches a check and differs in nothing stages
// nothing, so importing the same file twice changes nothing.
import { randomUUID } from 'node:crypto'
import type { RiskCheck } from '../domain/risk-check.ts'
import { type CsvFileSpec, type ImportContext, RowError } from '../import/csv-spec.ts'
import { claimRow, findImportVendor } from '../import/import-lookup.ts'
import { optional, required } from '../import/row-values.ts'
import { parseIsoDate, parseWholeNumber } from '../register/fields.ts'
import type { Transaction } from '../store/store.ts'
import { normaliseKind } from './check-kind.ts'

const checkKey = (vendorId: string, kind: string) => `${vendorId}\u0000${kind}`

// Checks by vendor + kind, built once per import: a per-row scan would be quadratic at scale.
const indexes = new WeakMap<ImportContext, Map<string, string>>()

function checkIndex(tx: Transaction, context: ImportContext): Map<string, string> {
  let index = indexes.get(context)
  if (!index) {
    index = new Map(tx.all('riskChecks').map((c) => [checkKey(c.vendorId, c.kind), c.id]))
    indexes.set(context, index)
  }
  return index
}

function same(a: RiskCheck, b: RiskCheck): boolean {
  return (
    a.cadenceDays === b.cadenceDays &&
    a.lastDone === b.lastDone &&
    a.evidence === b.evidence &&
    a.doneBy === b.doneBy &&
    a.addedOn === b.addedOn
  )
}

export const riskChecksCsv: CsvFileSpec = {
  file: 'risk_checks.csv',
  order: 4,
  columns: [
    { name: 'vendor', required: true },
    { name: 'check', required: true },
    { name: 'cadence_days', required: false },
    { name: 'last_done', required: false },
    { name: 'evidence', required: false },
  ],

  applyRow(row, tx, context) {
    const name = required(row, 'vendor', 'the vendor name')
    const vendor = findImportVendor(tx, context, name)
    if (!vendor) throw new RowError('vendor', `no vendor named "${name}"; add it in vendors.csv`)
    const typed = required(row, 'check', 'the check kind')
    const kind = normaliseKind(typed)
    if (!kind) {
      throw new RowError(
        'check',
        `"${typed}" is not a check kind; use soc2, soc1, questionnaire, insurance, adverse_media, financial or another single word`,
      )
    }
    const key = checkKey(vendor.id, kind)
    const earlier = claimRow(tx, context, `risk\u0000${key}`)
    if (earlier !== undefined) {
      throw new RowError('check', `the ${kind} check of "${vendor.name}" is already on line ${earlier}`)
    }
    const index = checkIndex(tx, context)
    const existingId = index.get(key)
    const existing = existingId === undefined ? undefined : tx.get('riskChecks', existingId)

    const cadenceDays = optional(
      row,
      context,
      'cadence_days',
      (v) => parseWholeNumber(v, { min: 1, max: 3650 }),
      {
        empty: null,
        existing: existing?.cadenceDays,
        fallback: null,
      },
    )
    const lastDone = optional(row, context, 'last_done', parseIsoDate, {
      empty: null,
      existing: existing?.lastDone,
      fallback: null,
    })
    const evidence = optional(row, context, 'evidence', (v) => v.trim(), {
      empty: '',
      existing: existing?.evidence,
      fallback: '',
    })
    const check: RiskCheck = {
      id: existing?.id ?? randomUUID(),
      vendorId: vendor.id,
      kind,
      cadenceDays,
      lastDone,
      evidence,
      // Who did it is known only for a done recorded in chat; a new date from a file has no doer.
      doneBy: existing && existing.lastDone === lastDone ? existing.doneBy : '',
      addedOn: existing?.addedOn ?? context.today,
    }
    if (existing && same(existing, check)) return
    tx.put('riskChecks', check)
    index.set(key, check.id)
  },

  exportRows(view) {
    const rows: { name: string; check: RiskCheck }[] = []
    for (const check of view.all('riskChecks')) {
      const vendor = view.get('vendors', check.vendorId)
      if (vendor) rows.push({ name: vendor.name, check })
    }
    return rows
      .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.check.kind.localeCompare(b.check.kind, 'en'))
      .map(({ name, check }) => ({
        vendor: name,
        check: check.kind,
        cadence_days: check.cadenceDays === null ? '' : String(check.cadenceDays),
        last_done: check.lastDone ?? '',
        evidence: check.evidence,
      }))
  },
}
