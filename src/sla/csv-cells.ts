// Cells that sla_targets.csv and incidents.csv read alike: the vendor and contract a row is about
// (both files name a contract by vendor and title) and its priority.
import { type ImportContext, RowError } from '../csv/csv-spec.ts'
import { findImportContract, findImportVendor } from '../csv/import-lookup.ts'
import { required } from '../csv/row-values.ts'
import type { Contract } from '../domain/contract.ts'
import { PRIORITIES, type Priority } from '../domain/sla.ts'
import type { Vendor } from '../domain/vendor.ts'
import type { Transaction } from '../store/store.ts'

/** The row's vendor and contract, from the register or earlier files of this import. */
export function rowContract(
  row: Record<string, string>,
  tx: Transaction,
  context: ImportContext,
): { vendor: Vendor; contract: Contract } {
  const vendorName = required(row, 'vendor', 'the vendor')
  const vendor = findImportVendor(tx, context, vendorName)
  if (!vendor) throw new RowError('vendor', `no vendor named "${vendorName}"; add it to vendors.csv first`)
  const title = required(row, 'contract', 'the contract title')
  const contract = findImportContract(tx, context, vendor.id, title)
  if (!contract) {
    throw new RowError(
      'contract',
      `${vendor.name} has no contract titled "${title}"; add it to contracts.csv first`,
    )
  }
  return { vendor, contract }
}

export function parsePriorityCell(row: Record<string, string>): Priority {
  const value = required(row, 'priority', 'the priority').toUpperCase()
  if (!(PRIORITIES as readonly string[]).includes(value)) {
    throw new RowError('priority', `"${row.priority}" is not a priority; use P1, P2, P3 or P4`)
  }
  return value as Priority
}
