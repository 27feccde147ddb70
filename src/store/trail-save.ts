// The JSON store's audit-trail index (journal-audit.ts) saved for a snapshot (trail-index.ts) as it
// stood at one revision, a step at a time: at 10,000 vendors the whole of it took 150-300 ms, and
// the event loop (every request, every other write) waited that long. Commits go on between the
// steps and change the live index: they add records and lines, and push later entries onto a
// record's list in place. None of that is wrongly taken: what the index held at the revision is
// told apart by position (lines before `lines`, transactions before `transactions`), and `after`
// is set only while a store opens (normaliseLast), before any snapshot.
import type { OtherEntry, PartTrail, TrailHead } from './trail-index.ts'
import { packAudits } from './trail-index.ts'

/** Who, when and what of a transaction, shared by the first entries it holds. */
export interface TxHeader {
  /** The transaction, counted from the open: with `index`, a first entry's trail order. */
  tx: number
  at: string
  who: string
  action: string
  requestId: string
}

export interface RecordTrail {
  /** The first entry: its id, collection, transaction, change index, and `after`. */
  audit: string
  collection: string
  header: TxHeader
  index: number
  after: unknown
  /** Later entries as [line, change index] pairs; `line` indexes `lines`. */
  later: number[] | undefined
}

/** The index at one revision (JournalAuditTrail.freeze): counts, the live structures, small copies. */
export interface FrozenTrail {
  /** Transactions added by then: a first entry of one at or past it came later. */
  transactions: number
  /** Lines holding a later entry by then: a pair naming one at or past it came later. */
  lines: number
  /** Live and only appended to: [segment, start, length, transaction] per line. */
  allLines: readonly number[]
  /** Live: entries are added, never removed or replaced; `later` lists only grow. */
  byRecord: ReadonlyMap<string, RecordTrail>
  removed: TrailHead['removed']
  normalised: TrailHead['normalised']
  firstBefore: TrailHead['firstBefore']
}

/** Records (or index entries) handled between two yields: a few milliseconds' work. */
export const SAVE_STEP = 2000

/**
 * The index of `frozen` with first entries beside their records in `parts` (the snapshot's runs
 * of the register at the same revision), the rest in the head. Yields every `step` records; the
 * caller lets the event loop run in between.
 */
export function* saveIndex(
  frozen: FrozenTrail,
  parts: readonly { collection: string; records: readonly unknown[] }[],
  step = SAVE_STEP,
): Generator<void, { head: TrailHead; trails: PartTrail[] }> {
  const { transactions, lines, byRecord } = frozen
  const headers = new Map<TxHeader, number>()
  const headerOf = (header: TxHeader): number => {
    let i = headers.get(header)
    if (i === undefined) {
      i = headers.size
      headers.set(header, i)
    }
    return i
  }
  // A copy even when nothing was pushed since: the list is serialised later, and may grow by then.
  const laterOf = (t: RecordTrail): number[] | undefined => {
    const later = t.later
    if (!later) return undefined
    let n = later.length
    while (n > 0 && later[n - 2]! >= lines) n -= 2
    return n === 0 ? undefined : later.slice(0, n)
  }
  const beside = new Set<string>()
  const trails: PartTrail[] = []
  let done = 0
  for (const { collection, records } of parts) {
    const runs: number[] = []
    const audits: string[] = []
    const later: PartTrail['later'] = []
    const after: PartTrail['after'] = []
    records.forEach((record, p) => {
      const id = (record as { id: string }).id
      // A record of the register as frozen had its first entry by then: no transaction check.
      const t = byRecord.get(id)
      if (t === undefined || t.collection !== collection) return
      beside.add(id)
      audits.push(t.audit)
      const header = headerOf(t.header)
      const r = runs.length - 4
      const extends_ =
        r >= 0 &&
        runs[r]! + runs[r + 1]! === p &&
        runs[r + 2] === header &&
        runs[r + 3]! + runs[r + 1]! === t.index
      if (extends_) runs[r + 1]!++
      else runs.push(p, 1, header, t.index)
      const l = laterOf(t)
      if (l) later.push([p, l])
      if (t.after !== record) after.push([p, t.after])
    })
    trails.push({ runs, audits: packAudits(audits), later, after })
    done += records.length
    if (done >= step) {
      done = 0
      yield
    }
  }
  const other: OtherEntry[] = []
  // The live map's iterator visits entries added meanwhile too; they are told apart by transaction.
  for (const [id, t] of byRecord) {
    if (t.header.tx < transactions && !beside.has(id))
      other.push([id, t.audit, t.collection, headerOf(t.header), t.index, [t.after], laterOf(t) ?? 0])
    if (++done >= step) {
      done = 0
      yield
    }
  }
  const head: TrailHead = {
    transactions,
    lines: frozen.allLines.slice(0, lines * 4),
    headers: [...headers.keys()].map((h) => [h.tx, h.at, h.who, h.action, h.requestId]),
    removed: frozen.removed,
    normalised: frozen.normalised,
    firstBefore: frozen.firstBefore,
    other,
  }
  return { head, trails }
}
