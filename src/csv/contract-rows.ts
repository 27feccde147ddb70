// Export rows for the files that name a record's contract by vendor name and contract title
// (sla_targets.csv, credit_bands.csv, incidents.csv), the pair rowContract reads back on import.
import type { Contract } from '../domain/contract.ts'
import type { StoreView } from '../store/store.ts'

/** Vendor names and contracts by id, looked up once per export rather than once per row. */
export function registerNames(view: StoreView): {
  vendor: (vendorId: string) => string
  contract: (contractId: string) => Contract | undefined
} {
  const vendors = new Map(view.all('vendors').map((v) => [v.id, v.name]))
  const contracts = new Map(view.all('contracts').map((c) => [c.id, c]))
  return {
    vendor: (vendorId) => vendors.get(vendorId) ?? '',
    contract: (contractId) => contracts.get(contractId),
  }
}

type ContractRow<R> = { vendor: string; contract: string } & R

/**
 * One row per record, led by its vendor and contract title and sorted by them, then by `order`.
 * A record whose contract is gone is left out: its row could not be imported back.
 */
export function contractRows<T extends { contractId: string }, R extends Record<string, string>>(
  view: StoreView,
  records: readonly T[],
  cells: (record: T) => R,
  order: (a: ContractRow<R>, b: ContractRow<R>) => number,
): ContractRow<R>[] {
  const names = registerNames(view)
  return records
    .flatMap((record) => {
      const contract = names.contract(record.contractId)
      if (!contract) return []
      return [{ vendor: names.vendor(contract.vendorId), contract: contract.title, ...cells(record) }]
    })
    .sort(
      (a, b) =>
        a.vendor.localeCompare(b.vendor, 'en') || a.contract.localeCompare(b.contract, 'en') || order(a, b),
    )
}
