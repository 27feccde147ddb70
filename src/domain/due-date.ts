// When a risk check falls due (SPEC §2 Risk rules). Pure calendar-date arithmetic: next due is
// the last-done date plus the cadence, counted from the day it was actually done, so doing a check
// early or late moves the whole schedule. Nothing here is stored: a cadence or tier change simply
// recomputes from the last-done date.
import { addDays, type CalendarDate, daysBetween } from '../time/calendar-date.ts'
import type { RiskCheck } from './risk-check.ts'
import type { Tier, Vendor } from './vendor.ts'

const DEFAULT_CADENCE: Record<Tier, number> = { critical: 90, high: 180, medium: 365, low: 730 }

export function defaultCadence(tier: Tier): number {
  return DEFAULT_CADENCE[tier]
}

/** The check's own cadence, or its vendor's tier default when it has none. */
export function cadenceOf(check: Pick<RiskCheck, 'cadenceDays'>, vendor: Pick<Vendor, 'tier'>): number {
  return check.cadenceDays ?? defaultCadence(vendor.tier)
}

/** Last done + cadence; a check never done is due on the day it was added. */
export function nextDue(
  check: Pick<RiskCheck, 'cadenceDays' | 'lastDone' | 'addedOn'>,
  vendor: Pick<Vendor, 'tier'>,
): CalendarDate {
  if (check.lastDone === null) return check.addedOn
  return addDays(check.lastDone, cadenceOf(check, vendor))
}

export interface CheckStatus {
  due: CalendarDate
  /** Due date − today: 0 on the day, negative once overdue. */
  daysLeft: number
  overdue: boolean
  neverDone: boolean
}

/** Where a check stands on `today` (a date in TICKLER_TIMEZONE). */
export function checkStatus(
  check: Pick<RiskCheck, 'cadenceDays' | 'lastDone' | 'addedOn'>,
  vendor: Pick<Vendor, 'tier'>,
  today: CalendarDate,
): CheckStatus {
  const due = nextDue(check, vendor)
  const daysLeft = daysBetween(today, due)
  return { due, daysLeft, overdue: daysLeft < 0, neverDone: check.lastDone === null }
}
