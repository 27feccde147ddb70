// Where an open incident's targets stand, in epoch milliseconds: the agenda judges every open
// incident on each request (772 at 100,000 vendors), and making Temporal instants for each one's
// start, due times and minutes left cost 10–20 µs an incident. The outcomes are incidentBreaches'
// (deadlines.ts) and the minutes clockMinutes'; an incident with a timestamp Date.parse cannot
// read exactly (a fraction of a second) is judged by incidentBreaches itself.
import type { Temporal } from 'temporal-polyfill'
import type { Config } from '../config/config.ts'
import { businessMinutesInDays, type Calendar } from '../domain/business-clock.ts'
import type { Contract } from '../domain/contract.ts'
import type { Incident, SlaTarget } from '../domain/sla.ts'
import type { Vendor } from '../domain/vendor.ts'
import type { StoreView } from '../store/store.ts'
import { toDayNumber } from '../time/calendar-date.ts'
import { exactTimes } from './breach-count.ts'
import { dueAtMs, incidentBreaches, type Outcome, type TargetState, targetMinutes } from './deadlines.ts'
import { localDay, localDayOfMs } from './sla-format.ts'
import { calendarFor, targetFor } from './targets.ts'

/** The moment of judgement, converted once per request. */
export interface Moment {
  /** Epoch milliseconds, as Temporal floors them. */
  ms: number
  /** A fraction of a millisecond past `ms`: a target due on `ms` is then already late. */
  fraction: boolean
  /** The local date, and its day number. */
  today: string
  day: number
}

export function momentOf(now: Temporal.Instant, zone: string): Moment {
  const today = localDay(now, zone)
  return {
    ms: now.epochMilliseconds,
    fraction: now.epochNanoseconds % 1_000_000n !== 0n,
    today,
    day: toDayNumber(today),
  }
}

/** A TargetState in epoch milliseconds. */
export interface TargetClock {
  dueMs: number
  doneMs: number | null
  outcome: Outcome
}

export function targetClock(state: TargetState): TargetClock {
  return {
    dueMs: state.due.epochMilliseconds,
    doneMs: state.doneAt ? state.doneAt.epochMilliseconds : null,
    outcome: state.outcome,
  }
}

/** An incident with a target for its priority, and where both of its targets stand. */
export interface IncidentClock {
  incident: Incident
  vendor: Vendor | undefined
  contract: Contract | undefined
  target: SlaTarget
  calendar: Calendar
  response: TargetClock
  resolution: TargetClock
}

/**
 * What an incident's clocks need that does not depend on the time of asking: its target, calendar,
 * due times and done times. `ms` is absent when a timestamp has a fraction of a second, which only
 * Temporal reads exactly: such an incident is judged by incidentBreaches.
 */
export interface IncidentTimes {
  incident: Incident
  contract: Contract | undefined
  target: SlaTarget
  calendar: Calendar
  ms?: { responseDue: number; resolutionDue: number; responded: number | null; resolved: number | null }
}

/** Undefined when the contract has no target for the incident's priority. */
export function incidentTimes(
  view: StoreView,
  incident: Incident,
  config: Pick<Config, 'businessCalendar' | 'TICKLER_TIMEZONE'>,
): IncidentTimes | undefined {
  const target = targetFor(view, incident.contractId, incident.priority)
  if (!target) return undefined
  const contract = view.get('contracts', incident.contractId)
  const calendar = calendarFor(contract, config)
  const zone = config.TICKLER_TIMEZONE
  const times = exactTimes(incident)
  if (!times) return { incident, contract, target, calendar }
  const { started, responded, resolved } = times
  const responseDue = dueAtMs(started, target.response, target.hours, calendar, zone)
  const resolutionDue = dueAtMs(started, target.resolution, target.hours, calendar, zone)
  return { incident, contract, target, calendar, ms: { responseDue, resolutionDue, responded, resolved } }
}

/** Where the incident's targets stand at `now` (`moment` is the same instant, converted). */
export function incidentClock(
  times: IncidentTimes,
  vendor: Vendor | undefined,
  config: Pick<Config, 'TICKLER_TIMEZONE'>,
  now: Temporal.Instant,
  moment: Moment,
): IncidentClock {
  const { incident, contract, target, calendar, ms } = times
  if (!ms) {
    const state = incidentBreaches(incident, target, calendar, config.TICKLER_TIMEZONE, now)
    const response = targetClock(state.response)
    return {
      incident,
      vendor,
      contract,
      target,
      calendar,
      response,
      resolution: targetClock(state.resolution),
    }
  }
  const response = judge(ms.responseDue, ms.responded, moment)
  const resolution = judge(ms.resolutionDue, ms.resolved, moment)
  return { incident, vendor, contract, target, calendar, response, resolution }
}

/** As judge in deadlines.ts: done on the due time is met; not done is late once the moment is past it. */
function judge(dueMs: number, doneMs: number | null, moment: Moment): TargetClock {
  if (doneMs !== null) return { dueMs, doneMs, outcome: doneMs <= dueMs ? 'met' : 'breached' }
  const late = moment.ms > dueMs || (moment.ms === dueMs && moment.fraction)
  return { dueMs, doneMs: null, outcome: late ? 'breached' : 'pending' }
}

/** The target still running: the response until it is done, then the resolution (runningTarget). */
export function runningClock(c: IncidentClock): { kind: 'response' | 'resolution'; clock: TargetClock } {
  if (c.response.doneMs === null) return { kind: 'response', clock: c.response }
  return { kind: 'resolution', clock: c.resolution }
}

/** clockMinutes from the moment to the due time, with the due time's local day from the memo. */
export function minutesLeft(
  c: Pick<IncidentClock, 'target' | 'calendar'>,
  dueMs: number,
  moment: Moment,
  zone: string,
): number {
  if (c.target.hours === '24x7') return (dueMs - moment.ms) / 60_000
  const dueDay = toDayNumber(localDayOfMs(dueMs, zone))
  if (dueMs >= moment.ms) return businessMinutesInDays(moment.ms, dueMs, moment.day, dueDay, c.calendar, zone)
  return -businessMinutesInDays(dueMs, moment.ms, dueDay, moment.day, c.calendar, zone)
}

/** Close to a target: less than a quarter of it, or less than an hour, left on its own clock. */
export function isNearOrPast(c: IncidentClock, moment: Moment, zone: string): boolean {
  const running = runningClock(c)
  if (running.clock.outcome === 'breached') return true
  // A response already late stays on the agenda until the incident is resolved.
  if (c.response.outcome === 'breached') return true
  const left = minutesLeft(c, running.clock.dueMs, moment, zone)
  const duration = running.kind === 'response' ? c.target.response : c.target.resolution
  const whole = targetMinutes(duration, c.target.hours, c.calendar)
  return left < 60 || left * 4 < whole
}
