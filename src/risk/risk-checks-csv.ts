// risk_checks.csv (SPEC §7): vendor, check, cadence_days (empty: tier default), last_done,
// evidence, done_by (empty: unknown) and added_on (a check never done is due that day); one row
// per vendor + check. A row that matches a check and differs in nothing stages nothing, so
// importing the same file twice changes nothing.
import { randomUUID } from 'node:crypto'
import { type CsvFileSpec, type ImportContext, RowError } from '../csv/csv-spec.ts'
import { claimRow, findImportVendor } from '../csv/import-lookup.ts'
import { optional, required } from '../csv/row-values.ts'
import { schemaColumns } from '../csv/schema-columns.ts'
import { normaliseKind } from '../domain/check-kind.ts'
import { type RiskCheck, RiskCheckSchema } from '../domain/risk-check.ts'
import { FieldError, parseIsoDate, parseWholeNumber } from '../parse/fields.ts'
import type { Transaction } from '../store/store.ts'

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

/** A date that is today or earlier: an import is never looser than `risk done` (SPEC §9). */
function notAfterToday(context: ImportContext, what: 'done' | 'added'): (text: string) => string {
  return (text) => {
    const date = parseIsoDate(text)
    if (date > context.today)
      throw new FieldError(`the check cannot be ${what} on ${date}, after today (${context.today})`)
    return date
  }
}

export const riskChecksCsv: CsvFileSpec = {
  file: 'risk_checks.csv',
  order: 4,
  // A check is matched by vendor + check, so its id stays in the store; added_on defaults to today.
  columns: schemaColumns(RiskCheckSchema, {
    omit: ['id'],
    rename: { vendorId: 'vendor', kind: 'check' },
    optional: ['added_on'],
    text: ['vendor', 'evidence', 'done_by'],
  }),

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
    const lastDone = optional(row, context, 'last_done', notAfterToday(context, 'done'), {
      empty: null,
      existing: existing?.lastDone,
      fallback: null,
    })
    const evidence = optional(row, context, 'evidence', (v) => v.trim(), {
      empty: '',
      existing: existing?.evidence,
      fallback: '',
    })
    // Without the column, who did it is kept for the same done date; a new date has no known doer.
    const doneBy = optional(row, context, 'done_by', (v) => v.trim(), {
      empty: '',
      existing: existing && existing.lastDone === lastDone ? existing.doneBy : undefined,
      fallback: '',
    })
    const addedOn = optional(row, context, 'added_on', notAfterToday(context, 'added'), {
      empty: existing?.addedOn ?? context.today,
      existing: existing?.addedOn,
      fallback: context.today,
    })
    if (lastDone === null && doneBy !== '') {
      throw new RowError(
        'done_by',
        `"${doneBy}" did a check that has no last_done date; give the date or leave done_by empty`,
      )
    }
    const check: RiskCheck = {
      id: existing?.id ?? randomUUID(),
      vendorId: vendor.id,
      kind,
      cadenceDays,
      lastDone,
      evidence,
      doneBy,
      addedOn,
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
        done_by: check.doneBy,
        added_on: check.addedOn,
      }))
  },
}
