// The renewals computation (SPEC §4.1): every active contract's next deadline on a given day,
// built once per day and kept sorted, so `renewals`, the agenda and the Home only take a window
// of it. A write that changes a few contracts or vendors patches the lists (the changed rows made
// again and merged in), so 200,000 contracts cost one pass and one sort a day, not one per edit.
import { type BoundedMemo, boundedMemo } from '../domain/bounded-memo.ts'
import type { Contract } from '../domain/contract.ts'
import type { DeadlineKind } from '../domain/notice-deadline.ts'
import type { WorkingDays } from '../domain/notice-period.ts'
import type { Vendor } from '../domain/vendor.ts'
import type { Item } from '../reply/reply.ts'
import { incrementalCache } from '../store/incremental-cache.ts'
import type { RecordChanges } from '../store/record-changes.ts'
import type { StoreView } from '../store/store.ts'
import { type CalendarDate, toDayNumber } from '../time/calendar-date.ts'
import {
  byKey,
  type Keyed,
  keyedRow,
  mergedRows,
  type SortedRows,
  sortedRows,
  splicedRows,
} from './renewal-rows.ts'

export interface RenewalRow {
  contract: Contract
  vendor: Vendor | undefined
  vendorName: string
  /** The next deadline: the notice deadline while ahead, else the end of the current term. */
  kind: DeadlineKind
  date: CalendarDate
  daysLeft: number
  notice: CalendarDate
  end: CalendarDate
  /** Notice deadline passed, end not: listed first as "notice missed N days ago". */
  missed: boolean
  minor: bigint
  /** The rendered line, filled on first use: rows are kept for the day until their records change. */
  line?: string
  /** The line with its governance flags, as last listed (renewals-items.ts). */
  flagged?: { lapse: unknown; unowned: boolean; item: Item }
}

export interface RenewalsSelection {
  missed: RenewalRow[]
  rows: RenewalRow[]
  /** Annual value per currency over missed and rows, first-seen order; filled on first use. */
  totals?: Map<string, bigint>
}

export function selectionTotals(selection: RenewalsSelection): Map<string, bigint> {
  if (selection.totals) return selection.totals
  // One pass without copying the rows: a window at 100,000 vendors lists some 20,000.
  const totals = new Map<string, bigint>()
  for (const list of [selection.missed, selection.rows]) {
    for (const r of list) totals.set(r.contract.currency, (totals.get(r.contract.currency) ?? 0n) + r.minor)
  }
  selection.totals = totals
  return totals
}

interface OnDay {
  missed: SortedRows
  upcoming: SortedRows
  /** Window selections already made for this day, by "from|to". */
  selections: BoundedMemo<RenewalsSelection>
}

/** One cache per working-day calendar (the configured one: in practice there is one). */
const byCalendar = new WeakMap<WorkingDays, (view: StoreView, today: CalendarDate) => OnDay>()

function onDay(view: StoreView, today: CalendarDate, calendar: WorkingDays): OnDay {
  let cached = byCalendar.get(calendar)
  if (!cached) {
    cached = incrementalCache(['contracts', 'vendors'], {
      build: (v, t) => build(v.all('contracts'), v.all('vendors'), t, calendar),
      update: (previous, [contracts, vendors], v, t) =>
        update(
          previous,
          contracts as RecordChanges<Contract>,
          vendors as RecordChanges<Vendor>,
          v,
          t,
          calendar,
        ),
    })
    byCalendar.set(calendar, cached)
  }
  return cached(view, today)
}

/** The missed notices and the rows whose next deadline is in from..to (both included). */
export function renewalsIn(
  view: StoreView,
  today: CalendarDate,
  from: CalendarDate,
  to: CalendarDate,
  calendar: WorkingDays,
): RenewalsSelection {
  const { missed, upcoming, selections } = onDay(view, today, calendar)
  return selections.get(`${from}|${to}`, () => {
    const rows: RenewalRow[] = []
    const all = upcoming.rows
    // Upcoming rows are by next deadline: the window starts at the first row on or after `from`.
    let lo = 0
    let hi = all.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (all[mid]!.date < from) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < all.length && all[i]!.date <= to; i++) rows.push(all[i]!)
    return { missed: missed.rows, rows }
  })
}

function build(
  contracts: readonly Contract[],
  vendorList: readonly Vendor[],
  today: CalendarDate,
  calendar: WorkingDays,
): OnDay {
  const vendors = new Map<string, Vendor>()
  for (const v of vendorList) vendors.set(v.id, v)
  const missed: Keyed[] = []
  const upcoming: Keyed[] = []
  const t = toDayNumber(today)
  for (const contract of contracts) {
    const keyed = keyedRow(contract, vendors.get(contract.vendorId), today, calendar, t)
    if (keyed) (keyed.row.missed ? missed : upcoming).push(keyed)
  }
  return { missed: sortedRows(missed), upcoming: sortedRows(upcoming), selections: boundedMemo(50) }
}

/** Past this many changed rows one merging pass beats splicing each into a copy. */
const SPLICE_LIMIT = 64

/**
 * The same day's lists after a few contracts or vendors changed: the rows of changed contracts and
 * of the contracts of changed vendors (whose name sorts and shows in the row) are made again.
 */
function update(
  previous: OnDay,
  contracts: RecordChanges<Contract>,
  vendors: RecordChanges<Vendor>,
  view: StoreView,
  today: CalendarDate,
  calendar: WorkingDays,
): OnDay {
  const t = toDayNumber(today)
  // Each stale row is made again from the records it was made from, to find it by its key.
  const oldVendors = new Map<string, Vendor | undefined>()
  for (const v of vendors.added) oldVendors.set(v.id, undefined)
  for (const v of vendors.removed) oldVendors.set(v.id, v)
  const oldVendor = (c: Contract) =>
    oldVendors.has(c.vendorId) ? oldVendors.get(c.vendorId) : view.get('vendors', c.vendorId)
  const stale = new Set<Contract>(contracts.removed)
  const fresh = new Set<Contract>(contracts.added)
  if (oldVendors.size > 0) {
    for (const contract of view.all('contracts')) {
      if (!oldVendors.has(contract.vendorId)) continue
      stale.add(contract)
      fresh.add(contract)
    }
  }
  const gone = { missed: [] as Keyed[], upcoming: [] as Keyed[] }
  for (const contract of stale) {
    const keyed = keyedRow(contract, oldVendor(contract), today, calendar, t)
    if (keyed) gone[keyed.row.missed ? 'missed' : 'upcoming'].push(keyed)
  }
  const extra = { missed: [] as Keyed[], upcoming: [] as Keyed[] }
  for (const contract of fresh) {
    const keyed = keyedRow(contract, view.get('vendors', contract.vendorId), today, calendar, t)
    if (keyed) extra[keyed.row.missed ? 'missed' : 'upcoming'].push(keyed)
  }
  const patch = (list: 'missed' | 'upcoming') => {
    const few = gone[list].length + extra[list].length <= SPLICE_LIMIT
    const spliced = few ? splicedRows(previous[list], gone[list], extra[list]) : null
    return spliced ?? mergedRows(previous[list], stale, extra[list].sort(byKey))
  }
  return { missed: patch('missed'), upcoming: patch('upcoming'), selections: boundedMemo(50) }
}
