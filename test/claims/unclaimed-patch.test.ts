// The day's unclaimed credits patched after a write: the touched contracts' rows leave, their new
// rows go where a full sort would put them, whether a few (binary search) or many (one merge).
import { describe, expect, it } from 'vitest'
import type { UnclaimedCredit } from '../../src/claims/unclaimed.ts'
import { patchedCredits } from '../../src/claims/unclaimed-patch.ts'
import type { Contract } from '../../src/domain/contract.ts'
import type { StoreView } from '../../src/store/store.ts'
import { contract } from '../support/factories.ts'

const contracts = Array.from({ length: 30 }, (_, i) => contract({ id: `c${i}`, title: `T${i}` }))
const view = {
  get: (_name: string, id: string) => contracts.find((c) => c.id === id),
} as unknown as StoreView

/** A row per month; the deadline repeats so that ties fall back to title and month. */
function rowsOf(c: Contract, months: number, shift = 0): UnclaimedCredit[] {
  return Array.from({ length: months }, (_, m) => ({
    contract: c,
    month: `2026-${String(m + 1).padStart(2, '0')}`,
    deadline: `2026-${String(((m + shift) % 12) + 1).padStart(2, '0')}-10`,
  })) as unknown as UnclaimedCredit[]
}

const order = (a: UnclaimedCredit, b: UnclaimedCredit) =>
  a.deadline! < b.deadline!
    ? -1
    : a.deadline! > b.deadline!
      ? 1
      : a.contract.title < b.contract.title
        ? -1
        : a.contract.title > b.contract.title
          ? 1
          : a.month < b.month
            ? -1
            : a.month > b.month
              ? 1
              : 0

describe('patchedCredits', () => {
  it.each([
    ['one contract, a few new rows (binary search)', ['c3'], 4],
    ['one contract, no rows any more', ['c7'], 0],
    ['many contracts, over 64 new rows (one merge)', ['c1', 'c2', 'c4', 'c5', 'c6', 'c8', 'c9'], 12],
  ])('%s: as a full sort would list them', (_name, ids, months) => {
    const before = contracts.flatMap((c) => rowsOf(c, 6)).sort(order)
    const touched = new Set(ids)
    const credits = (c: Contract) => rowsOf(c, months, 5)
    const after = contracts.flatMap((c) => (touched.has(c.id) ? credits(c) : rowsOf(c, 6))).sort(order)
    const patched = patchedCredits(before, touched, view, credits, order)
    expect(patched.removed).toHaveLength(before.filter((r) => touched.has(r.contract.id)).length)
    expect(patched.added).toHaveLength(ids.length * months)
    expect(patched.rows.map((r) => `${r.deadline} ${r.contract.title} ${r.month}`)).toEqual(
      after.map((r) => `${r.deadline} ${r.contract.title} ${r.month}`),
    )
  })
})
