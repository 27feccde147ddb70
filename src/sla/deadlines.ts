// When each target of an incident falls due and whether it was met. Pure: the calendar, zone and
// (for open incidents) the moment of judgement are passed in.
import { Temporal } from 'temporal-polyfill'
import { type BoundedMemo, boundedMemo } from '../domain/bounded-memo.ts'
import {
  addBusinessMinutes,
  businessDayMinutes,
  businessMinutesBetween,
  type Calendar,
} from '../domain/business-clock.ts'
import type { Incident, SlaTarget } from '../domain/sla.ts'

export type TargetHours = SlaTarget['hours']

/** Minutes of a target such as '30m', '4h', '2d'; in business hours a day is one business day. */
export function targetMinutes(duration: string, hours: TargetHours, calendar: Calendar): number {
  const m = /^(\d+)(m|h|d)$/.exec(duration)
  if (!m) throw new RangeError(`not a target duration: ${duration}`)
  const n = Number(m[1])
  if (m[2] === 'm') return n
  if (m[2] === 'h') return n * 60
  return n * (hours === 'business' ? businessDayMinutes(calendar) : 24 * 60)
}

/** The instant a target measured from `start` falls due: elapsed real time for 24x7. */
export function dueAt(
  start: Temporal.Instant,
  duration: string,
  hours: TargetHours,
  calendar: Calendar,
  zone: string,
): Temporal.Instant {
  const minutes = targetMinutes(duration, hours, calendar)
  if (hours === '24x7') return start.add({ minutes })
  return memoisedBusinessDue(start.epochMilliseconds, minutes, calendar, zone, () => start)
}

// A business-hours due time depends only on its inputs, but walking the calendar costs tens of
// microseconds; `agenda`, `sla open` and the sweep ask again for the same open incidents on every
// request. Calendars are config or contract objects, so a WeakMap drops entries with them.
const dueCache = new WeakMap<Calendar, BoundedMemo<Temporal.Instant>>()

function memoisedBusinessDue(
  startMs: number,
  minutes: number,
  calendar: Calendar,
  zone: string,
  start: () => Temporal.Instant,
) {
  let byStart = dueCache.get(calendar)
  if (!byStart) {
    byStart = boundedMemo(50_000)
    dueCache.set(calendar, byStart)
  }
  return byStart.get(`${startMs}|${minutes}|${zone}`, () =>
    addBusinessMinutes(start(), minutes, calendar, zone),
  )
}

/**
 * dueAt in epoch milliseconds, for a start given in whole milliseconds: the same instant, through
 * the same memo for business hours, without an instant per incident for 24x7.
 */
export function dueAtMs(
  startMs: number,
  duration: string,
  hours: TargetHours,
  calendar: Calendar,
  zone: string,
): number {
  const minutes = targetMinutes(duration, hours, calendar)
  if (hours === '24x7') return startMs + minutes * 60_000
  return memoisedBusinessDue(startMs, minutes, calendar, zone, () =>
    Temporal.Instant.fromEpochMilliseconds(startMs),
  ).epochMilliseconds
}

/** Minutes on the target's own clock from `from` to `to` (negative when `to` is earlier). */
export function clockMinutes(
  from: Temporal.Instant,
  to: Temporal.Instant,
  hours: TargetHours,
  calendar: Calendar,
  zone: string,
): number {
  if (hours === '24x7') return (to.epochMilliseconds - from.epochMilliseconds) / 60_000
  if (Temporal.Instant.compare(to, from) >= 0) return businessMinutesBetween(from, to, calendar, zone)
  return -businessMinutesBetween(to, from, calendar, zone)
}

/** met: done by the due time (exactly on it counts); breached: done late, or not done and past due. */
export type Outcome = 'met' | 'breached' | 'pending'

export interface TargetState {
  due: Temporal.Instant
  /** When it was done: for the response, the resolution time when no response was recorded. */
  doneAt: Temporal.Instant | null
  outcome: Outcome
}

export interface IncidentBreaches {
  response: TargetState
  resolution: TargetState
  /** Breached targets, response first; one incident can breach twice. */
  breaches: Array<'response' | 'resolution'>
}

function judge(due: Temporal.Instant, doneAt: Temporal.Instant | null, now?: Temporal.Instant): TargetState {
  if (doneAt) return { due, doneAt, outcome: Temporal.Instant.compare(doneAt, due) <= 0 ? 'met' : 'breached' }
  const late = now !== undefined && Temporal.Instant.compare(now, due) > 0
  return { due, doneAt: null, outcome: late ? 'breached' : 'pending' }
}

/**
 * Deadlines and outcomes of an incident against its priority's target. Without `now` an undone
 * target is 'pending'; with `now` one whose due time has passed is already 'breached'.
 */
export function incidentBreaches(
  incident: Pick<Incident, 'started' | 'responded' | 'resolved'>,
  target: Pick<SlaTarget, 'response' | 'resolution' | 'hours'>,
  calendar: Calendar,
  zone: string,
  now?: Temporal.Instant,
): IncidentBreaches {
  const started = Temporal.Instant.from(incident.started)
  const resolved = incident.resolved ? Temporal.Instant.from(incident.resolved) : null
  const responded = incident.responded ? Temporal.Instant.from(incident.responded) : resolved
  const response = judge(dueAt(started, target.response, target.hours, calendar, zone), responded, now)
  const resolution = judge(dueAt(started, target.resolution, target.hours, calendar, zone), resolved, now)
  const breaches: Array<'response' | 'resolution'> = []
  if (response.outcome === 'breached') breaches.push('response')
  if (resolution.outcome === 'breached') breaches.push('resolution')
  return { response, resolution, breaches }
}
