// `tickler export DIR`: every register file, every column, in a form that imports back unchanged
// and is safe to open in a spreadsheet (free text that a spreadsheet would run is escaped).
import { constants } from 'node:fs'
import { mkdir, open } from 'node:fs/promises'
import { join } from 'node:path'
import { stringify } from 'csv-stringify/sync'
import type { CsvFileSpec } from '../csv/csv-spec.ts'
import type { StoreView } from '../store/store.ts'
import { checkExportTarget, type ExportTarget } from './export-target.ts'
import { csvFiles } from './files.ts'
import { spreadsheetSafe } from './spreadsheet-safe.ts'

export interface ExportedFile {
  file: string
  path: string
  rows: number
}

export interface ExportOptions extends ExportTarget {
  /** TICKLER_TIMEZONE: incident times are written as its wall clock with the offset (default UTC). */
  zone?: string
  specs?: readonly CsvFileSpec[]
}

export async function exportFiles(
  view: StoreView,
  dir: string,
  options: ExportOptions = {},
): Promise<ExportedFile[]> {
  const specs = [...(options.specs ?? csvFiles)].sort((a, b) => a.order - b.order)
  await checkExportTarget(
    dir,
    specs.map((s) => s.file),
    options,
  )
  await mkdir(dir, { recursive: true })
  // O_NOFOLLOW: a link put in place of a file after the check is refused, not written through.
  const flags =
    constants.O_WRONLY |
    constants.O_CREAT |
    constants.O_NOFOLLOW |
    (options.force ? constants.O_TRUNC : constants.O_EXCL)
  const written: ExportedFile[] = []
  for (const spec of specs) {
    const rows = spec.exportRows(view, { zone: options.zone ?? 'UTC' })
    const path = join(dir, spec.file)
    const file = await open(path, flags, 0o644)
    try {
      await file.writeFile(csvText(spec, rows), 'utf8')
    } finally {
      await file.close()
    }
    written.push({ file: spec.file, path, rows: rows.length })
  }
  return written
}

function csvText(spec: CsvFileSpec, rows: Record<string, string>[]): string {
  const columns = spec.columns.map((c) => c.name)
  const isText = spec.columns.map((c) => c.text === true)
  return stringify(
    rows.map((row) => columns.map((c, i) => (isText[i] ? spreadsheetSafe(row[c] ?? '') : (row[c] ?? '')))),
    // A CR inside a value is quoted too: outside quotes it would read as a broken line ending.
    { header: true, columns, record_delimiter: 'unix', quoted_match: /\r/ },
  )
}
