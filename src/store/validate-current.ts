// Cold-open validation of the register as replayed: every current record against its
// collection's schema, once. Superseded versions are audit history (before/after are free-form
// in AuditEntrySchema) and are not re-validated, which keeps a cold open over a long history fast.

import { type ZodType, z } from 'zod'
import type { Journal } from './journal.ts'
import { checkRecord } from './journal-format.ts'
import type { StateView } from './state-view.ts'
import { type CollectionName, STORED_SCHEMAS } from './store.ts'

/**
 * Each collection's STORED_SCHEMA through zod's ahead-of-time compiler (z.compile): the same
 * schema, so the same verdicts and output, and a record the generated code rejects is re-run on
 * zod's runtime, which words the issue. At 10,000 vendors (120,000 records) parsing them all cost
 * a cold process about 500 CPU ms on the runtime and about 150 compiled, compiling included; the
 * whole open about 200 CPU ms less. Compiled on first use, so an empty store never pays for it.
 */
const compiled = new Map<CollectionName, ZodType>()
function compiledSchema(name: CollectionName): ZodType {
  let schema = compiled.get(name)
  if (!schema) {
    schema = z.compile(STORED_SCHEMAS[name])
    compiled.set(name, schema)
  }
  return schema
}

/**
 * The record as the store keeps it: itself when its collection's compiled schema accepts it as it
 * is (it is already in old space), zod's parsed form when the schema normalises it (a defaulted
 * field missing after hand-editing); undefined when the schema rejects it, and the caller words
 * the error through zod's runtime, naming where the record came from.
 */
export function keptRecord(name: CollectionName, record: unknown): unknown {
  const result = compiledSchema(name).safeParse(record)
  if (!result.success) return undefined
  return sameRecord(record, result.data) ? record : result.data
}

/**
 * Throws StoreLoadError naming the file and line that last wrote a bad record. A record the
 * schema would normalise (a defaulted field missing after hand-editing) is replaced by its parsed
 * form, in the register and in its audit entry. With `only` ("collection\u0000id" keys), just
 * those records: the ones journal lines after a snapshot wrote (the snapshot's own are checked
 * as it is read).
 */
export async function validateCurrent(
  view: StateView,
  journal: Journal,
  only?: ReadonlySet<string>,
): Promise<void> {
  for (const name of Object.keys(view.state.collections) as CollectionName[]) {
    const map = view.state.collections[name] as Map<string, unknown>
    if (map.size === 0) continue
    const entries = only ? pick(map, name, only) : map
    for (const [id, record] of entries) {
      const kept = keptRecord(name, record)
      if (kept === undefined) {
        const { file, line } = await locate(journal, name, id)
        checkRecord(name, record, file, line)
      } else if (kept !== record) {
        map.set(id, kept)
        view.trail.normaliseLast(name, id, kept)
      }
    }
  }
}

/** The records of `map` named in `only`, still present. */
function pick(map: Map<string, unknown>, name: string, only: ReadonlySet<string>): [string, unknown][] {
  const out: [string, unknown][] = []
  const prefix = `${name}\u0000`
  for (const key of only) {
    if (!key.startsWith(prefix)) continue
    const id = key.slice(prefix.length)
    const record = map.get(id)
    if (record !== undefined) out.push([id, record])
  }
  return out
}

/** The file and line that last wrote a record: looked up only to name a validation error. */
async function locate(
  journal: Journal,
  name: CollectionName,
  id: string,
): Promise<{ file: string; line: number }> {
  let found = { file: journal.files[0] ?? '', line: 0 }
  await journal.rescan((text, file, line) => {
    const changes = (JSON.parse(text) as { changes: { collection: string; id: string }[] }).changes
    if (changes.some((c) => c.collection === name && c.id === id)) found = { file, line }
  })
  return found
}

/**
 * Whether zod's output equals the raw record, so the raw one (already in old space) is kept.
 * Compared field by field, nested values too: a JSON.stringify of both sides of every nested
 * value took 50-85 CPU ms of a cold open at 10,000 vendors, this 40-55.
 */
function sameRecord(raw: unknown, parsed: unknown): boolean {
  if (raw === parsed) return true
  if (typeof raw !== 'object' || typeof parsed !== 'object' || raw === null || parsed === null) return false
  if (Array.isArray(raw) || Array.isArray(parsed)) {
    if (!Array.isArray(raw) || !Array.isArray(parsed) || raw.length !== parsed.length) return false
    for (let i = 0; i < raw.length; i++) if (!sameRecord(raw[i], parsed[i])) return false
    return true
  }
  const a = raw as Record<string, unknown>
  const b = parsed as Record<string, unknown>
  const keys = Object.keys(b)
  if (Object.keys(a).length !== keys.length) return false
  for (const key of keys) if (!Object.hasOwn(a, key) || !sameRecord(a[key], b[key])) return false
  return true
}
