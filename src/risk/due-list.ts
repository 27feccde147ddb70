// Which checks are due: every check whose next due date is on or before a given day, overdue ones
// included, soonest (most overdue) first. Shared by `risk due`, the weekly digest and the agenda.

import { boundedMemo } from '../domain/bounded-memo.ts'
import { checkName } from '../domain/check-kind.ts'
import { type CheckStatus, cadenceOf } from '../domain/due-date.ts'
import type { RiskCheck } from '../domain/risk-check.ts'
import { TIERS, type Vendor } from '../domain/vendor.ts'
import { flatText } from '../reply/flat-text.ts'
import type { Item } from '../reply/reply.ts'
import { revisionCache } from '../store/revision-cache.ts'
import type { StoreView } from '../store/store.ts'
import { type CalendarDate, toDayNumber } from '../time/calendar-date.ts'
import { dayString } from '../time/day-string.ts'
import { dueText, ownerInline } from './risk-format.ts'

export interface DueRow {
  vendor: Vendor
  check: RiskCheck
  status: CheckStatus
  /** The reply items, filled on first use: rows are cached per revision and day. */
  item?: Item
  itemWithoutOwner?: Item
}

// Due day numbers per check record, with the tier they were computed for. Records are replaced,
// never mutated, on every change, so a record's entry stays right until its vendor's tier changes.
// This keeps `risk due` over tens of thousands of checks to integer comparisons. Day and tier are
// packed in one small integer: an object per entry was 400,000 objects at 100,000 vendors.
const dueDays = new WeakMap<RiskCheck, number>()

function dueDay(check: RiskCheck, vendor: Vendor): number {
  const tier = TIERS.indexOf(vendor.tier)
  const cached = dueDays.get(check)
  // Days before 1970 are negative: the tier is the remainder taken upwards.
  if (cached !== undefined && (cached - tier) % TIERS.length === 0) return (cached - tier) / TIERS.length
  const day =
    check.lastDone === null
      ? toDayNumber(check.addedOn)
      : toDayNumber(check.lastDone) + cadenceOf(check, vendor)
  dueDays.set(check, day * TIERS.length + tier)
  return day
}

// Same order as String.prototype.localeCompare (same default locale and options), without the
// per-call locale lookup: sorting 4,000 due rows with localeCompare cost most of `risk due`.
const byText = new Intl.Collator()

/** Due rows already selected per `until`, for one revision and day (see revisionCache). */
const selections = revisionCache(['riskChecks', 'vendors'], () => boundedMemo<DueRow[]>(50))

/**
 * Checks due on or before `until` (overdue ones whatever their age), earliest due date first.
 * Cached per store revision, day and `until`: `risk due`, the agenda and the digest list the same
 * thousands of rows until a check or vendor changes. The rows are shared: do not mutate them.
 */
export function dueChecks(view: StoreView, today: CalendarDate, until: CalendarDate): DueRow[] {
  return selections(view, today).get(until, () => computeDue(view, today, until))
}

function computeDue(view: StoreView, today: CalendarDate, until: CalendarDate): DueRow[] {
  const todayDay = toDayNumber(today)
  const untilDay = toDayNumber(until)
  const rows: DueRow[] = []
  for (const check of view.all('riskChecks')) {
    const vendor = view.get('vendors', check.vendorId)
    if (!vendor) continue
    const day = dueDay(check, vendor)
    if (day > untilDay) continue
    const daysLeft = day - todayDay
    const status = {
      due: dayString(day),
      daysLeft,
      overdue: daysLeft < 0,
      neverDone: check.lastDone === null,
    }
    rows.push({ vendor, check, status })
  }
  // Overdue first, most overdue first, then by due date: both are ascending due dates.
  return rows.sort(
    (a, b) =>
      a.status.daysLeft - b.status.daysLeft ||
      byText.compare(a.vendor.name, b.vendor.name) ||
      byText.compare(a.check.kind, b.check.kind),
  )
}

/**
 * One row as a reply line: vendor, check, due date, days left or overdue, tier, owner. The same
 * Item per row and form while the row is cached (per revision and day), so listing thousands of
 * rows again allocates nothing per row; replies are never mutated.
 */
export function dueItem(row: DueRow, withOwner = true): Item {
  if (withOwner && row.item) return row.item
  if (!withOwner && row.itemWithoutOwner) return row.itemWithoutOwner
  const { vendor, check, status } = row
  const never = status.neverDone ? ' (never done)' : ''
  // Kept with the row for the day: in one piece, not the template's tree of pieces.
  const line = flatText(
    `${vendor.name} ${checkName(check.kind)}${never}: ${dueText(status)} · tier ${vendor.tier}`,
  )
  if (withOwner) {
    row.item = { text: [line, ' · owner ', ownerInline(vendor)] }
    return row.item
  }
  row.itemWithoutOwner = { text: [line] }
  return row.itemWithoutOwner
}
