// The output conventions of SPEC §4.4 in one place, so every reply counts days and shows dates
// the same way.
import { type CalendarDate, weekdayName } from '../time/calendar-date.ts'
import type { Inline } from './reply.ts'

/** "12 days", "1 day", "0 days (today)", "16 days ago", "1 day ago". */
export function formatDays(days: number): string {
  if (days === 0) return '0 days (today)'
  const n = Math.abs(days)
  const count = `${n} ${n === 1 ? 'day' : 'days'}`
  return days > 0 ? count : `${count} ago`
}

/** ISO date with its weekday: "2027-04-01 Thu". */
export function formatDateWithWeekday(date: CalendarDate): string {
  return `${date} ${weekdayName(date)}`
}

export function yesNo(flag: boolean): string {
  return flag ? 'yes' : 'no'
}

/** A user as a mention (platform id), plain text (an email), or `nobody` when unset. */
export function userInline(user: string, nobody = 'no owner'): Inline {
  if (user === '') return nobody
  if (user.includes('@')) return user
  return { mention: user }
}
