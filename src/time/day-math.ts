// Integer calendar arithmetic for hot loops (renewals over 20,000 contracts): days since
// 1970-01-01 to and from year/month/day with the civil-date algorithms of
// src/time/calendar-date.ts, no Date objects and no string parsing beyond one pass.
import { type CalendarDate, civilFromDays, daysFromCivil } from './calendar-date.ts'

export function dayNumber(date: CalendarDate): number {
  return daysFromCivil(
    Number(date.slice(0, 4)),
    (date.charCodeAt(5) - 48) * 10 + date.charCodeAt(6) - 48,
    (date.charCodeAt(8) - 48) * 10 + date.charCodeAt(9) - 48,
  )
}

function two(n: number): string {
  return n < 10 ? `0${n}` : `${n}`
}

export function dateOf(n: number): CalendarDate {
  const [y, m, d] = civilFromDays(n)
  return `${y >= 1000 ? y : String(y).padStart(4, '0')}-${two(m)}-${two(d)}`
}

export function monthLength(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31
}
