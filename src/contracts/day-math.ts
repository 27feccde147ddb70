// Integer calendar arithmetic for hot loops (renewals over 20,000 contracts): days since
// 1970-01-01 to and from year/month/day with Howard Hinnant's civil-date algorithms, no Date
// objects and no string parsing beyond one pass. Results match src/time/calendar-date.ts.
import type { CalendarDate } from '../time/calendar-date.ts'

export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** [year, month, day] of a day number. */
export function civilFromDays(n: number): [number, number, number] {
  const z = n + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  return [m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d]
}

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
