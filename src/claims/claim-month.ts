// The month a service credit is for (SPEC §12): a month name (the latest such month not in the
// future), `YYYY-MM`, `last month` or `this month`; and its claim deadline, the month's last day
// plus the contract's claim_days.
import type { Contract } from '../domain/contract.ts'
import { UserError } from '../errors/errors.ts'
import { monthName } from '../parse/date-words.ts'
import { parsePeriod } from '../parse/period.ts'
import type { Usage } from '../sla/contract-clause.ts'
import { type CalendarDate, daysInMonth, fromParts, toDayNumber } from '../time/calendar-date.ts'
import { dayString } from '../time/day-string.ts'

/** 'YYYY-MM' of `text`, or a UserError saying which forms a month takes. */
export function readMonth(text: string, today: CalendarDate, usage: Usage): string {
  const typed = text.trim()
  if (typed === '') {
    throw new UserError(
      'Which month? Give a month name or YYYY-MM, e.g. october or 2026-10.',
      usage.form,
      usage.example,
    )
  }
  const period = parsePeriod(typed, today)
  if (period?.from.endsWith('-01') && period.from.slice(0, 7) === period.to.slice(0, 7)) {
    return period.from.slice(0, 7)
  }
  const future = /^\d{4}-\d{2}$/.test(typed) && `${typed}-01` > today
  throw new UserError(
    future
      ? `${typed} has not begun yet; a credit is for a month that has begun.`
      : `I could not read "${typed}" as a month; give a month name or YYYY-MM, e.g. october or 2026-10.`,
    usage.form,
    usage.example,
  )
}

/** "October 2026". */
export function monthLabel(month: string): string {
  return `${monthName(Number(month.slice(5, 7)))} ${month.slice(0, 4)}`
}

export function lastDayOf(month: string): CalendarDate {
  const year = Number(month.slice(0, 4))
  const m = Number(month.slice(5, 7))
  return fromParts(year, m, daysInMonth(year, m))
}

/** Whether the month is over by `today` (a credit is claimed once its month has ended). */
export function monthEnded(month: string, today: CalendarDate): boolean {
  return lastDayOf(month) < today
}

/** The last day to claim the month's credit, or null when the contract sets no claim window. */
export function claimDeadline(contract: Pick<Contract, 'claimDays'>, month: string): CalendarDate | null {
  // Kept in every unclaimed credit row for the day: one shared text per date (dayString).
  return contract.claimDays === null ? null : dayString(toDayNumber(lastDayOf(month)) + contract.claimDays)
}
