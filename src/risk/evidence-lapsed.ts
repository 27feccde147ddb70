// "Evidence lapsed" (SPEC §11): a vendor with a risk check overdue, or a critical or high vendor
// with a check never done. The one place that decides it: the `renewals … lapsed` filter, renewal
// reminders, `renewals` and the vendor card read it here; the latter name the most overdue check
// and its due date, and how many more there are.
import { checkName } from '../domain/check-kind.ts'
import { checkStatus } from '../domain/due-date.ts'
import type { RiskCheck } from '../domain/risk-check.ts'
import type { Vendor } from '../domain/vendor.ts'
import { revisionCache } from '../store/revision-cache.ts'
import type { StoreView } from '../store/store.ts'
import type { CalendarDate } from '../time/calendar-date.ts'

export interface EvidenceLapse {
  /** The most overdue check (earliest due date; a never-done check is due the day it was added). */
  kind: string
  due: CalendarDate
  neverDone: boolean
  /** Further lapsed checks of the same vendor. */
  more: number
}

function lapsed(check: RiskCheck, vendor: Vendor, today: CalendarDate): boolean {
  const status = checkStatus(check, vendor, today)
  return status.overdue || (status.neverDone && (vendor.tier === 'critical' || vendor.tier === 'high'))
}

function compute(view: StoreView, today: CalendarDate): Map<string, EvidenceLapse> {
  const byVendor = new Map<string, { check: RiskCheck; due: CalendarDate }[]>()
  for (const check of view.all('riskChecks')) {
    const vendor = view.get('vendors', check.vendorId)
    if (!vendor || !lapsed(check, vendor, today)) continue
    const list = byVendor.get(vendor.id) ?? []
    list.push({ check, due: checkStatus(check, vendor, today).due })
    byVendor.set(vendor.id, list)
  }
  const lapses = new Map<string, EvidenceLapse>()
  for (const [vendorId, list] of byVendor) {
    list.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.check.kind.localeCompare(b.check.kind)))
    const worst = list[0]!
    lapses.set(vendorId, {
      kind: worst.check.kind,
      due: worst.due,
      neverDone: worst.check.lastDone === null,
      more: list.length - 1,
    })
  }
  return lapses
}

/** Lapsed evidence by vendor id on `today`, kept until checks, vendors or the day change. */
export const evidenceLapses: (view: StoreView, today: CalendarDate) => ReadonlyMap<string, EvidenceLapse> =
  revisionCache(['riskChecks', 'vendors'], compute)

/** "SOC 2 overdue since 2026-11-28 (+2 more)", "Insurance certificate never done". */
export function lapseText(lapse: EvidenceLapse): string {
  const what = lapse.neverDone
    ? `${checkName(lapse.kind)} never done`
    : `${checkName(lapse.kind)} overdue since ${lapse.due}`
  return lapse.more > 0 ? `${what} (+${lapse.more} more)` : what
}

/** The closing line of `renewals`: how many listed contracts have lapsed evidence. */
export function lapsedCountLine(listed: number, lapsedCount: number): string {
  return `Evidence lapsed: ${lapsedCount} of ${listed} listed contract${listed === 1 ? '' : 's'}`
}
