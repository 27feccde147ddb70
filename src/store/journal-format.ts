// One journal line = one committed transaction, so a commit touching several collections is
// atomic by construction (a line is either wholly there or a torn tail). The line is the audit
// trail too: each change of an audited collection carries its audit entry id, and who/when/what
// are stored once per line. `before` is not stored: replaying the lines in order reproduces it
// exactly, which keeps the files half the size and cold opens fast.
//
//   {"rev":7,"at":"2026-11-25T18:00:00.000Z","who":"U1","action":"sla log","requestId":"r1",
//    "changes":[{"collection":"incidents","id":"INC-0007","audit":"<uuid>","after":{…}}],
//    "sequences":{"incident":7}}
//
// A removal has "after": null.
import { z } from 'zod'
import { type AuditEntry, AuditEntrySchema } from '../domain/audit.ts'
import { StoreLoadError } from '../errors/errors.ts'
import type { Staged, StagedChange, StateData } from './state.ts'
import { ValidationError, validateRecord } from './state.ts'
import { COLLECTION_SCHEMAS, type CollectionName, UNAUDITED } from './store.ts'

const COLLECTIONS = Object.keys(COLLECTION_SCHEMAS) as [CollectionName, ...CollectionName[]]

const ChangeSchema = z.object({
  collection: z.enum(COLLECTIONS, { message: `must be one of ${COLLECTIONS.join(', ')}` }),
  id: z.string().min(1),
  audit: z.string().min(1).optional(),
  after: z.unknown(),
})

const LineSchema = z.object({
  rev: z.number().int().min(1),
  at: AuditEntrySchema.shape.at,
  who: AuditEntrySchema.shape.who,
  action: AuditEntrySchema.shape.action,
  requestId: z.string().default(''),
  changes: z.array(ChangeSchema),
  sequences: z.record(z.string().min(1), z.number().int().min(0)).default({}),
})

export interface TxHeader {
  at: string
  who: string
  action: string
  requestId: string
}

/** Serialises a staged transaction as its journal line (without the newline). */
export function encodeLine(rev: number, header: TxHeader, staged: Staged): string {
  const auditIds = new Map<string, string>()
  for (const a of staged.audit) auditIds.set(`${a.collection}\u0000${a.recordId}`, a.id)
  const changes = staged.changes.map((c) => {
    const audit = auditIds.get(`${c.collection}\u0000${c.id}`)
    return audit === undefined
      ? { collection: c.collection, id: c.id, after: c.after ?? null }
      : { collection: c.collection, id: c.id, audit, after: c.after ?? null }
  })
  return JSON.stringify({
    rev,
    ...header,
    changes,
    sequences: Object.fromEntries(staged.sequences),
  })
}

export interface DecodedLine {
  rev: number
  staged: Staged
}

function fail(file: string, line: number, detail: string, record?: string, field?: string): never {
  throw new StoreLoadError(`${file} line ${line}: ${detail}`, file, record ?? `line ${line}`, field)
}

/**
 * Parses and validates one line against the schemas, resolving `before` from `state` (the state
 * just before this line). Throws StoreLoadError naming the file, line, record and field.
 */
export function decodeLine(text: string, file: string, line: number, state: StateData): DecodedLine {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    fail(file, line, `is not valid JSON (${(error as Error).message})`)
  }
  const parsed = LineSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const field = issue.path.join('.') || '(line)'
    const change =
      issue.path[0] === 'changes' ? (raw as { changes: unknown[] }).changes[issue.path[1] as number] : null
    const id = (change as { id?: unknown } | null)?.id
    fail(file, line, `field "${field}" ${issue.message}`, typeof id === 'string' ? id : undefined, field)
  }
  const tx = parsed.data
  const changes: StagedChange[] = []
  const audit: AuditEntry[] = []
  tx.changes.forEach((c, index) => {
    const where = `changes.${index}`
    const current = state.collections[c.collection] as Map<string, unknown>
    let after: unknown = null
    if (c.after === undefined)
      fail(file, line, `${c.collection} record ${c.id}: "after" is missing`, c.id, 'after')
    if (c.after !== null) {
      try {
        after = validateRecord(c.collection, c.after)
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error
        const field = error.field || '(record)'
        fail(file, line, `${c.collection} record ${c.id}: field "${field}" ${error.detail}`, c.id, field)
      }
      if ((after as { id: string }).id !== c.id) {
        fail(
          file,
          line,
          `${c.collection} record ${c.id}: its "id" field differs from the change's id`,
          c.id,
          'id',
        )
      }
    }
    const audited = !UNAUDITED.has(c.collection)
    if (audited !== (c.audit !== undefined)) {
      const detail = audited ? 'has no audit entry id' : 'must not have an audit entry id'
      fail(file, line, `${c.collection} record ${c.id}: ${detail}`, c.id, `${where}.audit`)
    }
    const before = current.get(c.id) ?? null
    changes.push({ collection: c.collection, id: c.id, before, after })
    if (c.audit !== undefined) {
      audit.push({
        id: c.audit,
        at: tx.at,
        who: tx.who,
        action: tx.action,
        collection: c.collection,
        recordId: c.id,
        before,
        after,
        requestId: tx.requestId,
      })
    }
  })
  return { rev: tx.rev, staged: { changes, audit, sequences: new Map(Object.entries(tx.sequences)) } }
}
