// Reads one CSV file into header and rows: UTF-8 (optional BOM), LF or CRLF, RFC 4180 quoting.
// Every row keeps the line it starts on, so errors can point at it even after quoted newlines.
import { CsvError, parse } from 'csv-parse/sync'
import { ImportError } from './import-error.ts'

export interface CsvRow {
  /** The line the row starts on; the header is line 1. */
  line: number
  values: Record<string, string>
}

export interface CsvFile {
  name: string
  header: string[]
  rows: CsvRow[]
}

const decoder = new TextDecoder('utf-8', { fatal: true })

export function readCsv(name: string, bytes: Uint8Array, maxBytes: number): CsvFile {
  if (bytes.byteLength > maxBytes) {
    throw new ImportError(
      name,
      `the file is ${mb(bytes.byteLength)} MB; the limit is ${mb(maxBytes)} MB (CSV_MAX_MB)`,
    )
  }
  try {
    decoder.decode(bytes)
  } catch {
    throw new ImportError(name, 'the file is not UTF-8 text; save it as CSV UTF-8')
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let records: { record: string[]; info: { bytes: number } }[]
  try {
    records = parse(buffer, { bom: true, info: true, skip_empty_lines: true }) as unknown as typeof records
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines
      throw new ImportError(name, csvProblem(error), line)
    }
    throw error
  }
  if (records.length === 0)
    throw new ImportError(name, 'the file is empty; the first line must name the columns')

  const header = records[0]!.record.map((h) => h.trim().toLowerCase())
  const seen = new Set<string>()
  for (const column of header) {
    if (column === '') throw new ImportError(name, 'the header has an empty column name', 1)
    if (seen.has(column)) throw new ImportError(name, `the header names column "${column}" twice`, 1)
    seen.add(column)
  }

  const rows: CsvRow[] = []
  const lines = new LineCounter(buffer)
  for (let i = 1; i < records.length; i++) {
    const { record } = records[i]!
    const values: Record<string, string> = {}
    header.forEach((column, c) => {
      values[column] = record[c] ?? ''
    })
    rows.push({ line: lines.startOfRecordAfter(records[i - 1]!.info.bytes), values })
  }
  return { name, header, rows }
}

/**
 * csv-parse counts a CRLF inside quotes as two lines, so lines are counted here from the byte
 * offsets it reports, moving forward only (linear in the file size).
 */
class LineCounter {
  private pos = 0
  private line = 1
  constructor(private readonly buffer: Buffer) {}

  /** Line of the first byte after `offset` (the end of the previous record) that is not a line break. */
  startOfRecordAfter(offset: number): number {
    const b = this.buffer
    for (; this.pos < offset && this.pos < b.length; this.pos++) if (b[this.pos] === 0x0a) this.line++
    let line = this.line
    for (let i = this.pos; i < b.length && (b[i] === 0x0a || b[i] === 0x0d); i++) if (b[i] === 0x0a) line++
    return line
  }
}

function csvProblem(error: CsvError): string {
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return 'the row has a different number of values than the header has columns'
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted value is never closed (a " is missing)'
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'a quoted value has text after its closing quote; double a " inside quotes ("")'
    default:
      return error.message.replace(/^[^:]*:\s*/, '')
  }
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')
}
