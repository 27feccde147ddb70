// A contract's incidents, outages and credit bands without a filter over every record: each index
// is built once per collection array (the store hands out the same array until that collection
// changes), as contractsOfVendor does for contracts.
import type { CreditBand } from '../domain/credit-band.ts'
import type { Downtime } from '../domain/downtime.ts'
import type { Incident } from '../domain/sla.ts'
import { groupedBy } from '../store/group-index.ts'
import type { StoreView } from '../store/store.ts'

function indexer<T extends { contractId: string }>() {
  const indexes = new WeakMap<readonly T[], Map<string, T[]>>()
  const none: readonly T[] = []
  return (all: readonly T[], contractId: string): readonly T[] => {
    let index = indexes.get(all)
    if (!index) {
      index = groupedBy(all, (record) => record.contractId)
      indexes.set(all, index)
    }
    return index.get(contractId) ?? none
  }
}

const incidents = indexer<Incident>()
const downtimes = indexer<Downtime>()
const bands = indexer<CreditBand>()

export function incidentsOfContract(view: StoreView, contractId: string): readonly Incident[] {
  return incidents(view.all('incidents'), contractId)
}

export function downtimesOfContract(view: StoreView, contractId: string): readonly Downtime[] {
  return downtimes(view.all('downtimes'), contractId)
}

/** The contract's credit bands, lowest threshold first. */
export function bandsOfContract(view: StoreView, contractId: string): readonly CreditBand[] {
  return bands(view.all('creditBands'), contractId)
}
