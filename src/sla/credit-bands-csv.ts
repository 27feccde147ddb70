// credit_bands.csv (SPEC §7, §12): availability credit bands, matched by vendor + contract +
// below_percent. "99.90" and "99.9" are one band; the id is derived from contract and threshold so
// a re-import finds the same record.
import { contractRows } from '../csv/contract-rows.ts'
import { type CsvFileSpec, RowError } from '../csv/csv-spec.ts'
import { claimRow } from '../csv/import-lookup.ts'
import { field, required } from '../csv/row-values.ts'
import { schemaColumns } from '../csv/schema-columns.ts'
import { thresholdThousandths } from '../domain/availability.ts'
import { type CreditBand, CreditBandSchema, creditBandId } from '../domain/credit-band.ts'
import { FieldError, parsePercent } from '../parse/fields.ts'
import { rowContract } from './csv-cells.ts'

/** "99.90", "99.9%" → "99.9": above 0, at most 100, at most three decimals. */
export function parseThreshold(text: string): string {
  const v = text.trim().replace(/\s*%$/, '')
  const m = /^(\d{1,3})(?:\.(\d{1,3}))?$/.exec(v)
  const value = m ? Number(m[1]) * 1000 + Number((m[2] ?? '').padEnd(3, '0')) : NaN
  if (!m || !(value > 0) || value > 100_000) {
    throw new FieldError(`"${text}" is not an availability percent above 0 and at most 100, such as 99.9`)
  }
  const frac = (value % 1000).toString().padStart(3, '0').replace(/0+$/, '')
  return frac ? `${Math.floor(value / 1000)}.${frac}` : `${Math.floor(value / 1000)}`
}

export const creditBandsCsv: CsvFileSpec = {
  file: 'credit_bands.csv',
  order: 6,
  // The id is derived from contract and threshold; the vendor names whose contract is meant.
  columns: schemaColumns(CreditBandSchema, {
    omit: ['id'],
    rename: { contractId: 'contract' },
    before: [{ name: 'vendor', required: true, text: true }],
    text: ['contract'],
  }),

  applyRow(row, tx, context) {
    const { vendor, contract } = rowContract(row, tx, context)
    required(row, 'below_percent', 'the availability threshold')
    const below = field(row, 'below_percent', parseThreshold)
    const id = creditBandId(contract.id, below)
    const earlier = claimRow(tx, context, `credit_bands\u0000${id}`)
    if (earlier !== undefined) {
      throw new RowError(
        'below_percent',
        `the band below ${below}% of "${contract.title}" (${vendor.name}) is already on line ${earlier}`,
      )
    }
    required(row, 'credit_percent', 'the credit percent')
    const band: CreditBand = {
      id,
      contractId: contract.id,
      belowPercent: below,
      creditPercent: field(row, 'credit_percent', parsePercent),
    }
    tx.put('creditBands', band)
  },

  exportRows(view) {
    return contractRows(
      view,
      view.all('creditBands'),
      (b) => ({ below_percent: b.belowPercent, credit_percent: b.creditPercent }),
      (a, b) => thresholdThousandths(b.below_percent) - thresholdThousandths(a.below_percent),
    )
  },
}
