// Open incidents with where each target stands: `sla open` lists them all, the agenda only those
// close to or past a target.
import type { Temporal } from 'temporal-polyfill'
import type { Config } from '../config/config.ts'
import type { Incident } from '../domain/sla.ts'
import { revisionCache } from '../store/revision-cache.ts'
import type { StoreView } from '../store/store.ts'
import { clockMinutes, type TargetState, targetMinutes } from './deadlines.ts'
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

/** Close to a target: less than a quarter of it, or less than an hour, left on its own clock. */
export function isNearOrPast(facts: IncidentFacts, zone: string, now: Temporal.Instant): boolean {
  const running = runningTarget(facts)
  if (!running || !facts.target) return false
  if (running.state.outcome === 'breached') return true
  // A response already late stays on the agenda until the incident is resolved.
  if (facts.state!.response.outcome === 'breached') return true
  const hours = facts.target.hours
  const left = clockMinutes(now, running.state.due, hours, facts.calendar, zone)
  const duration = running.kind === 'response' ? facts.target.response : facts.target.resolution
  const whole = targetMinutes(duration, hours, facts.calendar)
  return left < 60 || left * 4 < whole
}
