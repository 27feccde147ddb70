// incidents.csv (SPEC §7): matched by id, else by vendor + contract + priority + started +
// summary; an empty or absent id makes a new INC number; logged_by (empty: 'import') says who
// logged it. Times are read as wall-clock time in TICKLER_TIMEZONE or with an offset, and written
// back with the zone's offset so that a re-import, even of a time in the hour repeated when clocks
// go back, changes nothing.
import { Temporal } from 'temporal-polyfill'
import { registerNames } from '../csv/contract-rows.ts'
import { type CsvFileSpec, type ExportOptions, type ImportContext, RowError } from '../csv/csv-spec.ts'
import { claimRow } from '../csv/import-lookup.ts'
import { field, optional, required } from '../csv/row-values.ts'
import { schemaColumns } from '../csv/schema-columns.ts'
import { type Incident, IncidentSchema } from '../domain/sla.ts'
import { parseDateTime } from '../parse/fields.ts'
import type { StoreView, Transaction } from '../store/store.ts'
import { parsePriorityCell, rowContract } from './csv-cells.ts'
import { claimIncidentNumber, formatIncidentId, normalizeIncidentId } from './incident-id.ts'
import { incidentTimesIssue } from './incident-times.ts'

/** Per import: incidents by natural key, and the highest INC number, kept as rows are applied. */
interface IncidentIndex {
  byKey: Map<string, string>
  highest: number
}

const indexes = new WeakMap<ImportContext, IncidentIndex>()

function naturalKey(
  i: Pick<Incident, 'vendorId' | 'contractId' | 'priority' | 'started' | 'summary'>,
): string {
  return [i.vendorId, i.contractId, i.priority, i.started, i.summary].join('\u0000')
}

function index(tx: Transaction, context: ImportContext): IncidentIndex {
  let found = indexes.get(context)
  if (!found) {
    found = { byKey: new Map(), highest: 0 }
    for (const i of tx.all('incidents')) remember(found, i)
    indexes.set(context, found)
  }
  return found
}

function remember(ix: IncidentIndex, incident: Incident): void {
  ix.byKey.set(naturalKey(incident), incident.id)
  ix.highest = Math.max(ix.highest, Number(incident.id.slice(4)))
}

function time(row: Record<string, string>, column: string, zone: string): string | null {
  if ((row[column] ?? '').trim() === '') return null
  return field(row, column, (v) => parseDateTime(v, zone))
}

/** A stored instant as the zone's wall clock with its offset: 2027-03-31T14:05+01:00. */
export function exportTime(iso: string | null, zone: string): string {
  if (iso === null) return ''
  const z = Temporal.Instant.from(iso).toZonedDateTimeISO(zone)
  const seconds = z.second === 0 ? 'minute' : 'second'
  return `${z.toPlainDateTime().toString({ smallestUnit: seconds })}${z.offset}`
}

export const incidentsCsv: CsvFileSpec = {
  file: 'incidents.csv',
  order: 5,
  // An empty id is a new incident; an empty logged_by is the importer.
  columns: schemaColumns(IncidentSchema, {
    rename: { vendorId: 'vendor', contractId: 'contract' },
    optional: ['id', 'logged_by'],
    text: ['vendor', 'contract', 'summary', 'logged_by'],
  }),

  applyRow(row, tx, context) {
    const ix = index(tx, context)
    const typedId = (row.id ?? '').trim()
    const id = typedId === '' ? null : normalizeIncidentId(typedId)
    if (typedId !== '' && id === null)
      throw new RowError('id', `"${typedId}" is not an incident id such as INC-0001`)
    const { vendor, contract } = rowContract(row, tx, context)
    const priority = parsePriorityCell(row)
    const summary = required(row, 'summary', 'the summary')
    const started = required(row, 'started', 'the start time') && time(row, 'started', context.zone)!
    const responded = time(row, 'responded', context.zone)
    const resolved = time(row, 'resolved', context.zone)
    const issue = incidentTimesIssue(
      {
        started: Temporal.Instant.from(started),
        responded: responded ? Temporal.Instant.from(responded) : null,
        resolved: resolved ? Temporal.Instant.from(resolved) : null,
      },
      context.zone,
      // Never looser than `sla log`: nothing in the future of the import's clock (SPEC §9).
      context.now,
    )
    if (issue) throw new RowError(issue.field, issue.message)

    const fields = { vendorId: vendor.id, contractId: contract.id, priority, summary, started }
    const key = id ?? naturalKey(fields)
    const earlier = claimRow(tx, context, `incidents\u0000${key}`)
    if (earlier !== undefined)
      throw new RowError(id ? 'id' : 'summary', `the same incident is already on line ${earlier}`)

    const existingId = id ?? ix.byKey.get(naturalKey(fields))
    const existing = existingId ? tx.get('incidents', existingId) : undefined
    const record: Incident = {
      id: existingId ?? nextImportId(tx, ix),
      ...fields,
      responded,
      resolved,
      loggedBy: optional(row, context, 'logged_by', (v) => v.trim(), {
        empty: existing?.loggedBy ?? 'import',
        existing: existing?.loggedBy,
        fallback: 'import',
      }),
    }
    if (existing && naturalKey(existing) !== naturalKey(record)) {
      ix.byKey.delete(naturalKey(existing))
    }
    // A number above every incident so far may be above the sequence too: `sla log` then reads
    // only the sequence (incident-id.ts), so it must not hand this number out again.
    if (id && Number(id.slice(4)) > ix.highest) claimIncidentNumber(tx, id)
    tx.put('incidents', record)
    remember(ix, record)
  },

  exportRows(view: StoreView, options?: ExportOptions) {
    // Without the zone (an exporter that does not pass it) UTC offsets still import back exactly.
    const zone = options?.zone ?? 'UTC'
    const names = registerNames(view)
    return [...view.all('incidents')]
      .sort((a, b) => Number(a.id.slice(4)) - Number(b.id.slice(4)))
      .map((i) => ({
        id: i.id,
        vendor: names.vendor(i.vendorId),
        contract: names.contract(i.contractId)?.title ?? '',
        priority: i.priority,
        summary: i.summary,
        started: exportTime(i.started, zone),
        responded: exportTime(i.responded, zone),
        resolved: exportTime(i.resolved, zone),
        logged_by: i.loggedBy,
      }))
  },
}

function nextImportId(tx: Transaction, ix: IncidentIndex): string {
  return formatIncidentId(tx.next('incident', ix.highest + 1))
}
