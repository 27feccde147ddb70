// The numbers of `sla report`: incidents of one vendor that started in a period (org time zone),
// attainment per priority, breaches, and service credits per contract and month (availability
// included, see credit-months.ts), summed per currency. Pure; the command only renders it.
import type { Temporal } from 'temporal-polyfill'
import type { Config } from '../config/config.ts'
import { totalsByCurrency } from '../domain/money.ts'
import { PRIORITIES, type Priority } from '../domain/sla.ts'
import type { Vendor } from '../domain/vendor.ts'
import type { StoreView } from '../store/store.ts'
import { addDays } from '../time/calendar-date.ts'
import { startOfDay } from '../time/zone.ts'
import { incidentsOfVendor } from './by-vendor.ts'
import type { ContractMonth } from './credit-months.ts'
import { type IncidentFacts, incidentFacts } from './incident-view.ts'
import { reportMonths } from './report-months.ts'

export interface Attainment {
  met: number
  /** Targets whose outcome is known (met or breached); open, not-yet-due ones are left out. */
  decided: number
}

export interface PriorityLine {
  priority: Priority
  incidents: number
  /** False when none of its incidents had a target: shown as "no target", left out of attainment. */
  hasTarget: boolean
  noTarget: number
  response: Attainment
  resolution: Attainment
  open: number
}

export interface Breach {
  facts: IncidentFacts
  kind: 'response' | 'resolution'
}

export interface SlaReport {
  incidents: IncidentFacts[]
  priorities: PriorityLine[]
  breaches: Breach[]
  months: ContractMonth[]
  /** Credit owed per currency, in first-seen order. */
  totals: Map<string, bigint>
}

export function buildReport(
  view: StoreView,
  vendor: Vendor,
  period: { from: string; to: string },
  config: Pick<Config, 'businessCalendar' | 'TICKLER_TIMEZONE'>,
  now: Temporal.Instant,
): SlaReport {
  const zone = config.TICKLER_TIMEZONE
  // Started on a day of the period in the zone: from its first midnight to the one after it. The
  // period is chosen before any incident is judged, and without a zone conversion per incident:
  // a vendor with years of incidents paid both for every one of them.
  const from = startOfDay(period.from, zone).epochMilliseconds
  const until = startOfDay(addDays(period.to, 1), zone).epochMilliseconds
  const incidents = incidentsOfVendor(view, vendor.id)
    .filter((i) => {
      const started = Date.parse(i.started)
      return started >= from && started < until
    })
    .map((i) => incidentFacts(view, i, config, now))
    .sort(
      (a, b) =>
        a.incident.started.localeCompare(b.incident.started) || a.incident.id.localeCompare(b.incident.id),
    )

  const priorities: PriorityLine[] = []
  for (const priority of PRIORITIES) {
    const mine = incidents.filter((f) => f.incident.priority === priority)
    if (mine.length === 0) continue
    const line: PriorityLine = {
      priority,
      incidents: mine.length,
      hasTarget: mine.some((f) => f.state),
      noTarget: mine.filter((f) => !f.state).length,
      response: { met: 0, decided: 0 },
      resolution: { met: 0, decided: 0 },
      open: mine.filter((f) => f.incident.resolved === null).length,
    }
    for (const f of mine) {
      if (!f.state) continue
      for (const kind of ['response', 'resolution'] as const) {
        const outcome = f.state[kind].outcome
        if (outcome === 'pending') continue
        line[kind].decided++
        if (outcome === 'met') line[kind].met++
      }
    }
    priorities.push(line)
  }

  const breaches: Breach[] = incidents.flatMap((f) =>
    (f.state?.breaches ?? []).map((kind) => ({ facts: f, kind })),
  )

  const months = reportMonths(view, config, now, vendor, period)
  const totals = totalsByCurrency(months.flatMap((m) => (m.credit ? [m.credit] : [])))
  return { incidents, priorities, breaches, months, totals }
}

/** Whole percent, rounded half-up: 2 of 3 → 67. */
export function attainmentPercent(a: Attainment): number {
  return Math.floor((a.met * 200 + a.decided) / (2 * a.decided))
}
