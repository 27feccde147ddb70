// A start from snapshot.json: its records (through the compiled schemas, unless this very code
// wrote them: snapshot-trust.ts), sequences and audit trail index, when the journal bytes it
// covers are unchanged. The caller then reads only the journal lines after them. A stale snapshot
// (the journal differs: edited by hand, or restored) is left alone and the caller reads the whole
// journal, exactly as without one.
import path from 'node:path'
import type { Logger } from 'pino'
import { type CodeSource, rememberIdentity } from './code-identity.ts'
import type { JournalAuditTrail } from './journal-audit.ts'
import { digestAtStart, type StartDigest } from './journal-digest.ts'
import { SNAPSHOT_FILE, type Snapshot, type SnapshotHead, snapshotError } from './snapshot-file.ts'
import { writtenByThisCode } from './snapshot-trust.ts'
import { type StateData, ValidationError, validateRecord } from './state.ts'
import { type CollectionName, STORED_SCHEMAS } from './store.ts'
import { keptRecord } from './validate-current.ts'

/** A journal file as far as the snapshot covers it. */
export interface CoveredExtent {
  name: string
  end: number
  lines: number
}

export interface Resumed {
  revision: number
  extents: CoveredExtent[]
  /** Journal bytes the snapshot covers. */
  bytes: number
  /** Its records were taken unchecked: this code wrote them (snapshot-trust.ts). */
  trusted: boolean
}

/**
 * The digests of the journal bytes a snapshot covers, of its records' bytes and of the running
 * code, with that code's identity; or why there is none to compare.
 */
export type CoveredDigest = (StartDigest & { identity: string | null }) | null | { failed: unknown }

/**
 * Starts hashing the journal bytes `head` covers, when the folder's journal files (`names`)
 * begin with the ones it names; resolves to null when they do not. Never rejects.
 */
export function digestCovered(
  dir: string,
  head: SnapshotHead,
  names: readonly string[],
  code: CodeSource,
): Promise<CoveredDigest> {
  const files = head.journal.files
  if (!files.every((f, i) => names[i] === f.name)) return Promise.resolve(null)
  const bundle = 'identity' in code ? undefined : code
  return digestAtStart({ dir, files, snapshot: path.join(dir, SNAPSHOT_FILE), code: bundle }).then(
    (digest) => {
      if (bundle) rememberIdentity(bundle, digest.code)
      return { ...digest, identity: 'identity' in code ? code.identity : digest.code }
    },
    (failed: unknown) => ({ failed }),
  )
}

/**
 * Fills `state` and `trail` (both empty) from `snapshot` when `digest` (digestCovered) says the
 * journal starts with the bytes it covers; else returns null and touches nothing. A record that
 * fails its schema throws StoreLoadError naming snapshot.json and its line, the record and the field.
 */
export async function resumeFromSnapshot(
  log: Logger,
  snapshot: Snapshot,
  covered: Promise<CoveredDigest>,
  state: StateData,
  trail: JournalAuditTrail,
): Promise<Resumed | null> {
  const { head, parts } = snapshot
  const files = head.journal.files
  const digest = await covered
  if (digest !== null && 'failed' in digest) {
    log.warn({ err: digest.failed }, 'could not check the journal against the snapshot; reading it in full')
    return null
  }
  const journal = digest?.journal
  if (!journal || journal.sha256 !== head.journal.sha256) {
    log.warn({ file: SNAPSHOT_FILE }, 'the journal differs from what the snapshot covers; reading it in full')
    return null
  }
  const trusted = writtenByThisCode(head, digest, digest.identity)
  for (const part of parts) {
    fillPart(part.collection as CollectionName, part.records as unknown[], part.line, state, trusted)
  }
  for (const [name, value] of head.sequences) state.sequences.set(name, value)
  trail.restoreIndex(head.trail, parts)
  return {
    revision: head.revision,
    extents: files.map((f, i) => ({ name: f.name, end: f.length, lines: journal.lines[i]! })),
    bytes: files.reduce((n, f) => n + f.length, 0),
    trusted,
  }
}

/**
 * Checks a part's records (unless `trusted`: this code wrote them) and adds them to the register.
 * A record the schema normalises (a defaulted field missing) is replaced by its parsed form, in
 * `records` too, so the trail's first entries (restored from `records`) are the register's own
 * records, as after a full open.
 */
function fillPart(
  name: CollectionName,
  records: unknown[],
  line: number,
  state: StateData,
  trusted: boolean,
): void {
  const map = state.collections[name] as Map<string, unknown>
  for (let p = 0; p < records.length; p++) {
    const record = records[p]
    const kept = trusted ? record : keptRecord(name, record)
    if (kept === undefined) badRecord(name, record, line)
    const id = (record as { id: string }).id
    // One lookup, not has() then set(): a record set twice leaves the size as it was.
    const size = map.size
    map.set(id, kept)
    if (map.size === size) snapshotError(line, `${name} record ${id} appears twice`, id, 'id')
    if (kept !== record) records[p] = kept
  }
}

/** The compiled code said no; zod's runtime words the issue. */
function badRecord(name: CollectionName, record: unknown, line: number): never {
  try {
    validateRecord(name, record, STORED_SCHEMAS)
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    const field = error.field || '(record)'
    const id = String((record as { id?: unknown } | null)?.id)
    return snapshotError(line, `${name} record ${id}: field "${field}" ${error.detail}`, id, field)
  }
  throw new Error(`the compiled ${name} schema rejected a record its runtime accepts`)
}
