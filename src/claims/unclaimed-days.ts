// The unclaimed credits carried from one day to a later one (unclaimed.ts). An ended month's credit
// does not move with the day, so a new day computes only what can: the month of an open incident
// that has breached a target since (they are judged at the hour) and, once a month has ended, that
// month of the contracts with an incident or an outage in it. Days left and "closed
// N days ago" are counted when a row is shown. Rebuilding every contract's months each morning
// took 25 s at 100,000 vendors, and blocked the first agenda of the day that long.
import type { Temporal } from 'temporal-polyfill'
import type { Incident } from '../domain/sla.ts'
import { monthOfInstant, monthsBetween } from '../sla/credit-months.ts'
import { incidentFacts } from '../sla/incident-view.ts'
import { unresolvedIncidents } from '../sla/open-incidents.ts'
import type { StoreView } from '../store/store.ts'
import type { CalendarDate } from '../time/calendar-date.ts'
import { addDays as shiftDate } from '../time/calendar-date.ts'
import { startOfDay } from '../time/zone.ts'
import { monthEnded } from './claim-month.ts'
import { firstDeadline, tallied } from './closed-tally.ts'
import { type ForConfig, patchedEntry } from './unclaimed.ts'

/** `entry` moved to `today`; null when `today` is before its day (then it is built again). */
export function carriedTo(
  entry: ForConfig,
  view: StoreView,
  now: Temporal.Instant,
  today: CalendarDate,
): ForConfig | null {
  if (today === entry.today) return entry
  if (today < entry.today) return null
  const { rows } = entry
  // Windows that closed between the two days: a range of the rows, which are by deadline.
  const from = firstDeadline(rows, 0, (d) => d >= entry.today)
  const to = firstDeadline(rows, from, (d) => d >= today)
  const closed = tallied(entry.closed, rows.slice(from, to))
  // Per contract, the months to compute again: an open incident moves only its own month, and only
  // when it has breached a target since. Breaches only ever add up with time, so rows computed at
  // or after `entry.at` with the same count are still right.
  const months = new Map<string, Set<string>>()
  const add = (contractId: string, month: string) => {
    const known = months.get(contractId)
    if (known) known.add(month)
    else months.set(contractId, new Set([month]))
  }
  const zone = entry.config.TICKLER_TIMEZONE
  const { config } = entry
  for (const incident of unresolvedIncidents(view)) {
    const month = monthOfInstant(incident.started, zone)
    if (!monthEnded(month, today)) continue
    // Both targets breached already (most open incidents): nothing left to change.
    const before = breaches(view, incident, config, entry.at)
    if (before < 2 && before !== breaches(view, incident, config, now)) add(incident.contractId, month)
  }
  const ended = today.slice(0, 7)
  if (ended > entry.today.slice(0, 7)) {
    // Every month from the entry's own to the one before today's has ended since.
    const newly = monthsBetween(entry.today, shiftDate(`${ended}-01`, -1))
    for (const id of withEvents(view, zone, newly[0]!, ended)) for (const m of newly) add(id, m)
  }
  return patchedEntry({ ...entry, today, at: now, closed }, new Set(months.keys()), view, now, months)
}

/**
 * An open incident's breaches at `at`, through incidentFacts as `sla open` asks them: its
 * business-hours due times are remembered there, and the same few are asked every day.
 */
function breaches(
  view: StoreView,
  incident: Incident,
  config: ForConfig['config'],
  at: Temporal.Instant,
): number {
  return incidentFacts(view, incident, config, at).state?.breaches.length ?? 0
}

/**
 * The contracts with an incident that started, or an outage that overlaps, the months from `first`
 * up to (not including) `stop`. An outage touching a bound counts: a month too many is only
 * computed again.
 */
function withEvents(view: StoreView, zone: string, first: string, stop: string): Set<string> {
  const ids = new Set<string>()
  const start = startOfDay(`${first}-01`, zone).epochMilliseconds
  const end = startOfDay(`${stop}-01`, zone).epochMilliseconds
  for (const incident of view.all('incidents')) {
    const at = Date.parse(incident.started)
    if (at >= start && at < end) ids.add(incident.contractId)
  }
  for (const outage of view.all('downtimes')) {
    if (Date.parse(outage.from) <= end && Date.parse(outage.to) >= start) ids.add(outage.contractId)
  }
  return ids
}
