// Patching the day's unclaimed credits after a write (unclaimed.ts): which contracts the changed
// records belong to, and the list with those contracts' rows made again and merged in, so an
// incident logged at 100,000 vendors recomputes one contract's months, not 200,000 contracts'.
import type { Contract } from '../domain/contract.ts'
import type { RecordChanges } from '../store/record-changes.ts'
import type { CollectionName, StoreView } from '../store/store.ts'
import type { UnclaimedCredit } from './unclaimed.ts'

/**
 * The ids of the contracts whose credits the changes can move: changed contracts, the contract of
 * every changed incident, target, outage, band or claim, and every contract of a changed vendor
 * (its name shows and sorts in the rows).
 */
export function touchedContracts(
  collections: readonly CollectionName[],
  changes: readonly RecordChanges<{ id: string }>[],
  view: StoreView,
): Set<string> {
  const ids = new Set<string>()
  const vendorIds = new Set<string>()
  collections.forEach((name, i) => {
    const { removed, added } = changes[i]!
    for (const record of [...removed, ...added]) {
      if (name === 'contracts') ids.add(record.id)
      else if (name === 'vendors') vendorIds.add(record.id)
      else ids.add((record as { id: string; contractId: string }).contractId)
    }
  })
  if (vendorIds.size > 0) {
    for (const contract of view.all('contracts')) if (vendorIds.has(contract.vendorId)) ids.add(contract.id)
  }
  return ids
}

/** Past this many new rows one merging pass beats a binary search for each. */
const SPLICE_LIMIT = 64

export interface Patched {
  rows: UnclaimedCredit[]
  /** The touched contracts' rows that left, and their rows made again: what totals move by. */
  removed: UnclaimedCredit[]
  added: UnclaimedCredit[]
}

/**
 * `rows` without the touched contracts' rows, with their rows made again, in `order`. With
 * `months`, only those months of each contract leave, and `credits` gives only those again.
 */
export function patchedCredits(
  rows: readonly UnclaimedCredit[],
  touched: ReadonlySet<string>,
  view: StoreView,
  credits: (contract: Contract) => UnclaimedCredit[],
  order: (a: UnclaimedCredit, b: UnclaimedCredit) => number,
  months?: ReadonlyMap<string, ReadonlySet<string>>,
): Patched {
  const removed: UnclaimedCredit[] = []
  const kept = (row: UnclaimedCredit) => {
    if (!touched.has(row.contract.id)) return true
    if (months && !months.get(row.contract.id)?.has(row.month)) return true
    removed.push(row)
    return false
  }
  const extra: UnclaimedCredit[] = []
  for (const id of touched) {
    const contract = view.get('contracts', id)
    if (contract) extra.push(...credits(contract))
  }
  extra.sort(order)
  if (extra.length <= SPLICE_LIMIT) {
    // A few rows: each goes where a binary search puts it, so the comparator (names through a
    // collator on equal deadlines) runs a few dozen times, not once per listed row.
    const out = rows.filter(kept)
    for (const row of extra) {
      let lo = 0
      let hi = out.length
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (order(out[mid]!, row) <= 0) lo = mid + 1
        else hi = mid
      }
      out.splice(lo, 0, row)
    }
    return { rows: out, removed, added: extra }
  }
  const out: UnclaimedCredit[] = []
  let e = 0
  for (const row of rows) {
    if (!kept(row)) continue
    while (e < extra.length && order(extra[e]!, row) < 0) out.push(extra[e++]!)
    out.push(row)
  }
  while (e < extra.length) out.push(extra[e++]!)
  return { rows: out, removed, added: extra }
}
