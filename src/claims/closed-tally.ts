// How many unclaimed credits have a closed claim window, and their credit per currency, kept with
// the list (unclaimed.ts) and moved by the rows a patch or a new day adds and removes: the agenda's
// line for the older closed windows summed 160,000 rows on every request at 100,000 vendors.
import type { CalendarDate } from '../time/calendar-date.ts'

export interface Tally {
  count: number
  /** Minor units, exact however many rows. */
  minor: bigint
}

/** Per currency; a currency with no rows has no entry. Replaced, never mutated: lists share it. */
export type Tallies = ReadonlyMap<string, Tally>

interface Credit {
  minor: bigint
  currency: string
  deadline: CalendarDate | null
}

/** `base` with `added` counted in and `removed` counted out; `base` is left as it was. */
export function tallied(
  base: Tallies,
  added: Iterable<Pick<Credit, 'minor' | 'currency'>>,
  removed: Iterable<Pick<Credit, 'minor' | 'currency'>> = [],
): Tallies {
  const next = new Map(base)
  const move = (row: Pick<Credit, 'minor' | 'currency'>, sign: 1 | -1) => {
    const was = next.get(row.currency) ?? { count: 0, minor: 0n }
    const now = { count: was.count + sign, minor: sign > 0 ? was.minor + row.minor : was.minor - row.minor }
    if (now.count === 0) next.delete(row.currency)
    else next.set(row.currency, now)
  }
  for (const row of added) move(row, 1)
  for (const row of removed) move(row, -1)
  return next
}

/**
 * The first row from `from` that has no deadline or whose deadline passes `reached`: rows are by
 * deadline, those without one last (byUrgency), so a binary search finds it.
 */
export function firstDeadline<T extends Pick<Credit, 'deadline'>>(
  rows: readonly T[],
  from: number,
  reached: (deadline: CalendarDate) => boolean,
): number {
  let lo = from
  let hi = rows.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const deadline = rows[mid]!.deadline
    if (deadline !== null && !reached(deadline)) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The rows whose claim window closed before `today`. */
export function closedBy<T extends Credit>(rows: Iterable<T>, today: CalendarDate): T[] {
  const out: T[] = []
  for (const row of rows) if (row.deadline !== null && row.deadline < today) out.push(row)
  return out
}
