// Service credit per contract and month (SPEC §2, §12): the incidents that started in the month and
// their breaches, the month's availability when the contract has credit bands or outages, and the
// combined credit. `sla report`, `sla claims`, `sla claim`, `sla statement` and the claim
// reminders all read their figures here, so they always agree.
import type { Temporal } from 'temporal-polyfill'
import type { Config } from '../config/config.ts'
import { type Availability, monthAvailability } from '../domain/availability.ts'
import { boundedMemo } from '../domain/bounded-memo.ts'
import { type CombinedCredit, combinedCredit, feeTerms } from '../domain/combined-credit.ts'
import type { Contract } from '../domain/contract.ts'
import type { Incident } from '../domain/sla.ts'
import type { StoreView } from '../store/store.ts'
import { monthString } from '../time/day-string.ts'
import { startOfDay } from '../time/zone.ts'
import { breachCount } from './breach-count.ts'
import { bandsOfContract, downtimesOfContract, incidentsOfContract } from './by-contract.ts'
import { type IncidentFacts, incidentFacts } from './incident-view.ts'

export interface ContractMonth {
  contract: Contract
  /** 'YYYY-MM' in the organisation's zone. */
  month: string
  /** Incidents of the contract that started in the month, oldest first. */
  incidents: IncidentFacts[]
  breaches: number
  /** Null when the contract has neither credit bands nor outages in the month. */
  availability: Availability | null
  /** Null: the contract has no monthly fee or credit terms. */
  credit: CombinedCredit | null
}

type CreditConfig = Pick<Config, 'businessCalendar' | 'TICKLER_TIMEZONE'>

/** 'YYYY-MM' `n` months after `month` (before it when negative). */
function shiftMonth(month: string, n: number): string {
  return monthString(Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n)
}

/** 'YYYY-MM' of every month from `from` to `to` (dates or months), in order. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = []
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = shiftMonth(m, 1)) months.push(m)
  return months
}

// A zone conversion per incident was most of the cost of listing unclaimed credits over a whole
// register; a month's first midnight never changes, so remember it.
const monthStarts = boundedMemo<number>(10_000)

function monthStartMs(month: string, zone: string): number {
  return monthStarts.get(`${zone}|${month}`, () => startOfDay(`${month}-01`, zone).epochMilliseconds)
}

/** The month an instant falls in, in the zone: its UTC month, or the one before or after it. */
export function monthOfInstant(instant: string, zone: string): string {
  const ms = Date.parse(instant)
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${instant}`)
  // The month's text is shared (monthString): credit rows and month keys keep it for the day.
  const at = new Date(ms)
  const index = at.getUTCFullYear() * 12 + at.getUTCMonth()
  const utc = monthString(index)
  if (ms < monthStartMs(utc, zone)) return monthString(index - 1)
  const next = monthString(index + 1)
  return ms >= monthStartMs(next, zone) ? next : utc
}

/** The contract's incidents by the month they started in, in the zone. */
export function incidentsByMonth(view: StoreView, contract: Contract, zone: string): Map<string, Incident[]> {
  const byMonth = new Map<string, Incident[]>()
  for (const i of incidentsOfContract(view, contract.id)) {
    const month = monthOfInstant(i.started, zone)
    const list = byMonth.get(month)
    if (list) list.push(i)
    else byMonth.set(month, [i])
  }
  return byMonth
}

/**
 * Months of the contract that can carry a credit: those with an incident or an outage. (A month
 * without outages is 100% available, so bands alone earn nothing.)
 */
export function monthsWithEvents(
  view: StoreView,
  contract: Contract,
  zone: string,
  byMonth = incidentsByMonth(view, contract, zone),
): string[] {
  const months = new Set(byMonth.keys())
  for (const d of downtimesOfContract(view, contract.id)) {
    for (const m of monthsBetween(monthOfInstant(d.from, zone), monthOfInstant(d.to, zone))) months.add(m)
  }
  return [...months].sort()
}

/**
 * The contract's figures for one month, judged at `now` (open incidents keep counting). `started`:
 * the contract's incidents that started in the month, when the caller has them by month already.
 */
export function contractMonth(
  view: StoreView,
  config: CreditConfig,
  now: Temporal.Instant,
  contract: Contract,
  month: string,
  started: readonly Incident[] = incidentsByMonth(view, contract, config.TICKLER_TIMEZONE).get(month) ?? [],
): ContractMonth {
  const zone = config.TICKLER_TIMEZONE
  const incidents = started
    .map((i) => incidentFacts(view, i, config, now))
    .sort(
      (a, b) =>
        Date.parse(a.incident.started) - Date.parse(b.incident.started) ||
        a.incident.id.localeCompare(b.incident.id),
    )
  const breaches = incidents.reduce((n, f) => n + (f.state?.breaches.length ?? 0), 0)
  const { availability, credit } = monthFigures(view, zone, contract, month, breaches)
  return { contract, month, incidents, breaches, availability, credit }
}

/**
 * The contract's credit for one month as contractMonth gives it, without the incidents' facts:
 * the unclaimed list asks it for every contract-month of the register (300,000 incidents at
 * 100,000 vendors), where parsing each time into a Temporal instant was most of the cost.
 */
export function monthCredit(
  view: StoreView,
  config: CreditConfig,
  now: Temporal.Instant,
  contract: Contract,
  month: string,
  started: readonly Incident[] = incidentsByMonth(view, contract, config.TICKLER_TIMEZONE).get(month) ?? [],
): CombinedCredit | null {
  let breaches = 0
  for (const incident of started) breaches += breachCount(view, incident, config, now)
  return monthFigures(view, config.TICKLER_TIMEZONE, contract, month, breaches).credit
}

function monthFigures(view: StoreView, zone: string, contract: Contract, month: string, breaches: number) {
  const bands = bandsOfContract(view, contract.id)
  const start = monthStartMs(month, zone)
  const end = monthStartMs(shiftMonth(month, 1), zone)
  const outages = downtimesOfContract(view, contract.id).filter(
    (d) => Date.parse(d.from) < end && Date.parse(d.to) > start,
  )
  const availability =
    bands.length > 0 || outages.length > 0 ? monthAvailability(month, outages, bands, zone) : null
  const terms = feeTerms(contract, bands.length > 0)
  const credit =
    terms && (breaches > 0 || availability !== null) ? combinedCredit(breaches, availability, terms) : null
  return { availability, credit }
}
