// A register file's columns, derived from its record's zod schema: one column per field in the
// schema's order, named in snake_case, required unless the schema makes the field optional or
// gives it a default. A file states only where it differs from its record, so a field added to a
// schema is a column of its file (or a deliberate omission) and the two cannot drift apart.
import type { z } from 'zod'
import type { CsvColumn } from './csv-spec.ts'

export interface ColumnRules {
  /** Fields the file does not carry (ids it derives, data kept only in the store). */
  omit?: readonly string[]
  /** Field name -> column name where they differ beyond snake_case (vendorId -> vendor). */
  rename?: Readonly<Record<string, string>>
  /** Columns that are no field of the record, placed first (a target's vendor, read to find its contract). */
  before?: readonly CsvColumn[]
  /** Columns a file may leave empty though the record needs a value: the import fills it in. */
  optional?: readonly string[]
  /** Free-text columns (written spreadsheet-safe), by column name. */
  text?: readonly string[]
}

const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

export function schemaColumns(schema: z.ZodObject, rules: ColumnRules = {}): CsvColumn[] {
  const omit = new Set(rules.omit ?? [])
  const optional = new Set(rules.optional ?? [])
  const text = new Set(rules.text ?? [])
  const columns: CsvColumn[] = [...(rules.before ?? [])]
  for (const [field, type] of Object.entries(schema.shape)) {
    if (omit.has(field)) continue
    const name = rules.rename?.[field] ?? snake(field)
    const required = !optional.has(name) && !(type as z.ZodType).isOptional()
    columns.push(text.has(name) ? { name, required, text: true } : { name, required })
  }
  return columns
}
