// Open incidents with where each target stands: `sla open` lists them all, the agenda only those
// close to or past a target.
import type { Temporal } from 'temporal-polyfill'
import type { Config } from '../config/config.ts'
import type { Calendar } from '../domain/business-clock.ts'
import type { Incident } from '../domain/sla.ts'
import { revisionCache } from '../store/revision-cache.ts'
import type { StoreView } from '../store/store.ts'
import type { TargetState } from './deadlines.ts'
import {
  type IncidentClock,
  type IncidentTimes,
  incidentClock,
  incidentTimes,
  isNearOrPast,
  type Moment,
  momentOf,
} from './incident-clock.ts'
import { type IncidentFacts, incidentFacts } from './incident-view.ts'

/** The target still running for an open incident: the response until it is done, then the resolution. */
export function runningTarget(
  facts: IncidentFacts,
): { kind: 'response' | 'resolution'; state: TargetState } | null {
  if (!facts.state) return null
  if (!facts.state.response.doneAt) return { kind: 'response', state: facts.state.response }
  return { kind: 'resolution', state: facts.state.resolution }
}

// The few open incidents among hundreds of thousands, found once per change of the incidents:
// `sla open`, the agenda and every Home filtered them all on each request.
export const unresolvedIncidents = revisionCache(['incidents'], (view): readonly Incident[] =>
  view.all('incidents').filter((i) => i.resolved === null),
)

/** Open incidents, the most urgent first: earliest running deadline; those without a target last. */
export function openIncidents(
  view: StoreView,
  config: Pick<Config, 'businessCalendar' | 'TICKLER_TIMEZONE'>,
  now: Temporal.Instant,
): IncidentFacts[] {
  const open = unresolvedIncidents(view).map((i) => incidentFacts(view, i, config, now))
  const due = (f: IncidentFacts) => runningTarget(f)?.state.due.epochMilliseconds ?? Number.POSITIVE_INFINITY
  return open.sort((a, b) => due(a) - due(b) || a.incident.id.localeCompare(b.incident.id))
}

// The open incidents' targets and due times, worked out once per change of the incidents, targets
// or contracts (and per configured calendar and zone): only the judging depends on the time asked.
const timesCaches = new WeakMap<Calendar, Map<string, (view: StoreView) => readonly IncidentTimes[]>>()

function openIncidentTimes(
  view: StoreView,
  config: Pick<Config, 'businessCalendar' | 'TICKLER_TIMEZONE'>,
): readonly IncidentTimes[] {
  const zone = config.TICKLER_TIMEZONE
  let byZone = timesCaches.get(config.businessCalendar)
  if (!byZone) {
    byZone = new Map()
    timesCaches.set(config.businessCalendar, byZone)
  }
  let times = byZone.get(zone)
  if (!times) {
    const settings = { businessCalendar: config.businessCalendar, TICKLER_TIMEZONE: zone }
    times = revisionCache(['incidents', 'slaTargets', 'contracts'], (v) =>
      unresolvedIncidents(v).flatMap((i) => incidentTimes(v, i, settings) ?? []),
    )
    byZone.set(zone, times)
  }
  return times(view)
}

/**
 * Open incidents close to or past a target (isNearOrPast), in openIncidents' order, judged in
 * epoch milliseconds: the agenda asks on every request, and only the lines it shows are text.
 */
export function nearOrPastIncidents(
  view: StoreView,
  config: Pick<Config, 'businessCalendar' | 'TICKLER_TIMEZONE'>,
  now: Temporal.Instant,
): { moment: Moment; near: IncidentClock[] } {
  const zone = config.TICKLER_TIMEZONE
  const moment = momentOf(now, zone)
  const near: IncidentClock[] = []
  for (const times of openIncidentTimes(view, config)) {
    const c = incidentClock(times, view.get('vendors', times.incident.vendorId), config, now, moment)
    if (isNearOrPast(c, moment, zone)) near.push(c)
  }
  // The running target's due time, as runningClock picks it, without an object per comparison.
  const due = (c: IncidentClock) => (c.response.doneMs === null ? c.response : c.resolution).dueMs
  near.sort((a, b) => due(a) - due(b) || a.incident.id.localeCompare(b.incident.id))
  return { moment, near }
}
