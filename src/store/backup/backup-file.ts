// The backup file (SPEC §10): every collection, the audit trail and the sequences of either store,
// as one JSON document. Records are checked against the same schemas a store file is checked
// against, so a damaged backup is refused before anything is written.
import { z } from 'zod'
import { type AuditEntry, AuditEntrySchema } from '../../domain/audit.ts'
import { UserError } from '../../errors/errors.ts'
import { type StateData, ValidationError, validateRecord } from '../state.ts'
import { COLLECTION_SCHEMAS, type CollectionName, STORED_SCHEMAS } from '../store.ts'

export const BACKUP_FORMAT = 'tickler-backup'

const NAMES = Object.keys(COLLECTION_SCHEMAS) as CollectionName[]

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  collections: z.object(
    Object.fromEntries(NAMES.map((name) => [name, z.array(z.unknown()).default([])])) as {
      [K in CollectionName]: z.ZodDefault<z.ZodArray<z.ZodUnknown>>
    },
  ),
  audit: z.array(AuditEntrySchema),
  sequences: z.record(z.string(), z.number().int().min(0)),
})
export type Backup = z.infer<typeof BackupSchema>

/** Everything in a store's committed state; the audit trail comes from the store, which may keep
 * it on disk rather than in the state (SPEC §7). */
export function backupOf(state: StateData, audit: readonly AuditEntry[]): Backup {
  const collections = {} as Backup['collections']
  for (const name of NAMES) collections[name] = [...state.collections[name].values()]
  return {
    format: BACKUP_FORMAT,
    version: 1,
    collections,
    audit: [...audit],
    sequences: Object.fromEntries(state.sequences),
  }
}

const FORM = 'tickler restore FILE'
const EXAMPLE = 'tickler restore backups/tickler-2026-11-25.json'

/** Parses and checks a backup file's text; a bad one is a UserError naming what is wrong. */
export function parseBackup(text: string, file: string): Backup {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    throw new UserError(`${file} is not a Tickler backup: ${(error as Error).message}.`, FORM, EXAMPLE)
  }
  const parsed = BackupSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new UserError(
      `${file} is not a Tickler backup: field "${issue.path.join('.') || '(file)'}" ${issue.message}.`,
      FORM,
      EXAMPLE,
    )
  }
  const backup = parsed.data
  for (const name of NAMES) {
    const ids = new Set<string>()
    backup.collections[name] = backup.collections[name].map((record) => {
      let valid: { id: string }
      try {
        valid = validateRecord(name, record, STORED_SCHEMAS)
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error
        throw new UserError(
          `${file}: ${name} record ${error.recordId}: field "${error.field || '(record)'}" ${error.detail}. Nothing was restored.`,
          FORM,
          EXAMPLE,
        )
      }
      if (ids.has(valid.id)) {
        throw new UserError(
          `${file}: ${name} record ${valid.id} appears twice. Nothing was restored.`,
          FORM,
          EXAMPLE,
        )
      }
      ids.add(valid.id)
      return valid
    })
  }
  return backup
}
