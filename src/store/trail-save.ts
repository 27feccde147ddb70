// The JSON store's audit-trail index (journal-audit.ts) saved for a snapshot (trail-index.ts) as it
// stood at one revision, a step at a time: at 10,000 vendors the whole of it took 150-300 ms, and
// the event loop (every request, every other write) waited that long. Commits go on between the
// steps and change the live index: they add records and lines, and push later entries onto a
// record's list in place. None of that is wrongly taken: what the index held at the revision is
// told apart by position (lines before `lines`, transactions before `transactions`), and `after`
// is set only while a store opens (normaliseLast), before any snapshot.
import type { FirstEntries } from './first-entries.ts'
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

/** The index at one revision (JournalAuditTrail.freeze): counts, the live structures, small copies. */
export interface FrozenTrail {
  /** Transactions added by then: a first entry of one at or past it came later. */
  transactions: number
  /** Lines holding a later entry by then: a pair naming one at or past it came later. */
  lines: number
  /** Live and only appended to: [segment, start, length, transaction] per line. */
  allLines: readonly number[]
  /**
   * Live: first entries are added, never removed or replaced; `later` lists ([line, change index]
   * pairs, `line` indexing `lines`) only grow.
   */
  firsts: FirstEntries
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
  const { transactions, lines, firsts } = frozen
  // The live headers' indices to the saved ones: only headers some saved entry names are saved.
  const headers = new Map<number, number>()
  const headerOf = (slot: number): number => {
    const header = firsts.headerIndex(slot)
    let i = headers.get(header)
    if (i === undefined) {
      i = headers.size
      headers.set(header, i)
    }
    return i
  }
  // A copy even when nothing was pushed since: the list is serialised later, and may grow by then.
  const laterOf = (slot: number): number[] | undefined => {
    const later = firsts.later(slot)
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
      const slot = firsts.slot(id)
      if (slot === undefined || firsts.collection(slot) !== collection) return
      beside.add(id)
      audits.push(firsts.audit(slot))
      const header = headerOf(slot)
      const index = firsts.index(slot)
      const r = runs.length - 4
      const extends_ =
        r >= 0 &&
        runs[r]! + runs[r + 1]! === p &&
        runs[r + 2] === header &&
        runs[r + 3]! + runs[r + 1]! === index
      if (extends_) runs[r + 1]!++
      else runs.push(p, 1, header, index)
      const l = laterOf(slot)
      if (l) later.push([p, l])
      const first = firsts.after(slot)
      if (first !== record) after.push([p, first])
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
  for (const [id, slot] of firsts.entries()) {
    if (firsts.header(slot).tx < transactions && !beside.has(id))
      other.push([
        id,
        firsts.audit(slot),
        firsts.collection(slot),
        headerOf(slot),
        firsts.index(slot),
        [firsts.after(slot)],
        laterOf(slot) ?? 0,
      ])
    if (++done >= step) {
      done = 0
      yield
    }
  }
  const head: TrailHead = {
    transactions,
    lines: frozen.allLines.slice(0, lines * 4),
    headers: [...headers.keys()].map((i) => {
      const h = firsts.headers[i]!
      return [h.tx, h.at, h.who, h.action, h.requestId]
    }),
    removed: frozen.removed,
    normalised: frozen.normalised,
    firstBefore: frozen.firstBefore,
    other,
  }
  return { head, trails }
}
