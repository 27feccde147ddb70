// The in-memory state every Store implementation shares: collections keyed by id, the audit
// trail and sequences. A transaction stages changes on top of it and commits them as one unit,
// so a failed validation or write leaves the state exactly as it was.
import { randomUUID } from 'node:crypto'
import { isDeepStrictEqual } from 'node:util'
import type { Temporal } from 'temporal-polyfill'
import type { ZodType } from 'zod'
import type { AuditEntry } from '../domain/audit.ts'
import {
  type ChangeInfo,
  COLLECTION_SCHEMAS,
  type CollectionName,
  type RecordOf,
  STORED_SCHEMAS,
  type StoreView,
  type Transaction,
  UNAUDITED,
} from './store.ts'

export type Collections = { [K in CollectionName]: Map<string, RecordOf<K>> }

/** The register as it is now; the audit trail is kept apart (audit-trail.ts). */
export interface StateData {
  collections: Collections
  sequences: Map<string, number>
}

export function emptyState(): StateData {
  const collections = {} as Record<CollectionName, Map<string, unknown>>
  for (const name of Object.keys(COLLECTION_SCHEMAS) as CollectionName[]) collections[name] = new Map()
  return { collections: collections as Collections, sequences: new Map() }
}

/** One record written or removed by a transaction, with what it replaced. */
export interface StagedChange {
  collection: CollectionName
  id: string
  before: unknown
  after: unknown
}

/** The result of running a transaction body: what to persist and then apply to memory. */
export interface Staged {
  changes: StagedChange[]
  audit: AuditEntry[]
  sequences: Map<string, number>
}

export class ValidationError extends Error {
  constructor(
    message: string,
    readonly collection: string,
    readonly recordId: string,
    readonly field: string,
    /** The schema's complaint about the field alone, e.g. "must be P1, P2, P3 or P4". */
    readonly detail: string = message,
  ) {
    super(message)
    this.name = 'ValidationError'
  }
}

export function validateRecord<K extends CollectionName>(
  name: K,
  record: unknown,
  schemas: { [N in CollectionName]: ZodType } = COLLECTION_SCHEMAS,
): RecordOf<K> {
  const result = schemas[name].safeParse(record)
  if (!result.success) {
    const issue = result.error.issues[0]!
    const id = (record as { id?: unknown })?.id
    throw new ValidationError(
      `${name} record ${String(id)}: ${issue.path.join('.') || '(record)'} ${issue.message}`,
      name,
      String(id),
      issue.path.join('.'),
      issue.message,
    )
  }
  return result.data as RecordOf<K>
}

/**
 * A record about to be written: the write rules (COLLECTION_SCHEMAS), except that a field still
 * equal to `before` only has to be as a store file may hold it, so a record whose text was saved
 * before the control-character rule can still be resolved, edited elsewhere or re-imported.
 */
export function validateWrite<K extends CollectionName>(
  name: K,
  record: unknown,
  before: unknown,
): RecordOf<K> {
  const typed = COLLECTION_SCHEMAS[name].safeParse(record)
  if (typed.success) return typed.data as RecordOf<K>
  const field = (path: readonly PropertyKey[], of: unknown) =>
    (of as Record<PropertyKey, unknown>)[path[0] as PropertyKey]
  const unchanged =
    before !== undefined &&
    typed.error.issues.every(
      (i) => i.path.length > 0 && isDeepStrictEqual(field(i.path, record), field(i.path, before)),
    )
  return validateRecord(name, record, unchanged ? STORED_SCHEMAS : COLLECTION_SCHEMAS)
}

/**
 * '2026-11-25T12:00:00.000Z', as Temporal's toString({ smallestUnit: 'millisecond' }) gives, but
 * through Date's formatter: the polyfill's is slow enough to show on the write path. Formatting
 * only; the instant still comes from the injected clock.
 */
export function instantIso(at: Temporal.Instant): string {
  return new Date(at.epochMilliseconds).toISOString()
}

/**
 * Runs `fn` against a copy-on-write overlay of `state`. Nothing in `state` is touched; the
 * returned Staged is applied with `applyStaged` only after it has been made durable.
 * `base` must be a view of the same `state`: its cached arrays and audit trail answer the
 * transaction's reads, so a body that lists 30,000 incidents copies nothing.
 */
export function stage<T>(
  state: StateData,
  change: ChangeInfo,
  fn: (tx: Transaction) => T,
  base: StoreView,
): { result: T; staged: Staged } {
  const overlay = new Map<string, Map<string, unknown>>()
  const order: StagedChange[] = []
  const sequences = new Map<string, number>()
  const at = instantIso(change.at)

  const current = <K extends CollectionName>(name: K, id: string): RecordOf<K> | undefined => {
    const layer = overlay.get(name)
    if (layer?.has(id)) return layer.get(id) as RecordOf<K> | undefined
    return state.collections[name].get(id) as RecordOf<K> | undefined
  }

  const tx: Transaction = {
    all(name) {
      const layer = overlay.get(name)
      const committed = base.all(name)
      if (!layer) return committed
      // Same order as a Map would give: replaced records keep their place, new ones go last.
      const merged: unknown[] = []
      for (const record of committed) {
        const id = (record as { id: string }).id
        const staged = layer.has(id) ? layer.get(id) : record
        if (staged !== undefined) merged.push(staged)
      }
      const map = state.collections[name] as Map<string, unknown>
      for (const [id, record] of layer) if (record !== undefined && !map.has(id)) merged.push(record)
      return merged as never
    },
    get: (name, id) => current(name, id),
    audit: (recordId) => base.audit(recordId),
    put(name, record) {
      const before = current(name, record.id)
      const valid = validateWrite(name, record, before)
      if (!overlay.has(name)) overlay.set(name, new Map())
      overlay.get(name)!.set(valid.id, valid)
      order.push({ collection: name, id: valid.id, before: before ?? null, after: valid })
    },
    remove(name, id) {
      const before = current(name, id)
      if (before === undefined) return
      if (!overlay.has(name)) overlay.set(name, new Map())
      overlay.get(name)!.set(id, undefined)
      order.push({ collection: name, id, before, after: null })
    },
    next(sequence, atLeast = 0) {
      const value = Math.max((sequences.get(sequence) ?? state.sequences.get(sequence) ?? 0) + 1, atLeast)
      sequences.set(sequence, value)
      return value
    },
  }

  const result = fn(tx)
  if (result instanceof Promise) throw new Error('store transactions must be synchronous')

  // Collapse repeated writes to one record into a single change from first before to last after.
  const merged = new Map<string, StagedChange>()
  for (const c of order) {
    const key = `${c.collection}\u0000${c.id}`
    const prior = merged.get(key)
    merged.set(key, prior ? { ...c, before: prior.before } : c)
  }
  const changes = [...merged.values()]
  const audit: AuditEntry[] = changes
    .filter((c) => !UNAUDITED.has(c.collection))
    .map((c) => ({
      id: randomUUID(),
      at,
      who: change.who,
      action: change.action,
      collection: c.collection,
      recordId: c.id,
      before: c.before ?? null,
      after: c.after ?? null,
      requestId: change.requestId ?? '',
    }))
  return { result, staged: { changes, audit, sequences } }
}

export function applyStaged(state: StateData, staged: Staged): void {
  for (const c of staged.changes) {
    const map = state.collections[c.collection] as Map<string, unknown>
    if (c.after === null) map.delete(c.id)
    else map.set(c.id, c.after)
  }
  for (const [name, value] of staged.sequences) state.sequences.set(name, value)
}
