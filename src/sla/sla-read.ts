// `sla open` and `sla report <vendor> [period]`: the read commands.
import { Temporal } from 'temporal-polyfill'
import type { Context, Request } from '../commands/command.ts'
import { formatMoney } from '../domain/money.ts'
import { UserError } from '../errors/errors.ts'
import { requireVendor } from '../lookup/vendor-argument.ts'
import { parsePeriod } from '../parse/period.ts'
import { answer, type Item, type Reply, type Section, type Text } from '../reply/reply.ts'
import { localDate, localDateTime } from '../time/zone.ts'
import { type IncidentFacts, incidentLine, targetStatus, vendorAndContract } from './incident-view.ts'
import { openIncidents } from './open-incidents.ts'
import { availabilitySection, noCredit } from './report-availability.ts'
import { attainmentPercent, buildReport, type PriorityLine } from './report-model.ts'

export const REPORT_FORM = 'sla report <vendor> [period]'
export const REPORT_EXAMPLE = 'sla report Contoso last month'

const MONTHS =
  'jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?'
const PERIOD_WORD = new RegExp(
  `^(last|previous|this|current|in|for|during|q[1-4]|\\d{4}(-\\d{2})?|${MONTHS}\\.?)$`,
  'i',
)

export function slaOpen(_request: Request, context: Context): Reply {
  const { store, clock, config } = context
  const now = clock.now()
  const open = openIncidents(store, config, now)
  return answer({
    title: open.length ? `Open incidents (${open.length})` : 'Open incidents',
    sections: [
      {
        items: open.map((f) => ({ text: incidentLine(f, config.TICKLER_TIMEZONE, now) })),
        empty: 'No open incidents.',
      },
    ],
  })
}

export function slaReport(request: Request, context: Context): Reply {
  const { store, clock, config } = context
  const now = clock.now()
  const zone = config.TICKLER_TIMEZONE
  const today = localDate(now, zone)
  const { vendor, rest, note } = requireVendor(store, request.args, {
    write: false,
    command: 'sla report',
    form: REPORT_FORM,
    example: REPORT_EXAMPLE,
    isStop: (word) => PERIOD_WORD.test(word),
  })
  const periodText = rest.trim() || 'last month'
  const period = parsePeriod(periodText, today)
  if (!period) {
    throw new UserError(
      `I could not read "${periodText}" as a period; use last month, this month, a month name, Q1-Q4 or a year such as 2026.`,
      REPORT_FORM,
      REPORT_EXAMPLE,
    )
  }
  const report = buildReport(store, vendor, period, config, now)
  const text: Text[] = note ? [note] : []
  text.push(
    `${period.from} to ${period.to}: ${report.incidents.length} ${report.incidents.length === 1 ? 'incident' : 'incidents'}, ${report.breaches.length} ${report.breaches.length === 1 ? 'breach' : 'breaches'}.`,
  )
  if (report.incidents.length === 0 && report.months.length === 0) {
    return answer({
      title: `SLA report: ${vendor.name}, ${period.label}`,
      text,
      footer: ['No service credit owed.'],
    })
  }

  const sections: Section[] = [
    { heading: 'Incidents', items: report.incidents.map((f) => ({ text: reportLine(f, zone) })) },
    { heading: 'Attainment by priority', text: report.priorities.map(priorityText) },
    {
      heading: 'Breaches',
      items: report.breaches.map(
        (b): Item => ({
          text: [
            { strong: b.facts.incident.id },
            ` ${vendorAndContract(b.facts)}, ${b.facts.incident.priority} "${b.facts.incident.summary}": ${b.kind} breached — ${targetStatus(b.kind, b.facts.state![b.kind], b.facts, zone, now)}`,
          ],
        }),
      ),
      empty: 'No breaches.',
    },
    ...availabilitySection(vendor.name, report.months),
    {
      heading: 'Service credit',
      items: report.months.map(
        (m): Item => ({
          text: `${vendor.name} — ${m.contract.title}, ${m.month}: ${m.credit ? m.credit.working : noCredit(m)}`,
        }),
      ),
      empty: 'No breaches, so no service credit.',
    },
  ]
  const footer: Text[] =
    report.totals.size === 0
      ? ['No service credit owed.']
      : [...report.totals].map(([currency, minor]) => `Service credit owed: ${formatMoney(minor, currency)}`)
  return answer({ title: `SLA report: ${vendor.name}, ${period.label}`, text, sections, footer })
}

/** "INC-0002 Contoso — Managed network, P1 "VPN down", started 2026-10-05 16:30: response breached, resolution met". */
function reportLine(f: IncidentFacts, zone: string): Text {
  const started = localDateTime(Temporal.Instant.from(f.incident.started), zone)
  const head = ` ${vendorAndContract(f)}, ${f.incident.priority} "${f.incident.summary}", started ${started}: `
  const open = f.incident.resolved === null ? ', still open' : ''
  const outcome = f.state
    ? `response ${f.state.response.outcome}, resolution ${f.state.resolution.outcome}`
    : 'no target'
  return [{ strong: f.incident.id }, `${head}${outcome}${open}`]
}

function priorityText(p: PriorityLine): string {
  const count = `${p.priority}: ${p.incidents} ${p.incidents === 1 ? 'incident' : 'incidents'}`
  if (!p.hasTarget) return `${count}, no target (left out of attainment)`
  const rate = (label: string, a: PriorityLine['response']) =>
    a.decided === 0
      ? `${label} not yet due`
      : `${label} ${attainmentPercent(a)}% (${a.met} of ${a.decided} met)`
  const extras = [
    p.open ? `${p.open} open` : '',
    p.noTarget ? `${p.noTarget} with no target (left out)` : '',
  ].filter(Boolean)
  return `${count}: ${rate('response', p.response)}, ${rate('resolution', p.resolution)}${extras.length ? `; ${extras.join(', ')}` : ''}`
}
