// How an incident reads: one list line (sla open, agenda, report) and a whole reply (sla log,
// respond, resolve, and the `incidents` topic post). Pure given the store view and the time.
import { Temporal } from 'temporal-polyfill'
import type { Config } from '../config/config.ts'
import type { Calendar } from '../domain/business-clock.ts'
import type { Contract } from '../domain/contract.ts'
import type { Incident, SlaTarget } from '../domain/sla.ts'
import type { Vendor } from '../domain/vendor.ts'
import type { Field, Reply, Text } from '../reply/reply.ts'
import type { StoreView } from '../store/store.ts'
import { localDate } from '../time/zone.ts'
import { clockMinutes, type IncidentBreaches, incidentBreaches, type TargetState } from './deadlines.ts'
import {
  type IncidentClock,
  type Moment,
  minutesLeft,
  type TargetClock,
  targetClock,
} from './incident-clock.ts'
import { describeTarget, formatMinutes, formatTime, formatTimeOfMs, localDay } from './sla-format.ts'
import { calendarFor, targetFor } from './targets.ts'

export interface IncidentFacts {
  incident: Incident
  vendor: Vendor | undefined
  contract: Contract | undefined
  /** Undefined: the contract has no target for this priority ("no target"). */
  target: SlaTarget | undefined
  calendar: Calendar
  /** Outcomes judged at `now`; undefined without a target. */
  state: IncidentBreaches | undefined
}

export function incidentFacts(
  view: StoreView,
  incident: Incident,
  config: Pick<Config, 'businessCalendar' | 'TICKLER_TIMEZONE'>,
  now: Temporal.Instant,
): IncidentFacts {
  const contract = view.get('contracts', incident.contractId)
  const target = targetFor(view, incident.contractId, incident.priority)
  const calendar = calendarFor(contract, config)
  const state = target
    ? incidentBreaches(incident, target, calendar, config.TICKLER_TIMEZONE, now)
    : undefined
  return { incident, vendor: view.get('vendors', incident.vendorId), contract, target, calendar, state }
}

/** "Acme Corp — Managed network". */
export function vendorAndContract(facts: Pick<IncidentFacts, 'vendor' | 'contract'>): string {
  return `${facts.vendor?.name ?? '(removed vendor)'} — ${facts.contract?.title ?? '(removed contract)'}`
}

const DONE_WORD = { response: 'responded', resolution: 'resolved' } as const

/** "response due 14:30 (1h 10m left)", "resolution overdue since 12:30 (by 2h)", "responded 09:12 (met)". */
export function targetStatus(
  kind: 'response' | 'resolution',
  state: TargetState,
  facts: Pick<IncidentFacts, 'target' | 'calendar' | 'incident'>,
  zone: string,
  now: Temporal.Instant,
): string {
  // Minutes left only for a target not yet done: each count costs Temporal conversions here.
  const left = state.doneAt ? 0 : clockMinutes(now, state.due, facts.target!.hours, facts.calendar, zone)
  return statusText(kind, targetClock(state), facts, zone, localDay(now, zone), left)
}

/** targetStatus from epoch milliseconds; `left`: minutes left on the target's clock, if not done. */
function statusText(
  kind: 'response' | 'resolution',
  clock: TargetClock,
  facts: Pick<IncidentFacts, 'target' | 'incident'>,
  zone: string,
  today: string,
  left: number,
): string {
  const due = formatTimeOfMs(clock.dueMs, zone, today)
  if (clock.doneMs !== null) {
    const implied = kind === 'response' && facts.incident.responded === null ? ' at resolution' : ''
    const verdict = clock.outcome === 'met' ? 'met' : `late, due ${due}`
    return `${DONE_WORD[kind]} ${formatTimeOfMs(clock.doneMs, zone, today)}${implied} (${verdict})`
  }
  const hours = facts.target!.hours
  const business = hours === 'business' ? ' of business time' : ''
  if (clock.outcome === 'breached') {
    return `${kind} overdue since ${due} (by ${formatMinutes(-left, hours === '24x7')}${business})`
  }
  return `${kind} due ${due} (${formatMinutes(left, hours === '24x7')}${business} left)`
}

