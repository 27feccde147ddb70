// When notice must be given for one term end (SPEC §2, §11): the end minus notice_days, or minus
// notice_months calendar months clamped to the month's last day; with notice_shift business_day a
// deadline on a non-working day moves back to the working day before. End dates never move.
import { addMonths, fromDayNumber, toDayNumber, weekdayOfDay } from '../time/calendar-date.ts'
import type { Contract } from './contract.ts'

export type NoticeFields = Pick<Contract, 'noticeDays' | 'noticeMonths' | 'noticeShift'>

/** The organisation's working days: ISO weekdays (1 = Monday) and HOLIDAYS, as in config. */
export interface WorkingDays {
  weekdays: readonly number[]
  holidays: readonly string[]
}

/** Every deadline moves at most this far; a calendar with no working day in it leaves it alone. */
const MAX_SHIFT_DAYS = 366

const holidaySets = new WeakMap<readonly string[], Set<number>>()

function holidayDays(holidays: readonly string[]): Set<number> {
  let days = holidaySets.get(holidays)
  if (!days) {
    days = new Set(holidays.map(toDayNumber))
    holidaySets.set(holidays, days)
  }
  return days
}

export function isWorkingDay(day: number, calendar: WorkingDays): boolean {
  return calendar.weekdays.includes(weekdayOfDay(day)) && !holidayDays(calendar.holidays).has(day)
}

/** The working day on or before `day`. */
export function workingDayOnOrBefore(day: number, calendar: WorkingDays): number {
  for (let d = day; d > day - MAX_SHIFT_DAYS; d--) if (isWorkingDay(d, calendar)) return d
  return day
}

/** The notice deadline, as a day number, of the term ending on day number `endDay`. */
export function noticeDayFor(contract: NoticeFields, endDay: number, calendar: WorkingDays): number {
  const months = contract.noticeMonths
  const raw =
    months === undefined
      ? endDay - contract.noticeDays
      : toDayNumber(addMonths(fromDayNumber(endDay), -months))
  return contract.noticeShift === 'business_day' ? workingDayOnOrBefore(raw, calendar) : raw
}

/** How the notice period reads: "90 days", "3 months", "1 month, moved to a business day". */
export function noticePeriodText(contract: NoticeFields): string {
  const months = contract.noticeMonths
  const base =
    months === undefined
      ? `${contract.noticeDays} day${contract.noticeDays === 1 ? '' : 's'}`
      : `${months} month${months === 1 ? '' : 's'}`
  return contract.noticeShift === 'business_day' ? `${base}, moved to a business day` : base
}
