// Which date of a line is a contract's end. "We gave wingtip notice today, managed print is
// terminated": "today" is when the notice was given, not when the contract ends; storing it as the
// end would be a write the user did not mean (issue 22, set 12). A date belongs to another event
// when its clause names one (notice given, a letter signed, a confirmation received, an outage)
// and no end word stands right before it ("ends on 2026-12-31", "thru 2029-08-24").
import type { Entities } from './entities.ts'
import type { TimeMention } from './time-spotter.ts'

/** Events a contract line may date that are not its end. */
const OTHER_EVENT =
  /^(?:notice|notices|notified|notify|told|tell|telling|gave|given|give|sent|send|signed|sign|signing|received|receive|receipt|got|confirmed|confirmation|acknowledged|acknowledgement|outage|incident|letter|emailed|email|called|call|meeting|met|spoke|talked|decided|agreed|approved|asked|submitted|filed|informed|heard)$/
/** Words that make the date right after them the end itself. */
const END_MARK =
  /^(?:end|ends|ending|ended|until|till|til|thru|through|effective|expires?|expiring|expiry|to)$/
/** Words that open a new clause, as punctuation does. */
const JOINER = /^(?:and|but|so|then|because|since|after|before|while|when)$/
const GAP_BREAK = /[,;:.–—!?]|\s-\s/

/** The word positions of the clause around word `i`: bounded by punctuation or a joining word. */
function clauseAround(e: Entities, i: number): [number, number] {
  const breakBefore = (k: number) =>
    GAP_BREAK.test(e.line.slice(e.words[k - 1]!.end, e.words[k]!.start)) || JOINER.test(e.words[k]!.norm)
  let from = i
  while (from > 0 && !breakBefore(from)) from--
  let to = i
  while (to < e.words.length - 1 && !breakBefore(to + 1)) to++
  return [from, to]
}

/** Whether `t` dates something other than the contract's end (see above). */
export function datesOtherEvent(e: Entities, t: TimeMention): boolean {
  const before = [e.words[t.from - 1]?.norm, e.words[t.from - 2]?.norm].filter((w) => w !== undefined)
  const lead = before[0] === 'on' || before[0] === 'as' ? before.slice(1) : before.slice(0, 1)
  if (lead.some((w) => END_MARK.test(w)) || (before[0] === 'of' && before[1] === 'as')) return false
  const [from, to] = clauseAround(e, t.from)
  for (let k = from; k <= to; k++)
    if ((k < t.from || k > t.to) && OTHER_EVENT.test(e.words[k]!.norm)) return true
  return false
}

/** Commands whose date is the contract's end: a date of another event is set aside for them. */
export const DATED_BY_END = /^contract (?:end|renew)\b/

/** The first date the line gives for the contract's end, if any. */
export function endTime(e: Entities): TimeMention | undefined {
  return e.times.find((t) => !datesOtherEvent(e, t))
}
