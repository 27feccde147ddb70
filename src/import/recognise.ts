// Which register file a CSV is, from its header alone (never its file name): the spec whose
// required columns are all there, with no column it does not know.
import type { CsvFileSpec } from '../csv/csv-spec.ts'
import { ImportError } from './import-error.ts'
import type { CsvFile } from './read-csv.ts'

interface Fit {
  spec: CsvFileSpec
  missing: string[]
  unknown: string[]
  known: number
}

export function recogniseFile(file: CsvFile, specs: readonly CsvFileSpec[]): CsvFileSpec {
  const fits: Fit[] = specs.map((spec) => {
    const names = new Set(spec.columns.map((c) => c.name))
    const unknown = file.header.filter((h) => !names.has(h))
    const missing = spec.columns.filter((c) => c.required && !file.header.includes(c.name)).map((c) => c.name)
    return { spec, missing, unknown, known: file.header.length - unknown.length }
  })

  const complete = fits
    .filter((f) => f.missing.length === 0)
    .sort((a, b) => a.unknown.length - b.unknown.length || b.known - a.known)
  const best = complete[0]
  if (best) {
    if (best.unknown.length > 0) {
      throw new ImportError(
        file.name,
        `unknown ${plural('column', best.unknown)} ${quoteList(best.unknown)} in a ${best.spec.file} file; its columns are ${columnList(best.spec)}`,
        1,
        best.unknown[0],
      )
    }
    return best.spec
  }

  const closest = [...fits].sort((a, b) => b.known - a.known || a.missing.length - b.missing.length)[0]
  if (!closest || closest.known === 0) {
    throw new ImportError(
      file.name,
      `the header does not name the columns of any register file. Expected one of: ${specs
        .map((s) => `${s.file} (${columnList(s)})`)
        .join('; ')}`,
      1,
    )
  }
  const unknown =
    closest.unknown.length > 0
      ? `, and has unknown ${plural('column', closest.unknown)} ${quoteList(closest.unknown)}`
      : ''
  throw new ImportError(
    file.name,
    `looks like ${closest.spec.file} but lacks the required ${plural('column', closest.missing)} ${quoteList(closest.missing)}${unknown}; its columns are ${columnList(closest.spec)}`,
    1,
    closest.missing[0],
  )
}

function columnList(spec: CsvFileSpec): string {
  return spec.columns.map((c) => (c.required ? `${c.name}*` : c.name)).join(', ')
}

function quoteList(names: string[]): string {
  return names.map((n) => `"${n}"`).join(', ')
}

function plural(word: string, list: unknown[]): string {
  return list.length === 1 ? word : `${word}s`
}
