// Which of a vendor's incidents a line names in words of its summary ("the proseware payslip
// incident", "coho's backup failure ticket"), for a question about its state. Only the vendor's own
// incidents are read, and the words must pick out one of them: two equally named, or none, is no
// incident, so the line falls back to whatever else it asks.
import type { Vendor } from '../domain/vendor.ts'
import type { Entities } from './entities.ts'
import { STOP } from './features.ts'

/**
 * Words that say "an incident" or what is asked of it rather than which one: "anything late for
 * sgi" asks what is overdue, though an SGI summary says "finished late".
 */
const GENERIC = new Set([
  'incident',
  'incidents',
  'ticket',
  'tickets',
  'issue',
  'issues',
  'problem',
  'still',
  'open',
  'resolved',
  'closed',
  'fixed',
  'yet',
  'ever',
  'late',
  'overdue',
  'behind',
  'lapsed',
  'outstanding',
  'breach',
  'breached',
  'sla',
  'target',
  'targets',
  'status',
  'response',
  'resolution',
  'fix',
  'done',
  'over',
  'working',
])

/** A word's root for matching a summary: "payslips" ~ "payslip", "failure" ~ "failing". */
/** The roots of the line's free words that could name an incident's summary. */
export function saidRoots(e: Entities): Set<string> {
  return new Set(
    e.words
      .filter((w, i) => !e.isTaken(i) && !w.quoted && w.norm.length >= 3)
      .filter((w) => !STOP.has(w.norm) && !GENERIC.has(w.norm))
      .map((w) => root(w.norm)),
  )
}

export function root(word: string): string {
  const w = word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
  const cut = /(?:ures?|ings?|ed|es|s)$/.exec(w)
  return cut && w.length - cut[0].length >= 4 ? w.slice(0, -cut[0].length) : w
}

/** The id of the one incident of `vendor` whose summary the line's free words name, or undefined. */
export function incidentNamed(e: Entities, vendor: Vendor): string | undefined {
  const said = saidRoots(e)
  if (said.size === 0) return undefined
  let best: string | undefined
  let bestHits = 0
  let tied = false
  for (const incident of e.scene.view.all('incidents')) {
    if (incident.vendorId !== vendor.id) continue
    const hits = [...new Set(incident.summary.split(/\s+/).map(root))].filter((w) => said.has(w)).length
    if (hits > bestHits) [best, bestHits, tied] = [incident.id, hits, false]
    else if (hits === bestHits && hits > 0) tied = true
  }
  return bestHits > 0 && !tied ? best : undefined
}
