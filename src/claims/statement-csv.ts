// The claim statement as CSV (SPEC §12): one row per incident of the month with its targets,
// times, outcomes and breaches, and a last row whose first cell is `total` holding the month's
// credit and its arithmetic (availability, band, breaches, cap). Times are wall-clock times in the
// organisation's zone; text a person typed is written spreadsheet-safe, as export does.
import { stringify } from 'csv-stringify/sync'
import { Temporal } from 'temporal-polyfill'
import { formatAvailability } from '../domain/availability.ts'
import { fromScaled, toScaled } from '../domain/credit.ts'
import { toDecimal } from '../domain/money.ts'
import { spreadsheetSafe } from '../import/spreadsheet-safe.ts'
import type { ContractMonth } from '../sla/credit-months.ts'
import type { IncidentFacts } from '../sla/incident-view.ts'
import { localDateTime } from '../time/zone.ts'

export const STATEMENT_COLUMNS = [
  'record',
  'contract',
  'priority',
  'summary',
  'started',
  'responded',
  'resolved',
  'hours',
  'response_target',
  'response_due',
  'response',
  'resolution_target',
  'resolution_due',
  'resolution',
  'breaches',
  'breach_percent',
  'availability',
  'band_percent',
  'total_percent',
  'cap_percent',
  'credit_percent',
  'monthly_fee',
  'credit',
  'currency',
] as const

type Column = (typeof STATEMENT_COLUMNS)[number]
type Row = Partial<Record<Column, string>>

const TEXT_COLUMNS: ReadonlySet<Column> = new Set(['contract', 'summary'])

export function statementRows(figures: ContractMonth, zone: string): Row[] {
  const perBreach = figures.contract.creditPercentPerBreach
  const rows = figures.incidents.map((f) => incidentRow(f, zone, perBreach))
  rows.push(totalRow(figures))
  return rows
}

export function statementCsv(figures: ContractMonth, zone: string): string {
  const rows = statementRows(figures, zone).map((row) =>
    STATEMENT_COLUMNS.map((c) => (TEXT_COLUMNS.has(c) ? spreadsheetSafe(row[c] ?? '') : (row[c] ?? ''))),
  )
  return stringify(rows, {
    header: true,
    columns: [...STATEMENT_COLUMNS],
    record_delimiter: 'unix',
    quoted_match: /\r/,
  })
}

function incidentRow(f: IncidentFacts, zone: string, perBreach: string | null): Row {
  const at = (iso: string | null) => (iso === null ? '' : localDateTime(Temporal.Instant.from(iso), zone))
  const when = (i: Temporal.Instant) => localDateTime(i, zone)
  const { incident, target, state } = f
  const breaches = state?.breaches.length ?? 0
  return {
    record: incident.id,
    contract: f.contract?.title ?? '',
    priority: incident.priority,
    summary: incident.summary,
    started: at(incident.started),
    responded: at(incident.responded),
    resolved: at(incident.resolved),
    hours: target ? target.hours : 'no target',
    response_target: target?.response ?? '',
    response_due: state ? when(state.response.due) : '',
    response: state?.response.outcome ?? '',
    resolution_target: target?.resolution ?? '',
    resolution_due: state ? when(state.resolution.due) : '',
    resolution: state?.resolution.outcome ?? '',
    breaches: String(breaches),
    breach_percent: perBreach === null ? '' : fromScaled(toScaled(perBreach) * BigInt(breaches)),
  }
}

function totalRow(figures: ContractMonth): Row {
  const { contract, credit, availability } = figures
  const row: Row = {
    record: 'total',
    contract: contract.title,
    breaches: String(figures.breaches),
    availability: availability ? formatAvailability(availability.percent) : '',
    cap_percent: contract.creditCapPercent ?? '',
    monthly_fee: contract.monthlyFee ?? '',
    currency: contract.currency,
  }
  if (!credit) return { ...row, credit: toDecimal(0n, contract.currency) }
  return {
    ...row,
    breach_percent: credit.breachPercent,
    band_percent: credit.bandPercent ?? '',
    total_percent: credit.uncapped,
    credit_percent: credit.percent,
    credit: toDecimal(credit.minor, credit.currency),
  }
}
