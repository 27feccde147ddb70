// The user's own words about a write that takes free text (a risk check done): every word of the
// line is either read (vendor, check, date, the request's own words) or carried in the note. "Record
// the adverse media review for woodgrove as done, no findings" once proposed the check done without
// "no findings" (issue 22, set 13): confirming would have stored less than was said. Words left
// over in a clause of their own after the request are the note; words left over anywhere else
// cannot be placed, and Tickler asks what they are for (SPEC §4.1: a write is never guessed).
import { CUES } from './cues.ts'
import type { Entities } from './entities.ts'
import { stem } from './features.ts'
import { NOTE } from './said-changes.ts'

/** Words that belong to the request itself, not to what the user says about the evidence. */
const REQUEST = new Set(
  "please pls plz kindly can could would you u we i i'm im our their they them it it's its is are was were has have had been be being the a an this that these those for from of on at in to by with as and but so also then now today yesterday just already all ok okay hey hi tickler log logged set update updated mark marked record recorded close closed out tick ticked off check checks review reviewed reviews report reports cert certs certificate certificates attestation form forms doc docs document documents vendor vendors vendor's s new latest finally their his her my me us aoc ddq security annual yearly signed copy in out over responded respond filled fill filling".split(
    ' ',
  ),
)
const JOINER = new Set(['and', 'but', 'so', 'also', 'with', 'though', 'although'])
const GAP_BREAK = /[,;:.–—!?(]|\s-\s/

/** Read as part of the request: a cue of the command or a filler of requests. */
function requestWord(command: string, norm: string): boolean {
  const cues = Object.keys(CUES[command]?.cues ?? {}).flatMap((k) => k.split(' '))
  return REQUEST.has(norm) || cues.includes(norm) || cues.includes(stem(norm))
}

/** The note the line gives ("…, no findings"), '' when none, or the first word that cannot be placed. */
export function saidNote(e: Entities, command: string): { note: string } | { unplaced: string } {
  const explicit = NOTE.exec(e.line)?.[1]?.trim()
  if (explicit) return { note: explicit }
  const inTime = (i: number) => e.times.some((t) => i >= t.from && i <= t.to)
  const read = (i: number) => e.isTaken(i) || e.inCheck(i) || inTime(i)
  const dash = (i: number) => /^[-–—]+$/.test(e.words[i]?.text ?? '')
  const left = e.words.flatMap((w, i) => (read(i) || dash(i) || requestWord(command, w.norm) ? [] : [i]))
  const first = left[0]
  if (first === undefined) return { note: '' }
  // The note is the last clause: it opens after a comma, a dash or a joining word, and nothing
  // read as the request (a vendor, a check, a date) comes after its start.
  const breaks = (k: number) =>
    k > 0 &&
    (GAP_BREAK.test(e.line.slice(e.words[k - 1]!.end, e.words[k]!.start)) ||
      dash(k - 1) ||
      JOINER.has(e.words[k]!.norm))
  let start = first
  while (start > 0 && !breaks(start)) start--
  const clauseOwn = start > 0 && e.words.slice(start).every((_, k) => !read(start + k))
  const placed = clauseOwn && left.every((i) => i >= start)
  if (!placed) return { unplaced: e.words[first]!.text }
  // From the clause's first word of its own: "…, all answers fine" keeps "all".
  let from = start
  while (from < first && (JOINER.has(e.words[from]!.norm) || dash(from))) from++
  const note = e.line
    .slice(e.words[from]!.start)
    .replace(/[\s,;:.\-–—!?)]+$/g, '')
    .replace(/\s+/g, ' ')
  return { note }
}
