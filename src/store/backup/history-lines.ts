// A backup as the JSON store's journal can hold it. A journal line carries one transaction and
// derives its audit entries from it, so the audit trail is replayed as it happened (consecutive
// entries of one who/when/what/request form one line) and the unaudited bookkeeping (deliveries,
// request keys, conversations...) and the sequences follow in one last line that adds no audit
// entry. The replay must arrive at the backup's records, or the backup is refused.
import { isDeepStrictEqual } from 'node:util'
import { Temporal } from 'temporal-polyfill'
import type { AuditEntry } from '../../domain/audit.ts'
import { UserError } from '../../errors/errors.ts'
import type { Staged, StagedChange } from '../state.ts'
import { type ChangeInfo, COLLECTION_SCHEMAS, type CollectionName, UNAUDITED } from '../store.ts'
import type { Backup } from './backup-file.ts'

export interface HistoryLine {
  change: ChangeInfo
  staged: Staged
}

const NAMES = Object.keys(COLLECTION_SCHEMAS) as CollectionName[]

export function historyLines(backup: Backup, restoredAt: Temporal.Instant): HistoryLine[] {
  const replayed = new Map<string, Map<string, unknown>>(NAMES.map((n) => [n, new Map()]))
  const lines: HistoryLine[] = []
  let group: AuditEntry[] = []
  const flush = () => {
    if (group.length === 0) return
    const first = group[0]!
    const changes: StagedChange[] = group.map((entry) => {
      const map = replayed.get(entry.collection)!
      const before = map.get(entry.recordId) ?? null
      if (entry.after === null) map.delete(entry.recordId)
      else map.set(entry.recordId, entry.after)
      return {
        collection: entry.collection as CollectionName,
        id: entry.recordId,
        before,
        after: entry.after,
      }
    })
    lines.push({
      change: {
        who: first.who,
        at: Temporal.Instant.from(first.at),
        action: first.action,
        requestId: first.requestId,
      },
      staged: { changes, audit: group, sequences: new Map() },
    })
    group = []
  }
  for (const entry of backup.audit) {
    if (!replayed.has(entry.collection) || UNAUDITED.has(entry.collection as CollectionName)) {
      throw refused(
        `audit entry ${entry.id} is about ${JSON.stringify(entry.collection)}, which is not audited`,
      )
    }
    const first = group[0]
    const sameTransaction =
      first !== undefined &&
      first.at === entry.at &&
      first.who === entry.who &&
      first.action === entry.action &&
      first.requestId === entry.requestId &&
      !group.some((g) => g.collection === entry.collection && g.recordId === entry.recordId)
    if (!sameTransaction) flush()
    group.push(entry)
  }
  flush()

  for (const name of NAMES) {
    if (UNAUDITED.has(name)) continue
    const records = backup.collections[name] as { id: string }[]
    const map = replayed.get(name)!
    const held = new Set(records.map((r) => r.id))
    const differs =
      records.find((r) => !isDeepStrictEqual(map.get(r.id), r))?.id ??
      [...map.keys()].find((id) => !held.has(id))
    if (differs !== undefined) {
      throw refused(`the audit trail does not lead to ${name} record ${differs} as the backup holds it`)
    }
  }

  const bookkeeping: StagedChange[] = NAMES.filter((n) => UNAUDITED.has(n)).flatMap((name) =>
    (backup.collections[name] as { id: string }[]).map((r) => ({
      collection: name,
      id: r.id,
      before: null,
      after: r,
    })),
  )
  const sequences = new Map(Object.entries(backup.sequences))
  if (bookkeeping.length > 0 || sequences.size > 0) {
    const last = backup.audit.at(-1)
    lines.push({
      change: { who: 'restore', at: last ? Temporal.Instant.from(last.at) : restoredAt, action: 'restore' },
      staged: { changes: bookkeeping, audit: [], sequences },
    })
  }
  return lines
}

function refused(reason: string): UserError {
  return new UserError(
    `This backup cannot be restored into files: ${reason}. Nothing was restored.`,
    'tickler restore FILE',
    'tickler restore backups/tickler-2026-11-25.json',
  )
}
