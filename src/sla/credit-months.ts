// Service credit per contract and month (SPEC §2, §12): the incidents that started in the month and
// their breaches, the month's availability when the contract has credit bands or outages, and the
// combined credit. `sla report`, `sla claims`, `sla claim`, `sla statement` and the claim
// reminders all read their figures here, so they always agree.
import { Temporal } from 'temporal-polyfill'
import type { Config } from '../config/config.ts'
import { type Availability, monthAvailability, monthBounds } from '../domain/availability.ts'
import { type CombinedCredit, combinedCredit, feeTerms } from '../domain/combined-credit.ts'
import type { Contract } from '../domain/contract.ts'
import type { StoreView } from '../store/store.ts'
import { addMonths } from '../time/calendar-date.ts'
import { localDate } from '../time/zone.ts'
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

/** 'YYYY-MM' of every month from `from` to `to` (dates or months), in order. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = []
  for (let m = `${from.slice(0, 7)}-01`; m.slice(0, 7) <= to.slice(0, 7); m = addMonths(m, 1)) {
    months.push(m.slice(0, 7))
  }
  return months
}

/** The month an instant falls in, in the zone. */
export function monthOfInstant(instant: string, zone: string): string {
  return localDate(Temporal.Instant.from(instant), zone).slice(0, 7)
}

/**
 * Months of the contract that can carry a credit: those with an incident or an outage. (A month
 * without outages is 100% available, so bands alone earn nothing.)
 */
export function monthsWithEvents(view: StoreView, contract: Contract, zone: string): string[] {
  const months = new Set<string>()
  for (const i of incidentsOfContract(view, contract.id)) months.add(monthOfInstant(i.started, zone))
  for (const d of downtimesOfContract(view, contract.id)) {
    for (const m of monthsBetween(monthOfInstant(d.from, zone), monthOfInstant(d.to, zone))) months.add(m)
  }
  return [...months].sort()
}

/** The contract's figures for one month, judged at `now` (open incidents keep counting). */
export function contractMonth(
  view: StoreView,
  config: CreditConfig,
  now: Temporal.Instant,
  contract: Contract,
  month: string,
): ContractMonth {
  const zone = config.TICKLER_TIMEZONE
  const incidents = incidentsOfContract(view, contract.id)
    .filter((i) => monthOfInstant(i.started, zone) === month)
    .map((i) => incidentFacts(view, i, config, now))
    .sort(
      (a, b) =>
        Date.parse(a.incident.started) - Date.parse(b.incident.started) ||
        a.incident.id.localeCompare(b.incident.id),
    )
  const breaches = incidents.reduce((n, f) => n + (f.state?.breaches.length ?? 0), 0)
  const bands = bandsOfContract(view, contract.id)
  const { start, end } = monthBounds(month, zone)
  const outages = downtimesOfContract(view, contract.id).filter(
    (d) => Date.parse(d.from) < end.epochMilliseconds && Date.parse(d.to) > start.epochMilliseconds,
  )
  const availability =
    bands.length > 0 || outages.length > 0 ? monthAvailability(month, outages, bands, zone) : null
  const terms = feeTerms(contract, bands.length > 0)
  const credit =
    terms && (breaches > 0 || availability !== null) ? combinedCredit(breaches, availability, terms) : null
  return { contract, month, incidents, breaches, availability, credit }
}
