// One active contract's renewal row on a day (its next deadline, days left, value) and its place in
// the sorted lists of renewals.ts: the key sorts missed notices by notice date and the others by
// next deadline, ties by vendor name, title, then id, so every list has one order.

import type { Contract } from '../domain/contract.ts'
import { currentTermDays, isActive } from '../domain/current-term.ts'
import { parseAmount } from '../domain/money.ts'
import { noticeDayFor, type WorkingDays } from '../domain/notice-period.ts'
import type { Vendor } from '../domain/vendor.ts'
import { flatText } from '../reply/flat-text.ts'
import { type CalendarDate, toDayNumber } from '../time/calendar-date.ts'
import { dayString } from '../time/day-string.ts'
import type { RenewalRow } from './renewals.ts'

export interface Keyed {
  key: string
  row: RenewalRow
}

/** The row, or null when the contract is not active on `today`. */
export function keyedRow(
  contract: Contract,
  vendor: Vendor | undefined,
  today: CalendarDate,
  calendar: WorkingDays,
  /** `today` as a day number: computed once by the caller for 200,000 rows. */
  t = toDayNumber(today),
): Keyed | null {
  if (!isActive(contract, today)) return null
  const vendorName = vendor?.name ?? contract.vendorId
  const endDay = currentTermDays(contract, t).end
  const noticeDay = noticeDayFor(contract, endDay, calendar)
  const isMissed = noticeDay < t
  const end = dayString(endDay)
  const notice = dayString(noticeDay)
  const date = isMissed ? end : notice
  const row: RenewalRow = {
    contract,
    vendor,
    vendorName,
    kind: isMissed ? 'end' : 'notice',
    date,
    daysLeft: (isMissed ? endDay : noticeDay) - t,
    notice,
    end,
    missed: isMissed,
    minor: parseAmount(contract.annualValue, contract.currency) ?? 0n,
  }
  // Plain string keys sort 200,000 rows far faster than localeCompare.
  const sortDate = isMissed ? notice : date
  const key = flatText(
    `${sortDate}\u0000${vendorName.toLowerCase()}\u0000${contract.title.toLowerCase()}\u0000${contract.id}`,
  )
  return { key, row }
}

/** A sorted list of rows with their keys alongside, for merging without computing keys again. */
export interface SortedRows {
  rows: RenewalRow[]
  keys: string[]
}

export function byKey(a: Keyed, b: Keyed): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
}

export function sortedRows(list: Keyed[]): SortedRows {
  list.sort(byKey)
  return { rows: list.map((k) => k.row), keys: list.map((k) => k.key) }
}

/**
 * A new list: `sorted` without the rows of `stale` contracts, with `extra` (sorted) merged in.
 * One pass, so a few changed contracts cost a copy of the list and not a sort of it.
 */
export function mergedRows(sorted: SortedRows, stale: ReadonlySet<Contract>, extra: Keyed[]): SortedRows {
  const rows: RenewalRow[] = []
  const keys: string[] = []
  let e = 0
  for (let i = 0; i < sorted.rows.length; i++) {
    const row = sorted.rows[i]!
    if (stale.has(row.contract)) continue
    const key = sorted.keys[i]!
    while (e < extra.length && extra[e]!.key < key) {
      rows.push(extra[e]!.row)
      keys.push(extra[e++]!.key)
    }
    rows.push(row)
    keys.push(key)
  }
  for (; e < extra.length; e++) {
    rows.push(extra[e]!.row)
    keys.push(extra[e]!.key)
  }
  return { rows, keys }
}

function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0
  let hi = keys.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (keys[mid]! < key) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * A new list: `sorted` without the `gone` rows (found by their key, made again from the records
 * they were made from) and with `extra` spliced in. Copies the list once and moves only what is
 * after each change, so one contract edit among 200,000 costs a fraction of a millisecond; null
 * when a gone row is not where its key says, and the caller merges instead.
 */
export function splicedRows(
  sorted: SortedRows,
  gone: readonly Keyed[],
  extra: readonly Keyed[],
): SortedRows | null {
  const rows = sorted.rows.slice()
  const keys = sorted.keys.slice()
  for (const { key, row } of gone) {
    const at = lowerBound(keys, key)
    if (keys[at] !== key || rows[at]!.contract !== row.contract) return null
    rows.splice(at, 1)
    keys.splice(at, 1)
  }
  for (const { key, row } of extra) {
    const at = lowerBound(keys, key)
    rows.splice(at, 0, row)
    keys.splice(at, 0, key)
  }
  return { rows, keys }
}
