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
import { isCalendarDate } from '../time/calendar-date.ts'
import type { Staged, StagedChange, StateData } from './state.ts'
import { ValidationError, validateRecord } from './state.ts'
import { COLLECTION_SCHEMAS, type CollectionName, STORED_SCHEMAS, UNAUDITED } from './store.ts'

/** Who, when and what: checked with the audit entry's own field schemas. */
const HeaderSchema = z.object({
  rev: z.number().int().min(1),
  at: AuditEntrySchema.shape.at,
  who: AuditEntrySchema.shape.who,
  action: AuditEntrySchema.shape.action,
  requestId: z.string().default(''),
})

/** The exact instant form this store writes (instantIso); a subset of what InstantSchema accepts. */
const WRITTEN_INSTANT = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/

/**
 * Fast path for a header exactly as this store writes it; everything it accepts HeaderSchema
 * accepts too. Anything else (hand-edited, or wrong) goes through HeaderSchema, which also words
 * the error. At 300,000 lines the zod pass per line was a large share of a cold open.
 */
function isPlainHeader(raw: Record<string, unknown>): boolean {
  const { rev, at, who, action, requestId } = raw
  return (
    Number.isSafeInteger(rev) &&
    (rev as number) >= 1 &&
    typeof at === 'string' &&
    WRITTEN_INSTANT.test(at) &&
    isValidDay(at.slice(0, 10)) &&
    typeof who === 'string' &&
    who !== '' &&
    typeof action === 'string' &&
    action !== '' &&
    typeof requestId === 'string'
  )
}

/** Consecutive lines mostly share a day: remember the last one found valid. */
let lastValidDay = ''
function isValidDay(day: string): boolean {
  if (day === lastValidDay) return true
  if (!isCalendarDate(day)) return false
  lastValidDay = day
  return true
}

/** Who, when and what of a line already validated at load: the fast path, else zod's parse. */
export function lineHeader(raw: unknown): z.infer<typeof HeaderSchema> {
  const record = raw as Record<string, unknown>
  return isPlainHeader(record) ? (record as z.infer<typeof HeaderSchema>) : HeaderSchema.parse(record)
}

const NO_SEQUENCES: ReadonlyMap<string, number> = new Map()

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

export function loadError(
  file: string,
  line: number,
  detail: string,
  record?: string,
  field?: string,
): never {
  throw new StoreLoadError(`${file} line ${line}: ${detail}`, file, record ?? `line ${line}`, field)
}

/**
 * Validates a record against its collection's schema; the error names file, line, record, field.
 * Returns the parsed record (defaults applied).
 */
export function checkRecord(name: CollectionName, record: unknown, file: string, line: number): unknown {
  try {
    return validateRecord(name, record, STORED_SCHEMAS)
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    const field = error.field || '(record)'
    const id = String((record as { id?: unknown }).id)
    return loadError(file, line, `${name} record ${id}: field "${field}" ${error.detail}`, id, field)
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Parses one line and checks its structure, resolving `before` from `state` (the state just
 * before this line). With `validate`, every record is also checked against its collection's
 * schema; a cold open instead validates each record's current version once, at the end.
 * Throws StoreLoadError naming the file, line, record and field.
 */
export function decodeLine(
  text: string,
  file: string,
  line: number,
  state: StateData,
  validate: boolean,
): DecodedLine {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    loadError(file, line, `is not valid JSON (${(error as Error).message})`)
  }
  if (!isObject(raw)) loadError(file, line, 'is not a JSON object')
  let tx = raw as z.infer<typeof HeaderSchema>
  if (!isPlainHeader(raw)) {
    const header = HeaderSchema.safeParse(raw)
    if (!header.success) {
      const issue = header.error.issues[0]!
      const field = issue.path.join('.') || '(line)'
      loadError(file, line, `field "${field}" ${issue.message}`, undefined, field)
    }
    tx = header.data
  }
  if (!Array.isArray(raw.changes))
    loadError(file, line, 'field "changes" must be a list', undefined, 'changes')
  const sequences = raw.sequences ?? {}
  if (!isObject(sequences))
    loadError(file, line, 'field "sequences" must be an object', undefined, 'sequences')
  for (const [name, value] of Object.entries(sequences)) {
    if (!Number.isSafeInteger(value) || (value as number) < 0) {
      loadError(file, line, `sequence "${name}" must be a whole number`, undefined, `sequences.${name}`)
    }
  }

  const changes: StagedChange[] = []
  const audit: AuditEntry[] = []
  for (const [index, c] of (raw.changes as unknown[]).entries()) {
    const where = `changes.${index}`
    if (!isObject(c)) loadError(file, line, `${where} must be an object`, undefined, where)
    const { collection, id: changeId, audit: auditId } = c
    if (typeof collection !== 'string' || !Object.hasOwn(COLLECTION_SCHEMAS, collection)) {
      loadError(
        file,
        line,
        `${where}: unknown collection ${JSON.stringify(collection)}`,
        undefined,
        `${where}.collection`,
      )
    }
    const name = collection as CollectionName
    if (typeof changeId !== 'string' || changeId === '') {
      loadError(file, line, `${where}: "id" must be a non-empty string`, undefined, `${where}.id`)
    }
    let id = changeId
    if (!('after' in c)) loadError(file, line, `${name} record ${id}: "after" is missing`, id, 'after')
    let after = c.after
    if (after !== null) {
      if (!isObject(after) || after.id !== id) {
        loadError(file, line, `${name} record ${id}: "after" must be the record, with the same id`, id, 'id')
      }
      if (validate) after = checkRecord(name, after, file, line)
      // The record's own id string, not the change's equal copy: the register and the audit trail
      // key by it, and a second copy of every id was megabytes at 10,000 vendors.
      id = (after as { id: string }).id
    }
    const audited = !UNAUDITED.has(name)
    if (audited !== (typeof auditId === 'string' && auditId !== '')) {
      const detail = audited ? 'has no audit entry id' : 'must not have an audit entry id'
      loadError(file, line, `${name} record ${id}: ${detail}`, id, `${where}.audit`)
    }
    const before = (state.collections[name] as Map<string, unknown>).get(id) ?? null
    changes.push({ collection: name, id, before, after })
    if (audited) {
      audit.push({
        id: auditId as string,
        at: tx.at,
        who: tx.who,
        action: tx.action,
        collection: name,
        recordId: id,
        before,
        after,
        requestId: tx.requestId,
      })
    }
  }
  const entries = Object.entries(sequences as Record<string, number>)
  return {
    rev: tx.rev,
    staged: {
      changes,
      audit,
      sequences: entries.length > 0 ? new Map(entries) : (NO_SEQUENCES as Map<string, number>),
    },
  }
}
