// The renewals computation (SPEC §4.1): every active contract's next deadline on a given day,
// computed once per store revision and day and kept sorted, so `renewals`, the agenda and the
// benchmark only filter. 20,000 contracts cost one pass and one sort per change, not per command.
import { type BoundedMemo, boundedMemo } from '../domain/bounded-memo.ts'
import type { Contract } from '../domain/contract.ts'
import { currentTermDays, isActive } from '../domain/current-term.ts'
import { parseAmount, totalsByCurrency } from '../domain/money.ts'
import type { DeadlineKind } from '../domain/notice-deadline.ts'
import { noticeDayFor, type WorkingDays } from '../domain/notice-period.ts'
import type { Vendor } from '../domain/vendor.ts'
import { revisionCache } from '../store/revision-cache.ts'
import type { StoreView } from '../store/store.ts'
import { type CalendarDate, fromDayNumber, toDayNumber } from '../time/calendar-date.ts'

export interface RenewalRow {
  contract: Contract
  vendor: Vendor | undefined
  vendorName: string
  /** The next deadline: the notice deadline while ahead, else the end of the current term. */
  kind: DeadlineKind
  date: CalendarDate
  daysLeft: number
  notice: CalendarDate
  end: CalendarDate
  /** Notice deadline passed, end not: listed first as "notice missed N days ago". */
  missed: boolean
  minor: bigint
  /** The rendered line, filled on first use: rows are cached per revision and day. */
  line?: string
}

export interface RenewalsOnDay {
  today: CalendarDate
  /** Missed notices, oldest notice first. */
  missed: RenewalRow[]
  /** Every other active contract, by next deadline, ties by vendor name then title. */
  upcoming: RenewalRow[]
}

export interface RenewalsSelection {
  missed: RenewalRow[]
  rows: RenewalRow[]
  /** Annual value per currency over missed and rows, first-seen order; filled on first use. */
  totals?: Map<string, bigint>
}

export function selectionTotals(selection: RenewalsSelection): Map<string, bigint> {
  selection.totals ??= totalsByCurrency(
    [...selection.missed, ...selection.rows].map((r) => ({ minor: r.minor, currency: r.contract.currency })),
  )
  return selection.totals
}

interface OnDay {
  result: RenewalsOnDay
  /** Window selections already made for this day, by "from|to". */
  selections: BoundedMemo<RenewalsSelection>
}

/** One cache per working-day calendar (the configured one: in practice there is one). */
const byCalendar = new WeakMap<WorkingDays, (view: StoreView, today: CalendarDate) => OnDay>()

function onDay(view: StoreView, today: CalendarDate, calendar: WorkingDays): OnDay {
  let cached = byCalendar.get(calendar)
  if (!cached) {
    cached = revisionCache(
      ['contracts', 'vendors'],
      (v, t): OnDay => ({
        result: compute(v.all('contracts'), v.all('vendors'), t, calendar),
        selections: boundedMemo(50),
      }),
    )
    byCalendar.set(calendar, cached)
  }
  return cached(view, today)
}

/** The missed notices and the rows whose next deadline is in from..to (both included). */
export function renewalsIn(
  view: StoreView,
  today: CalendarDate,
  from: CalendarDate,
  to: CalendarDate,
  calendar: WorkingDays,
): RenewalsSelection {
  const { result, selections } = onDay(view, today, calendar)
  return selections.get(`${from}|${to}`, () => {
    const rows: RenewalRow[] = []
    for (const row of result.upcoming) {
      if (row.date > to) break
      if (row.date >= from) rows.push(row)
    }
    return { missed: result.missed, rows }
  })
}

function compute(
  contracts: readonly Contract[],
  vendorList: readonly Vendor[],
  today: CalendarDate,
  calendar: WorkingDays,
): RenewalsOnDay {
  const vendors = new Map<string, Vendor>()
  for (const v of vendorList) vendors.set(v.id, v)
  const missed: Keyed[] = []
  const upcoming: Keyed[] = []
  const t = toDayNumber(today)
  for (const contract of contracts) {
    if (!isActive(contract, today)) continue
    const vendor = vendors.get(contract.vendorId)
    const vendorName = vendor?.name ?? contract.vendorId
    const endDay = currentTermDays(contract, t).end
    const noticeDay = noticeDayFor(contract, endDay, calendar)
    const isMissed = noticeDay < t
    const end = fromDayNumber(endDay)
    const notice = noticeDay === endDay ? end : fromDayNumber(noticeDay)
    const date = isMissed ? end : notice
    const row: RenewalRow = {
      contract,
      vendor,
      vendorName,
      kind: isMissed ? 'end' : 'notice',
      date,
      daysLeft: (isMissed ? endDay : noticeDay) - t,
      notice,
      end,
      missed: isMissed,
      minor: parseAmount(contract.annualValue, contract.currency) ?? 0n,
    }
    // Plain string keys sort 20,000 rows far faster than localeCompare.
    const sortDate = isMissed ? notice : date
    const key = `${sortDate}\u0000${vendorName.toLowerCase()}\u0000${contract.title.toLowerCase()}\u0000${contract.id}`
    ;(isMissed ? missed : upcoming).push({ key, row })
  }
  return { today, missed: sorted(missed), upcoming: sorted(upcoming) }
}

interface Keyed {
  key: string
  row: RenewalRow
}

function sorted(list: Keyed[]): RenewalRow[] {
  list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return list.map((k) => k.row)
}
