// Which checks are due: every check whose next due date is on or before a given day, overdue ones
// included, soonest (most overdue) first. Shared by `risk due`, the weekly digest and the agenda.
import type { RiskCheck } from '../domain/risk-check.ts'
import type { Vendor } from '../domain/vendor.ts'
import type { Item } from '../reply/reply.ts'
import type { StoreView } from '../store/store.ts'
import { type CalendarDate, fromDayNumber, toDayNumber } from '../time/calendar-date.ts'
import { type CheckStatus, cadenceOf } from './due-date.ts'
import { dueText, ownerInline } from './risk-format.ts'

export interface DueRow {
  vendor: Vendor
  check: RiskCheck
  status: CheckStatus
}

// Due day numbers per check record, with the tier they were computed for. Records are replaced,
// never mutated, on every change, so a record's entry stays right until its vendor's tier changes.
// This keeps `risk due` over tens of thousands of checks to integer comparisons.
const dueDays = new WeakMap<RiskCheck, { tier: string; day: number }>()

function dueDay(check: RiskCheck, vendor: Vendor): number {
  const cached = dueDays.get(check)
  if (cached && cached.tier === vendor.tier) return cached.day
  const day =
    check.lastDone === null
      ? toDayNumber(check.addedOn)
      : toDayNumber(check.lastDone) + cadenceOf(check, vendor)
  dueDays.set(check, { tier: vendor.tier, day })
  return day
}

/** Checks due on or before `until` (overdue ones whatever their age), earliest due date first. */
export function dueChecks(view: StoreView, today: CalendarDate, until: CalendarDate): DueRow[] {
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
      due: fromDayNumber(day),
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
      a.vendor.name.localeCompare(b.vendor.name) ||
      a.check.kind.localeCompare(b.check.kind),
  )
}

/** One row as a reply line: vendor, check, due date, days left or overdue, tier, owner. */
export function dueItem(row: DueRow, withOwner = true): Item {
  const { vendor, check, status } = row
  const never = status.neverDone ? ' (never done)' : ''
  const line = `${vendor.name} ${check.kind}${never}: ${dueText(status)} · tier ${vendor.tier}`
  const text = withOwner ? [line, ' · owner ', ownerInline(vendor)] : [line]
  return { text }
}
