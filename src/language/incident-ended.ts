// An open incident's end told as a statement ("INC-0009 ended at 9:40, backups running again",
// "the coho backup outage is over since 10:10"): a resolution at that time. The incident is its id,
// or the named vendor's open incident that the line's words pick out of its summary, or its only
// open one when the line calls it an outage or an incident. Several that fit, or none, name none
// (a write is never a guess); an incident already resolved is never named in words.
import type { Entities } from './entities.ts'
import { root, saidRoots } from './incident-mention.ts'

/** Words that say something is over: ended, stopped, cleared, recovered, running again. */
const OVER =
  /\b(?:ended|ends|(?:is|was|are|were|it'?s|now) over|over (?:as of|since|at|by)|all clear|finished|stopped|recovered|cleared|subsided|back to normal|(?:running|working|flowing|up|online|back) again|back up|back online)\b/

/** Words that call it an incident without saying which: enough when the vendor has one open. */
const GENERIC = /\b(?:outage|incident|issue|problem|ticket|disruption|failure|degradation)\b/

const STARTED = /\b(?:started|starting|began|begun|kicked off)\b/

/** Per line: the open incident the vendor's words name, so the scorer and the builder read once. */
const named = new WeakMap<Entities, string | undefined>()

/** The open incident named in words of its vendor and summary, or undefined. */
export function openIncidentInWords(e: Entities): string | undefined {
  if (named.has(e)) return named.get(e)
  const m = e.vendors[0]
  const vendor = e.vendors.length === 1 && m?.vendors.length === 1 ? m.vendors[0]! : undefined
  let found: string | undefined
  // A priority or a start told is a new incident ("acme p1 outage started 14:00, over at 16:30").
  const told = e.priority?.explicit || STARTED.test(e.freeText())
  if (vendor && !told) {
    const said = saidRoots(e)
    const open = e.scene.view.all('incidents').filter((i) => i.vendorId === vendor.id && !i.resolved)
    const hits = open.map(
      (i) => [...new Set(i.summary.split(/\s+/).map(root))].filter((w) => said.has(w)).length,
    )
    const best = Math.max(0, ...hits)
    const fit = open.filter((_, k) => hits[k] === best)
    if (best > 0 && fit.length === 1) found = fit[0]!.id
    else if (open.length === 1 && GENERIC.test(e.freeText())) found = open[0]!.id
  }
  named.set(e, found)
  return found
}

/** Whether the line tells that an incident (by id, or named in words) is over. */
export function incidentOver(e: Entities): boolean {
  if (!OVER.test(e.freeText())) return false
  return e.incidents.length > 0 || openIncidentInWords(e) !== undefined
}
