// Small helpers for CsvFileSpec.applyRow: read a column through a field parser, turning a
// FieldError into a RowError that names the column.
import { FieldError } from '../parse/fields.ts'
import { type ImportContext, RowError } from './csv-spec.ts'

/** Parses `row[column]` with `parse`; a FieldError becomes RowError(column). */
export function field<T>(row: Record<string, string>, column: string, parse: (text: string) => T): T {
  try {
    return parse(row[column] ?? '')
  } catch (error) {
    if (error instanceof FieldError) throw new RowError(column, error.message)
    throw error
  }
}

/** A required text value, trimmed. */
export function required(row: Record<string, string>, column: string, what: string): string {
  const value = (row[column] ?? '').trim()
  if (value === '') throw new RowError(column, `${what} is empty`)
  return value
}

/** Whether the file has the column (a file without an optional column leaves that field alone). */
export function has(context: ImportContext, column: string): boolean {
  return context.columns === undefined || context.columns.has(column)
}

/**
 * The value of an optional column: parsed when the file has it (empty → `empty`), else the
 * existing record's value, else `fallback`.
 */
export function optional<T>(
  row: Record<string, string>,
  context: ImportContext,
  column: string,
  parse: (text: string) => T,
  options: { empty: T; existing: T | undefined; fallback: T },
): T {
  if (!has(context, column)) return options.existing === undefined ? options.fallback : options.existing
  if ((row[column] ?? '').trim() === '') return options.empty
  return field(row, column, parse)
}
