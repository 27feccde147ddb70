// `tickler import FILE...`: every file is read and recognised by its header first, then all rows of
// all files are applied in dependency order inside ONE store transaction, so one bad row rejects
// the whole import and nothing is stored. A row equal to what is stored stages nothing, so
// importing the same files twice writes nothing at all.
import { isDeepStrictEqual } from 'node:util'
import type { Temporal } from 'temporal-polyfill'
import { type CsvFileSpec, type ImportContext, RowError } from '../csv/csv-spec.ts'
import type { BusinessCalendar } from '../domain/business-calendar.ts'
import { applyDefaultRiskChecks } from '../risk/default-checks.ts'
import {
  COLLECTION_SCHEMAS,
  type CollectionName,
  type RecordOf,
  type Store,
  type Transaction,
} from '../store/store.ts'
import { localDate } from '../time/zone.ts'
import { csvFiles } from './files.ts'
import { ImportError } from './import-error.ts'
import { type CsvFile, type CsvSource, openCsv } from './read-csv.ts'
import { recogniseFile } from './recognise.ts'
import { fromSpreadsheetSafe } from './spreadsheet-safe.ts'

/** A file as the user named it (shown in messages), with its bytes or a way to read them. */
export type ImportSource = CsvSource

export interface FileSummary {
  name: string
  /** The register file it was recognised as: 'vendors.csv', 'contracts.csv', … */
  kind: string
  rows: number
  added: number
  updated: number
  unchanged: number
}

export interface ImportSummary {
  files: FileSummary[]
  /** Risk checks given to new vendors that came without any (their tier's default set). */
  defaultChecks: number
  changed: boolean
}

export interface ImportOptions {
  who: string
  at: Temporal.Instant
  zone: string
  maxBytes: number
  /** BUSINESS_HOURS and HOLIDAYS, for contracts without their own calendar (default Mon-Fri 9-17). */
  calendar?: BusinessCalendar
  requestId?: string
  /** The audit action; 'import' unless loading the demo. */
  action?: string
  specs?: readonly CsvFileSpec[]
}

const STANDARD_CALENDAR: BusinessCalendar = {
  weekdays: [1, 2, 3, 4, 5],
  opens: '09:00',
  closes: '17:00',
  holidays: [],
}

interface RowChanges {
  added: number
  updated: number
}

export async function importFiles(
  store: Store,
  sources: readonly ImportSource[],
  options: ImportOptions,
): Promise<ImportSummary> {
  const specs = options.specs ?? csvFiles
  const files = sources
    .map((source, position) => {
      const file = openCsv(source, options.maxBytes)
      return { file, spec: recogniseFile(file, specs), position }
    })
    // Dependency order whatever the argument order; files of one kind keep theirs.
    .sort((a, b) => a.spec.order - b.spec.order || a.position - b.position)
  const today = localDate(options.at, options.zone)

  const change = {
    who: options.who,
    at: options.at,
    action: options.action ?? 'import',
    requestId: options.requestId,
  }
  return store.transact(change, (tx) => {
    const context: ImportContext = {
      today,
      now: options.at,
      zone: options.zone,
      calendar: options.calendar ?? STANDARD_CALENDAR,
      createdVendorIds: new Set(),
    }
    const summaries = files.map(({ file, spec }) => applyFile(file, spec, tx, context))
    const counts: RowChanges = { added: 0, updated: 0 }
    applyDefaultRiskChecks(counting(tx, counts), context.createdVendorIds, today)
    const changed = counts.added > 0 || summaries.some((s) => s.added + s.updated > 0)
    return { files: summaries, defaultChecks: counts.added, changed }
  })
}

function applyFile(file: CsvFile, spec: CsvFileSpec, tx: Transaction, context: ImportContext): FileSummary {
  const summary: FileSummary = {
    name: file.name,
    kind: spec.file,
    rows: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
  }
  context.columns = new Set(file.header)
  context.file = file.name
  const textColumns = spec.columns.filter((c) => c.text && context.columns?.has(c.name)).map((c) => c.name)
  for (const row of file.rows()) {
    context.line = row.line
    for (const column of textColumns) row.values[column] = fromSpreadsheetSafe(row.values[column]!)
    const counts: RowChanges = { added: 0, updated: 0 }
    try {
      spec.applyRow(row.values, counting(tx, counts), context)
    } catch (error) {
      if (error instanceof RowError) throw new ImportError(file.name, error.message, row.line, error.column)
      throw error
    }
    summary.rows++
    if (counts.added > 0) summary.added++
    else if (counts.updated > 0) summary.updated++
    else summary.unchanged++
  }
  return summary
}

/**
 * The transaction a spec sees: each put is validated here (so a bad value is a RowError naming its
 * column), dropped when equal to the stored record, and counted as an addition or an update.
 */
function counting(tx: Transaction, counts: RowChanges): Transaction {
  return {
    all: (name) => tx.all(name),
    get: (name, id) => tx.get(name, id),
    audit: (recordId) => tx.audit(recordId),
    next: (sequence, atLeast) => tx.next(sequence, atLeast),
    remove(name, id) {
      if (tx.get(name, id) !== undefined) counts.updated++
      tx.remove(name, id)
    },
    put<K extends CollectionName>(name: K, record: RecordOf<K>) {
      // Fast path for re-imports: a complete record equal to the stored one needs no validation.
      const stored = tx.get(name, record.id)
      if (stored !== undefined && isDeepStrictEqual(stored, record)) return
      const valid = validate(name, record)
      const before = valid.id === record.id ? stored : tx.get(name, valid.id)
      if (before !== undefined && isDeepStrictEqual(before, valid)) return
      if (before === undefined) counts.added++
      else counts.updated++
      tx.put(name, valid)
    },
  }
}

function validate<K extends CollectionName>(name: K, record: RecordOf<K>): RecordOf<K> {
  const result = COLLECTION_SCHEMAS[name].safeParse(record)
  if (result.success) return result.data as RecordOf<K>
  const issue = result.error.issues[0]!
  // The column is the record's field ('aliases', not 'aliases.0' for one alias of the cell).
  const column = issue.path
    .slice(0, 1)
    .map((p) => String(p).replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`))
    .join('')
  throw new RowError(column || name, `${column || 'the row'} ${issue.message}`)
}
