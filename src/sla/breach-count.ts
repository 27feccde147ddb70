// How many targets an incident breached, judged at `now`: the same count as incidentBreaches
// (deadlines.ts) gives, from epoch milliseconds. The unclaimed credits count them for every
// incident of the register, and parsing three timestamps per incident into Temporal instants was
// most of the first build's 25 s at 100,000 vendors.
import { Temporal } from 'temporal-polyfill'
import type { Config } from '../config/config.ts'
import { addBusinessMinutes } from '../domain/business-clock.ts'
import type { Incident } from '../domain/sla.ts'
import type { StoreView } from '../store/store.ts'
import { incidentBreaches, targetMinutes } from './deadlines.ts'
import { calendarFor, targetFor } from './targets.ts'

// Whole seconds or minutes with an offset: Date.parse reads these exactly as Temporal does. Any
// other form (fractions of a second, where Temporal keeps nanoseconds) takes the Temporal path.
const PLAIN_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/

/** Epoch milliseconds of an instant whose text Date.parse reads exactly; NaN for any other. */
export function exactMs(text: string): number {
  return PLAIN_INSTANT.test(text) ? Date.parse(text) : Number.NaN
}

/** An incident's times in epoch milliseconds (responded counts resolved); undefined when any is inexact. */
export function exactTimes(
  incident: Incident,
): { started: number; responded: number | null; resolved: number | null } | undefined {
  const started = exactMs(incident.started)
  const resolved = incident.resolved ? exactMs(incident.resolved) : null
  const responded = incident.responded ? exactMs(incident.responded) : resolved
  if (Number.isNaN(started) || Number.isNaN(resolved) || Number.isNaN(responded)) return undefined
  return { started, responded, resolved }
}

export function breachCount(
  view: StoreView,
  incident: Incident,
  config: Pick<Config, 'businessCalendar' | 'TICKLER_TIMEZONE'>,
  now: Temporal.Instant,
): number {
  const target = targetFor(view, incident.contractId, incident.priority)
  if (!target) return 0
  const calendar = calendarFor(view.get('contracts', incident.contractId), config)
  const zone = config.TICKLER_TIMEZONE
  const times = exactTimes(incident)
  if (!times) return incidentBreaches(incident, target, calendar, zone, now).breaches.length
  const { started, responded, resolved } = times
  const due = (duration: string) =>
    target.hours === '24x7'
      ? started + targetMinutes(duration, target.hours, calendar) * 60_000
      : // Not through dueAt's memo: a whole register's due times are each asked once here, and
        // would push out the open incidents' that the agenda and `sla open` ask on every request.
        addBusinessMinutes(
          Temporal.Instant.fromEpochMilliseconds(started),
          targetMinutes(duration, target.hours, calendar),
          calendar,
          zone,
        ).epochMilliseconds
  // As judge in deadlines.ts: done on the due time is met; not done is late once `now` is past it.
  const late = (dueMs: number, done: number | null) =>
    done !== null ? done > dueMs : now.epochMilliseconds > dueMs
  return (late(due(target.response), responded) ? 1 : 0) + (late(due(target.resolution), resolved) ? 1 : 0)
}
