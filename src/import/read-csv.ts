// Reads one CSV file as a header and a stream of rows: UTF-8 (optional BOM), LF or CRLF (one kind
// a file), RFC 4180 quoting. The rows are read again from the source each time they are asked
// for, so an import never holds more than one chunk and one row of a file.
import { csvRecords } from './csv-records.ts'
import { ImportError } from './import-error.ts'

/** A file to read: its bytes at once (tests, demo) or chunk by chunk, readable more than once. */
export type CsvSource = { name: string; bytes: Uint8Array } | { name: string; chunks(): Iterable<Uint8Array> }

export interface CsvRow {
  /** The line the row starts on; the header is line 1. */
  line: number
  values: Record<string, string>
}

export interface CsvFile {
  name: string
  header: string[]
  /** Every row after the header, read from the source anew on each call. */
  rows(): Iterable<CsvRow>
}

export function openCsv(source: CsvSource, maxBytes: number): CsvFile {
  const { name } = source
  const records = () => csvRecords(name, limited(source, maxBytes))
  const first = records().next()
  if (first.done) throw new ImportError(name, 'the file is empty; the first line must name the columns')
  const header = first.value.fields.map((h) => h.trim().toLowerCase())
  const seen = new Set<string>()
  for (const column of header) {
    if (column === '') throw new ImportError(name, 'the header has an empty column name', 1)
    if (seen.has(column)) throw new ImportError(name, `the header names column "${column}" twice`, 1)
    seen.add(column)
  }
  return {
    name,
    header,
    *rows() {
      let isHeader = true
      for (const { line, fields } of records()) {
        if (isHeader) {
          isHeader = false
          continue
        }
        if (fields.length !== header.length) {
          throw new ImportError(
            name,
            'the row has a different number of values than the header has columns',
            line,
          )
        }
        const values: Record<string, string> = {}
        header.forEach((column, c) => {
          values[column] = fields[c]!
        })
        yield { line, values }
      }
    },
  }
}

const CHUNK = 64 * 1024

function* limited(source: CsvSource, maxBytes: number): Generator<Uint8Array> {
  if ('bytes' in source && source.bytes.byteLength > maxBytes) {
    throw new ImportError(
      source.name,
      `the file is ${mb(source.bytes.byteLength)} MB; the limit is ${mb(maxBytes)} MB (CSV_MAX_MB)`,
    )
  }
  // Bytes already in memory are parsed in chunks too, so rows are handed on as they are read.
  const chunks = 'bytes' in source ? slices(source.bytes) : source.chunks()
  let total = 0
  for (const chunk of chunks) {
    total += chunk.byteLength
    if (total > maxBytes) {
      throw new ImportError(
        source.name,
        `the file is larger than the limit of ${mb(maxBytes)} MB (CSV_MAX_MB)`,
      )
    }
    yield chunk
  }
}

function* slices(bytes: Uint8Array): Generator<Uint8Array> {
  for (let at = 0; at < bytes.byteLength; at += CHUNK) yield bytes.subarray(at, at + CHUNK)
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')
}