function lineText(facts: Pick<IncidentFacts, 'incident' | 'vendor' | 'contract'>, status: string): Text {
  const { incident } = facts
  const head = `${incident.id} ${vendorAndContract(facts)}, ${incident.priority} "${incident.summary}": `
  return [{ strong: incident.id }, head.slice(incident.id.length), status]
}

/** One line naming the incident, vendor and contract, and where each target stands. */
export function incidentLine(facts: IncidentFacts, zone: string, now: Temporal.Instant): Text {
  const { incident, state } = facts
  if (!state) return lineText(facts, `no target${incident.resolved ? ', resolved' : ', open'}`)
  const parts = [
    targetStatus('response', state.response, facts, zone, now),
    targetStatus('resolution', state.resolution, facts, zone, now),
  ]
  return lineText(facts, parts.join('; '))
}

/** incidentLine of an incident judged in epoch milliseconds (incident-clock.ts). */
export function incidentClockLine(c: IncidentClock, zone: string, moment: Moment): Text {
  const response = statusText(
    'response',
    c.response,
    c,
    zone,
    moment.today,
    clockLeft(c, c.response, moment, zone),
  )
  const resolution = statusText(
    'resolution',
    c.resolution,
    c,
    zone,
    moment.today,
    clockLeft(c, c.resolution, moment, zone),
  )
  return lineText(c, `${response}; ${resolution}`)
}

function clockLeft(c: IncidentClock, clock: TargetClock, moment: Moment, zone: string): number {
  return clock.doneMs === null ? minutesLeft(c, clock.dueMs, moment, zone) : 0
}

export interface IncidentReplyOptions {
  /** Defaults to "INC-0001: Acme — P1 summary". */
  title?: string
  /** A line shown first, e.g. which vendor a typo was taken to mean. */
  note?: string
  /** Channel posts set false. */
  private?: boolean
}

/** The whole incident as a reply: targets, deadlines as local times, and where each stands. */
export function incidentReply(
  view: StoreView,
  incident: Incident,
  config: Pick<Config, 'businessCalendar' | 'TICKLER_TIMEZONE'>,
  now: Temporal.Instant,
  options: IncidentReplyOptions = {},
): Reply {
  const zone = config.TICKLER_TIMEZONE
  const today = localDate(now, zone)
  const facts = incidentFacts(view, incident, config, now)
  const fields: Field[] = [
    { label: 'Vendor', value: facts.vendor?.name ?? '(removed vendor)' },
    { label: 'Contract', value: facts.contract?.title ?? '(removed contract)' },
    { label: 'Priority', value: incident.priority },
    { label: 'Started', value: formatTime(instantOf(incident.started), zone, today) },
    {
      label: 'Targets',
      value: facts.target ? describeTarget(facts.target) : `no target for ${incident.priority}`,
    },
  ]
  if (facts.state) {
    fields.push({
      label: 'Response',
      value: targetStatus('response', facts.state.response, facts, zone, now),
    })
    fields.push({
      label: 'Resolution',
      value: targetStatus('resolution', facts.state.resolution, facts, zone, now),
    })
  } else {
    if (incident.responded)
      fields.push({ label: 'Responded', value: formatTime(instantOf(incident.responded), zone, today) })
    if (incident.resolved)
      fields.push({ label: 'Resolved', value: formatTime(instantOf(incident.resolved), zone, today) })
  }
  fields.push({ label: 'Logged by', value: [{ mention: incident.loggedBy }] })
  const text: Text[] = options.note ? [options.note] : []
  return {
    status: 'ok',
    title:
      options.title ??
      `${incident.id}: ${facts.vendor?.name ?? '(removed vendor)'} — ${incident.priority} ${incident.summary}`,
    ...(text.length ? { text } : {}),
    fields,
    private: options.private ?? true,
  }
}

function instantOf(iso: string): Temporal.Instant {
  return Temporal.Instant.from(iso)
}
