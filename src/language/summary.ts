// The summary of an incident told in words: the longest run of words that is not the vendor,
// the priority, a time or the request itself ("log a P1 for Contoso: VPN down for all staff since
// 9:05" → "VPN down for all staff"). The user's own words are carried as typed: only the request
// around them is dropped, never a word inside the summary because it is also a cue ("ticket
// portal timing out" keeps "ticket").
import type { Entities } from './entities.ts'

/** The request before the summary ("please log an incident for"). */
const FILLER = new Set(
  "please pls kindly can could would you we i i'm im need needs want to log logged logging raise raised record create file report reporting add new a an the incident incidents ticket for with against on at about that saying sla there there's theres is has been have of it it's its as priority hey hi tickler our their and now today asap just so".split(
    ' ',
  ),
)
/** Words joining a vendor or priority to what follows it ("against Fabrikam for slow wifi"). */
const CONNECTOR = new Set('for with against on about saying that re regarding as'.split(' '))
/** Words a summary after a colon may end with that belong to the time or the request. */
const TAIL = new Set('since from at started starting and please pls asap'.split(' '))

type Run = { from: number; to: number; after: 'start' | 'entity' | 'colon' }

/**
 * Words of the request itself left between the vendor, the priority and the time ("open a P1 with
 * woodgrove: …", "raise a p3 w/ northwind, …"): never part of what happened.
 */
const REQUEST = new Set([
  ...FILLER,
  ...CONNECTOR,
  'open',
  'opened',
  'opening',
  'w/',
  'w',
  'pls',
  'plz',
  // What is being logged, named before the vendor ("log an outage for Tailspin: …").
  'outage',
  'outages',
])

/**
 * The summary, and the first word of another run of the user's words it leaves out ("log a p1 for
 * coho backups failing since 9am, restores also broken"): a summary that drops what the user said
 * would store less than was said, so Tickler asks instead (issue 22).
 */
export function summaryParts(
  e: Entities,
  named: Iterable<number> = [],
): { summary: string; unplaced?: string; span?: [number, number] } {
  // `named`: words read as something else (a contract's title before the colon).
  const used = new Set<number>(named)
  for (const t of e.times) for (let k = t.from; k <= t.to; k++) used.add(k)
  let best: [number, number] | undefined
  const kept: [number, number][] = []
  for (const run of runsOf(e, used)) {
    let { from, to } = run
    const lead = run.after === 'start' ? FILLER : run.after === 'entity' ? CONNECTOR : undefined
    while (lead && from <= to && lead.has(e.words[from]!.norm)) from++
    const tail = run.after === 'colon' ? TAIL : FILLER
    while (to >= from && tail.has(e.words[to]!.norm)) to--
    if (from > to) continue
    kept.push([from, to])
    if (!best || to - from >= best[1] - best[0]) best = [from, to]
  }
  if (!best) return { summary: '' }
  const [bestFrom, bestTo] = best
  const unplaced = kept
    .filter(([from]) => from !== bestFrom)
    .flatMap(([from, to]) => e.words.slice(from, to + 1))
    .find((w) => !REQUEST.has(w.norm) && /\p{L}/u.test(w.norm))?.text
  const summary = e.line
    .slice(e.words[bestFrom]!.start, e.words[bestTo]!.end)
    .replace(/^[\s,;:.\-–—]+|[\s,;:.\-–—]+$/g, '')
    .replace(/\s+/g, ' ')
  const span: [number, number] = [bestFrom, bestTo]
  return unplaced === undefined ? { summary, span } : { summary, unplaced, span }
}

/** Runs of free words, each with what comes before it: the line's start, an entity, or a colon. */
function runsOf(e: Entities, used: Set<number>): Run[] {
  const runs: Run[] = []
  let start = -1
  for (let i = 0; i <= e.words.length; i++) {
    const free = i < e.words.length && !e.isTaken(i) && !used.has(i)
    if (free && start < 0) start = i
    if (!free && start >= 0) {
      runs.push({ from: start, to: i - 1, after: before(e, start) })
      start = -1
    }
  }
  return runs
}

function before(e: Entities, i: number): Run['after'] {
  if (i === 0) return 'start'
  const gap = e.line.slice(e.words[i - 1]!.end, e.words[i]!.start)
  return /:|\s[-–—]\s/.test(gap) ? 'colon' : 'entity'
}
