// The first line of an answer about who or what state (SPEC §13 Facts first): a vendor's owner and
// contact, whether one of its checks is current, what is overdue for it, and where an incident
// stands against its SLA targets.
import { Temporal } from 'temporal-polyfill'
import type { Context } from '../commands/command.ts'
import { checkName } from '../domain/check-kind.ts'
import { contractOwner } from '../domain/contract-owner.ts'
import { isActive } from '../domain/current-term.ts'
import { cadenceOf, checkStatus } from '../domain/due-date.ts'
import { noticeDeadline, noticeMissed } from '../domain/notice-deadline.ts'
import type { Vendor } from '../domain/vendor.ts'
import { formatDays, userInline } from '../reply/format.ts'
import type { Inline, Text } from '../reply/reply.ts'
import { checksOf } from '../risk/vendor-checks.ts'
import type { Outcome } from '../sla/deadlines.ts'
import { incidentFacts } from '../sla/incident-view.ts'
import { formatTime } from '../sla/sla-format.ts'
import { type CalendarDate, daysBetween } from '../time/calendar-date.ts'
import { localDate } from '../time/zone.ts'

export function ownerLine(vendor: Vendor, context: Context, today: CalendarDate): Text {
  const line: Inline[] =
    vendor.owner === ''
      ? [`${vendor.name} has no owner`]
      : [`${vendor.name} is owned by `, userInline(vendor.owner)]
  // A contract may have its own owner (SPEC §2): name those that differ.
  for (const c of context.store.all('contracts')) {
    if (c.vendorId !== vendor.id || !isActive(c, today)) continue
    const owner = contractOwner(c, vendor)
    if (owner !== vendor.owner) line.push(`; ${c.title} is owned by `, userInline(owner))
  }
  line.push('.')
  return line
}

export function contactLine(vendor: Vendor): string {
  return vendor.contactEmail === ''
    ? `${vendor.name} has no contact email recorded.`
    : `Contact at ${vendor.name}: ${vendor.contactEmail}.`
}

export function checkLine(vendor: Vendor, kind: string, context: Context, today: CalendarDate): string {
  const check = checksOf(context.store, vendor.id).find((c) => c.kind === kind)
  // Checks are shown by their names (SPEC §13): "SOC 2 report", not "soc2".
  const name = checkName(kind)
  if (!check) return `${vendor.name} has no ${name} check.`
  const s = checkStatus(check, vendor, today)
  const last = check.lastDone === null ? 'never done' : `last done ${check.lastDone}`
  // How often it is done answers "how often do we review X's financials" on the same line.
  const every = `every ${cadenceOf(check, vendor)} days`
  if (s.overdue)
    return `${possessive(vendor.name)} ${name} is overdue: due ${s.due} (${formatDays(s.daysLeft)}), ${last}; ${every}.`
  if (s.neverDone)
    return `${possessive(vendor.name)} ${name}: never done, due ${s.due} (${formatDays(s.daysLeft)}); ${every}.`
  return `${possessive(vendor.name)} ${name} is current: next due ${s.due} (${formatDays(s.daysLeft)} left), ${last}; ${every}.`
}

/** "Fabrikam Networks is a high-tier vendor, not critical." */
export function tierLine(vendor: Vendor, asked: string | undefined): string {
  const is = `${vendor.name} is a ${vendor.tier}-tier vendor`
  if (asked === undefined) return `${is}.`
  return asked === vendor.tier ? `Yes: ${is}.` : `No: ${is}, not ${asked}.`
}

export function overdueLine(vendor: Vendor, context: Context, today: CalendarDate): string {
  const late = checksOf(context.store, vendor.id)
    .map((check) => ({ check, status: checkStatus(check, vendor, today) }))
    .filter((x) => x.status.overdue)
    .sort((a, b) => a.status.daysLeft - b.status.daysLeft)
    .map((x) => `${checkName(x.check.kind)} due ${x.status.due} (${formatDays(x.status.daysLeft)})`)
  const missed = context.store
    .all('contracts')
    .filter((c) => c.vendorId === vendor.id && noticeMissed(c, today, context.config.businessCalendar))
    .map((c) => {
      const notice = noticeDeadline(c, today, context.config.businessCalendar)
      return `notice on ${c.title} missed ${formatDays(daysBetween(today, notice))} (${notice})`
    })
  if (late.length === 0 && missed.length === 0) return `Nothing is overdue for ${vendor.name}.`
  const parts: string[] = []
  if (late.length > 0)
    parts.push(`${late.length} ${late.length === 1 ? 'check' : 'checks'} overdue: ${late.join(', ')}`)
  parts.push(...missed)
  return `${vendor.name}: ${parts.join('; ')}.`
}

const OUTCOME: Record<Outcome, string> = { met: 'met', breached: 'breached', pending: 'not yet due' }

export function incidentLine(id: string, context: Context, loggedBy = false): string | undefined {
  const incident = context.store.all('incidents').find((i) => i.id === id)
  if (!incident) return undefined
  const now = context.clock.now()
  const zone = context.config.TICKLER_TIMEZONE
  const facts = incidentFacts(context.store, incident, context.config, now)
  const at = (iso: string) => formatTime(Temporal.Instant.from(iso), zone, localDate(now, zone))
  const logged = loggedBy ? ` was logged by ${incident.loggedBy} and` : ''
  const head = `${id} (${facts.vendor?.name ?? 'removed vendor'}, ${incident.priority})${logged}`
  const state = incident.resolved ? `is resolved (${at(incident.resolved)})` : 'is open'
  if (!facts.state) return `${head} ${state}; it has no SLA target, so nothing can breach.`
  const { response, resolution } = facts.state
  return `${head} ${state}: response ${OUTCOME[response.outcome]}, resolution ${OUTCOME[resolution.outcome]}.`
}

/** "Contoso's", "Woodgrove Payments'". */
function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`
}
