// `tickler export DIR`: every register file, every column, in a form that imports back unchanged.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { stringify } from 'csv-stringify/sync'
import type { StoreView } from '../store/store.ts'
import type { CsvFileSpec } from './csv-spec.ts'
import { csvFiles } from './files.ts'

export interface ExportedFile {
  file: string
  path: string
  rows: number
}

export async function exportFiles(
  view: StoreView,
  dir: string,
  specs: readonly CsvFileSpec[] = csvFiles,
): Promise<ExportedFile[]> {
  await mkdir(dir, { recursive: true })
  const written: ExportedFile[] = []
  for (const spec of [...specs].sort((a, b) => a.order - b.order)) {
    const columns = spec.columns.map((c) => c.name)
    const rows = spec.exportRows(view)
    const text = stringify(
      rows.map((row) => columns.map((c) => row[c] ?? '')),
      { header: true, columns, record_delimiter: 'unix' },
    )
    const path = join(dir, spec.file)
    await writeFile(path, text, 'utf8')
    written.push({ file: spec.file, path, rows: rows.length })
  }
  return written
}
