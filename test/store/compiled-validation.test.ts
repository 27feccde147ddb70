// The cold open checks every current record with zod's compiled STORED_SCHEMAS (validate-current.ts).
// Whatever a hand edit leaves in a record, the open must give exactly zod's runtime verdict: the
// record as the runtime parses it (defaults filled in, text trimmed, unknown fields dropped), or a
// StoreLoadError naming the record and the field with the runtime's own words.
import fsp from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { StoreLoadError } from '../../src/errors/errors.ts'
import { openJsonStore } from '../../src/store/json-store.ts'
import { type CollectionName, STORED_SCHEMAS, UNAUDITED } from '../../src/store/store.ts'
import { change, SAMPLES, tempDir } from './helpers.ts'

const JOURNAL = 'journal-2026-11.jsonl'

/** What a hand edit may do to one field: [label, new value, or undefined to remove the field]. */
const EDITS: [string, (value: unknown) => unknown][] = [
  ['removed', () => undefined],
  ['null', () => null],
  ['a number', () => 12345],
  ['empty text', () => ''],
  [
    'padded with spaces',
    (v) => (typeof v === 'string' ? ` ${v} ` : Array.isArray(v) ? v.map((x) => ` ${x} `) : v),
  ],
  ['5,000 characters', () => 'x'.repeat(5000)],
  ['a list', () => ['x']],
  ['an object', () => ({})],
]

/** Every edited version of a sample record: each field edited each way, and an unknown field added. */
function editsOf(record: Record<string, unknown>): [string, Record<string, unknown>][] {
  const out: [string, Record<string, unknown>][] = [['an unknown field added', { ...record, extra: 1 }]]
  for (const field of Object.keys(record)) {
    if (field === 'id') continue
    for (const [label, edit] of EDITS) {
      const edited = { ...record }
      const value = edit(record[field])
      if (value === undefined) delete edited[field]
      else edited[field] = value
      out.push([`${field} ${label}`, edited])
    }
  }
  return out
}

/**
 * A copy of `base`'s folder (one committed record), reused for every edit: opening a store only
 * reads (SPEC §7), so each edit only replaces the journal line with its own.
 */
async function copyOf(base: string): Promise<string> {
  const dir = await tempDir()
  for (const name of await fsp.readdir(base)) await fsp.copyFile(path.join(base, name), path.join(dir, name))
  return dir
}

/** Writes `edited` in place of the record in `dir`'s journal line. */
async function holding(dir: string, line: string, edited: Record<string, unknown>): Promise<string> {
  const tx = JSON.parse(line)
  tx.changes[0].after = edited
  await fsp.writeFile(path.join(dir, JOURNAL), `${JSON.stringify(tx)}\n`)
  return dir
}

describe('a cold open of a hand-edited record', () => {
  for (const [name, sample] of Object.entries(SAMPLES) as [CollectionName, { record: { id: string } }][]) {
    it(`gives zod's runtime verdict for every edit of a record in ${name}`, async () => {
      const base = await tempDir()
      const writer = await openJsonStore(base)
      await writer.transact(change(), (tx) => tx.put(name, sample.record as never))
      await writer.close()
      const id = sample.record.id
      const folder = await copyOf(base)
      const line = (await fsp.readFile(path.join(base, JOURNAL), 'utf8')).trimEnd()
      let accepted = 0
      let rejected = 0
      for (const [label, edited] of editsOf(sample.record as Record<string, unknown>)) {
        const runtime = STORED_SCHEMAS[name].safeParse(edited)
        const dir = await holding(folder, line, edited)
        const opened = await openJsonStore(dir).then(
          (store) => store,
          (error: unknown) => error,
        )
        if (runtime.success) {
          accepted++
          expect(opened, label).not.toBeInstanceOf(Error)
          const store = opened as Awaited<ReturnType<typeof openJsonStore>>
          expect(store.get(name, id), label).toEqual(runtime.data)
          if (!UNAUDITED.has(name)) expect(store.audit(id)[0]!.after, label).toBe(store.get(name, id))
          await store.close()
        } else {
          rejected++
          const issue = runtime.error.issues[0]!
          const field = issue.path.join('.') || '(record)'
          expect(opened, label).toBeInstanceOf(StoreLoadError)
          const error = opened as StoreLoadError
          expect([error.record, error.field], label).toEqual([id, field])
          expect(error.message, label).toBe(
            `${JOURNAL} line 1: ${name} record ${id}: field "${field}" ${issue.message}`,
          )
        }
      }
      // Both verdicts were exercised, so neither branch above passes vacuously.
      expect(accepted).toBeGreaterThan(0)
      expect(rejected).toBeGreaterThan(0)
      await fsp.rm(base, { recursive: true, force: true })
      await fsp.rm(folder, { recursive: true, force: true })
    })
  }
})
