// Incident posts, found by the sweep rather than pushed by the SLA commands so SLA code never knows
// about channels: one post when an incident is logged (dated by its start) and one per target it
// breaches (dated by the moment the target fell due). An event before the channel subscribed, or
// older than the look-back, is not posted, so an import of old incidents or a long outage never
// floods a channel.
import type { Temporal } from 'temporal-polyfill'
import type { Config } from '../config/config.ts'
import type { Calendar } from '../domain/business-clock.ts'
import type { Incident, SlaTarget } from '../domain/sla.ts'
import type { Subscription } from '../domain/subscription.ts'
import { incidentFacts, incidentReply } from '../sla/incident-view.ts'
import { calendarFor, targetFor } from '../sla/targets.ts'
import { revisionCache } from '../store/revision-cache.ts'
import type { StoreView } from '../store/store.ts'
import { passesFilters } from './filters.ts'
import { type IncidentEvent, incidentKey } from './ledger-keys.ts'
import { ledgerState, type PlannedPost } from './planned-post.ts'

export const INCIDENT_LOOKBACK_DAYS = 7

interface Event {
  kind: IncidentEvent
  atMs: number
}

function eventsOf(
  view: StoreView,
  config: Config,
  incident: Incident,
  now: Temporal.Instant,
): readonly Event[] {
  if (!incident.resolved) return computeEvents(view, config, incident, now)
  // Resolved: responded (or resolved) times are set, so the outcomes no longer depend on `now`
  // and stay right while the record, its target, its calendar and the zone stay the same.
  const target = targetFor(view, incident.contractId, incident.priority)
  const calendar = calendarFor(view.get('contracts', incident.contractId), config)
  const zone = config.TICKLER_TIMEZONE
  const hit = settled.get(incident)
  if (hit && hit.target === target && hit.calendar === calendar && hit.zone === zone) return hit.events
  const events = computeEvents(view, config, incident, now)
  settled.set(incident, { target, calendar, zone, events })
  return events
}

/** Events of resolved incidents, per record (records are replaced, never mutated). */
const settled = new WeakMap<
  Incident,
  { target: SlaTarget | undefined; calendar: Calendar; zone: string; events: readonly Event[] }
>()

function computeEvents(view: StoreView, config: Config, incident: Incident, now: Temporal.Instant): Event[] {
  const events: Event[] = [{ kind: 'logged', atMs: Date.parse(incident.started) }]
  const { state } = incidentFacts(view, incident, config, now)
  if (state?.response.outcome === 'breached') {
    events.push({ kind: 'breach-response', atMs: state.response.due.epochMilliseconds })
  }
  if (state?.resolution.outcome === 'breached') {
    events.push({ kind: 'breach-resolution', atMs: state.resolution.due.epochMilliseconds })
  }
  return events
}

interface Indexed {
  incident: Incident
  /** When it was resolved, ms since the epoch; +Infinity while open. */
  resolvedMs: number
}

// Same order as localeCompare (same default locale and options) without its per-call cost.
const byId = new Intl.Collator()

/**
 * Every incident in id order with its resolution time parsed, kept until an incident changes:
 * a sweep then skips the thousands resolved before the look-back with one number comparison
 * each, instead of copying, sorting and date-parsing all 30,000 incidents every minute.
 */
const incidentIndex = revisionCache(['incidents'], (view): readonly Indexed[] =>
  view
    .all('incidents')
    .map((incident) => ({
      incident,
      resolvedMs: incident.resolved ? Date.parse(incident.resolved) : Number.POSITIVE_INFINITY,
    }))
    .sort((a, b) => byId.compare(a.incident.id, b.incident.id)),
)

const TITLES: Record<IncidentEvent, string> = {
  logged: 'Incident logged',
  'breach-response': 'SLA breach: response target missed',
  'breach-resolution': 'SLA breach: resolution target missed',
}

export function planIncidents(
  view: StoreView,
  config: Config,
  now: Temporal.Instant,
  subscriptions: readonly Subscription[],
  claimTimeoutMinutes: number,
): PlannedPost[] {
  if (subscriptions.length === 0) return []
  const nowMs = now.epochMilliseconds
  const horizonMs = nowMs - INCIDENT_LOOKBACK_DAYS * 86_400_000
  const posts: PlannedPost[] = []
  for (const { incident, resolvedMs } of incidentIndex(view, '')) {
    // Resolved before the look-back: every event of it lies before the look-back too.
    if (resolvedMs < horizonMs) continue
    const vendor = view.get('vendors', incident.vendorId)
    const contract = view.get('contracts', incident.contractId)
    const channels = subscriptions.filter((s) => !contract || passesFilters(s.filters, contract, vendor))
    if (channels.length === 0) continue
    for (const event of eventsOf(view, config, incident, now)) {
      if (event.atMs > nowMs || event.atMs < horizonMs) continue
      for (const sub of channels) {
        if (event.atMs < Date.parse(sub.createdAt)) continue
        const key = incidentKey(incident.id, event.kind, sub.channel)
        const state = ledgerState(view, key, now, claimTimeoutMinutes)
        if (state === 'done' || state === 'busy') continue
        const title = `${TITLES[event.kind]}: ${incident.id} ${vendor?.name ?? '(removed vendor)'} ${incident.priority} ${incident.summary}`
        posts.push({
          key,
          topic: 'incidents',
          channel: sub.channel,
          contractId: incident.contractId,
          deadline: null,
          stage: null,
          summary: title,
          reply: incidentReply(view, incident, config, now, { title, private: false }),
        })
      }
    }
  }
  return posts
}
