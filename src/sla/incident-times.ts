// The order an incident's times must keep: started ≤ responded ≤ resolved, none in the future.
// Shared by the commands and the incidents.csv import so both reject the same things alike.
import { Temporal } from 'temporal-polyfill'
import { localDateTime } from '../time/zone.ts'

export interface IncidentTimes {
  started: Temporal.Instant
  responded: Temporal.Instant | null
  resolved: Temporal.Instant | null
}

export interface TimesIssue {
  field: 'started' | 'responded' | 'resolved'
  message: string
}

/**
 * The first problem with the times, as a message for the user, or null when they are in order.
 * `now` is omitted by the importer (a register may be imported with --now in the past).
 */
export function incidentTimesProblem(
  times: IncidentTimes,
  zone: string,
  now?: Temporal.Instant,
): string | null {
  return incidentTimesIssue(times, zone, now)?.message ?? null
}

/** As incidentTimesProblem, naming the time at fault (the importer reports it as the column). */
export function incidentTimesIssue(
  times: IncidentTimes,
  zone: string,
  now?: Temporal.Instant,
): TimesIssue | null {
  const show = (i: Temporal.Instant) => localDateTime(i, zone)
  const { started, responded, resolved } = times
  if (now) {
    const future = (
      [
        ['started', started],
        ['responded', responded],
        ['resolved', resolved],
      ] as const
    ).find(([, t]) => t !== null && Temporal.Instant.compare(t, now) > 0)
    if (future) {
      const why = future[0] === 'started' ? ': an incident can only be logged once it has started' : ''
      return {
        field: future[0],
        message: `The ${future[0]} time ${show(future[1]!)} is in the future (now is ${show(now)})${why}.`,
      }
    }
  }
  if (responded && Temporal.Instant.compare(responded, started) < 0) {
    return {
      field: 'responded',
      message: `The response time ${show(responded)} is before the incident started (${show(started)}).`,
    }
  }
  if (resolved && Temporal.Instant.compare(resolved, started) < 0) {
    return {
      field: 'resolved',
      message: `The resolved time ${show(resolved)} is before the incident started (${show(started)}).`,
    }
  }
  if (responded && resolved && Temporal.Instant.compare(responded, resolved) > 0) {
    return {
      field: 'responded',
      message: `The response time ${show(responded)} is after the resolution (${show(resolved)}); an incident resolved without a response counts as responded at resolution.`,
    }
  }
  return null
}

/**
 * The stored form of an instant: ISO 8601 UTC to the second, as Temporal's toString({ smallestUnit:
 * 'second' }) gives (rounded down), through Date's formatter: the polyfill's allocated kilobytes
 * per call, three calls per `sla log`.
 */
export function storedInstant(instant: Temporal.Instant): string {
  // Date's fields are floored like Temporal's, so dropping '.sss' rounds down as it does.
  return `${new Date(instant.epochMilliseconds).toISOString().slice(0, -5)}Z`
}
