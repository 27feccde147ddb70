// sla_targets.csv (SPEC §7): one target per contract and priority, matched by vendor + contract +
// priority. The record id is derived from contract and priority, so a re-import finds the same one.

import { contractRows } from '../csv/contract-rows.ts'
import { type CsvFileSpec, RowError } from '../csv/csv-spec.ts'
import { claimRow } from '../csv/import-lookup.ts'
import { required } from '../csv/row-values.ts'
import { schemaColumns } from '../csv/schema-columns.ts'
import { type SlaTarget, SlaTargetSchema } from '../domain/sla.ts'
import { parsePriorityCell, rowContract } from './csv-cells.ts'
import { DURATION_HINT, readDuration, readHours, targetOrderProblem } from './target-rules.ts'
import { targetId } from './targets.ts'

function duration(row: Record<string, string>, column: 'response' | 'resolution'): string {
  const value = readDuration(required(row, column, `the ${column} target`))
  if (value === null) throw new RowError(column, `"${row[column]}" is not ${DURATION_HINT}`)
  return value
}

function hours(row: Record<string, string>): SlaTarget['hours'] {
  const value = readHours(required(row, 'hours', 'the hours'))
  if (value === null) throw new RowError('hours', `"${row.hours}" is not 24x7 or business`)
  return value
}

export const slaTargetsCsv: CsvFileSpec = {
  file: 'sla_targets.csv',
  order: 3,
  // The id is derived from contract and priority; the vendor names whose contract is meant.
  columns: schemaColumns(SlaTargetSchema, {
    omit: ['id'],
    rename: { contractId: 'contract' },
    before: [{ name: 'vendor', required: true, text: true }],
    text: ['contract'],
  }),

  applyRow(row, tx, context) {
    const { vendor, contract } = rowContract(row, tx, context)
    const priority = parsePriorityCell(row)
    const id = targetId(contract.id, priority)
    const earlier = claimRow(tx, context, `sla_targets\u0000${id}`)
    if (earlier !== undefined) {
      throw new RowError(
        'priority',
        `${priority} of "${contract.title}" (${vendor.name}) is already on line ${earlier}`,
      )
    }
    const target = {
      id,
      contractId: contract.id,
      priority,
      response: duration(row, 'response'),
      resolution: duration(row, 'resolution'),
      hours: hours(row),
    }
    const problem = targetOrderProblem(target, contract.calendar ?? context.calendar)
    if (problem) throw new RowError('response', problem)
    tx.put('slaTargets', target)
  },

  exportRows(view) {
    return contractRows(
      view,
      view.all('slaTargets'),
      (t) => ({ priority: t.priority, response: t.response, resolution: t.resolution, hours: t.hours }),
      (a, b) => a.priority.localeCompare(b.priority),
    )
  },
}
