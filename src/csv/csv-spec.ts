// How one register file is read and written. Each feature declares its file here-shaped and the
// importer applies all files of one import in `order`, inside one store transaction.
import type { Temporal } from 'temporal-polyfill'
import type { BusinessCalendar } from '../domain/business-calendar.ts'
import type { StoreView, Transaction } from '../store/store.ts'

export interface CsvColumn {
  name: string
  required: boolean
  /**
   * Free text a person typed (names, titles, notes, summaries): written spreadsheet-safe and read
   * back without that apostrophe. Dates, numbers, ids and fixed words are never escaped.
   */
  text?: boolean
}

/** A row that cannot be imported: the importer adds file and line; `column` names the culprit. */
export class RowError extends Error {
  constructor(
    readonly column: string,
    message: string,
  ) {
    super(message)
    this.name = 'RowError'
  }
}

export interface ImportContext {
  /** Today in TICKLER_TIMEZONE, for fields that default to today. */
  today: string
  /** The import's clock (`--now` or the real time): nothing imported may have happened after it. */
  now: Temporal.Instant
  zone: string
  /** The configured business calendar, for contracts without their own. */
  calendar: BusinessCalendar
  /** Vendors first created by this import (risk defaults are given after the whole import). */
  createdVendorIds: Set<string>
  /**
   * The columns the current file has. An optional column the file lacks leaves an existing
   * record's value as it is (a new record gets the default); absent means every column.
   */
  columns?: ReadonlySet<string>
  /** The file and line (1 = header) of the row being applied, for messages about another row. */
  file?: string
  line?: number
}

export interface ExportOptions {
  /** TICKLER_TIMEZONE: times are written as its wall clock with their offset. */
  zone: string
}

export interface CsvFileSpec {
  /** 'vendors.csv', 'contracts.csv', 'sla_targets.csv', 'risk_checks.csv', 'incidents.csv' */
  file: string
  columns: CsvColumn[]
  /** Dependency order: vendors 1, contracts 2, sla_targets 3, risk_checks 4, incidents 5. */
  order: number
  /**
   * Validates one row (values keyed by column name; absent columns are '') against the state so
   * far and stages the insert or update in `tx`. Matching an existing record by the file's key
   * and finding nothing different must stage nothing, so importing twice changes nothing.
   * Throws RowError(column, message) for a bad value.
   */
  applyRow(row: Record<string, string>, tx: Transaction, context: ImportContext): void
  /**
   * Every record as rows, every column, such that importing them back changes nothing. `options`
   * (optional, so specs that need no zone may ignore it) gives TICKLER_TIMEZONE for times.
   */
  exportRows(view: StoreView, options?: ExportOptions): Record<string, string>[]
}
