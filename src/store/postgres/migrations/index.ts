// Every migration, in order: the number is the schema version it brings the database to. Kept as
// modules (not .sql files) so the bundled CLI carries them without reading files at run time.
import { initial } from './001-initial.ts'

export interface Migration {
  version: number
  name: string
  sql: string
}

export const MIGRATIONS: readonly Migration[] = [initial]

export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version
