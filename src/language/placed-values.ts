// A proposed write must carry every value the line states. A vendor, incident or user named, or a
// number typed ("71,500", "ref CR-5521"), that the proposal does not carry was dropped or meant for
// something the builder did not read: confirming would store less than was said, or something
// else (SPEC §4.1: a write is never guessed). The first such value is returned so Tickler can ask.
import { localDate, localDateTime } from '../time/zone.ts'
import { contractMention } from './contract-mention.ts'
import type { Entities } from './entities.ts'
import { DATED_BY_END, datesOtherEvent } from './event-dates.ts'
import type { TimeMention } from './time-spotter.ts'

const CLOCK = /\d:\d{2}|\d\s*[ap]m\b|\bnoon\b|\bmidnight\b/i

/** What a proposal must hold to carry a time typed: its day, and its clock time if one was typed. */
function carriedAs(e: Entities, time: TimeMention): string {
  const typed = e.line.slice(e.words[time.from]!.start, e.words[time.to]!.end)
  return CLOCK.test(typed) ? localDateTime(time.at, e.scene.zone) : localDate(time.at, e.scene.zone)
}

const DATE_PART =
  /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]m|(?:19|20)\d{2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)[,.;]?$/i
const DAY = /^\d{1,2}(?:st|nd|rd|th)?[,.;]?$/i
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i

/**
 * A word of a time mention that is a date or a clock time itself, not a number the time spotter
 * took in beside one ("2028-04-30, 12 month term": the 12 is a term, still to be carried).
 */
function dateLike(e: Entities, i: number): boolean {
  const text = e.words[i]!.text
  if (DATE_PART.test(text)) return true
  const near = [e.words[i - 1]?.text, e.words[i + 1]?.text]
  return DAY.test(text) && near.some((w) => w !== undefined && MONTH.test(w))
}

/** The first value the line states that `command` does not carry, as typed; undefined when none. */
export function unplacedValue(e: Entities, command: string): string | undefined {
  const folded = command.toLowerCase()
  // An incident carries its vendor: "datos closed INC-0010 at 9:30" names the vendor as context,
  // as does "the coho backup outage ended" proposed as the incident its words name.
  const proposed = command.match(/\bINC-\d+\b/g) ?? []
  const incidentVendors = new Set(
    proposed.map((id) => e.scene.view.get('incidents', id)?.vendorId).filter((v) => v !== undefined),
  )
  for (const m of e.vendors) {
    const typed = e.line.slice(e.words[m.from]!.start, e.words[m.to]!.end)
    const carried =
      m.vendors.some((v) => command.includes(v.name) || incidentVendors.has(v.id)) || command.includes(typed)
    if (!carried) return typed
  }
  // One read of the vendor's contracts gives both the contract named and the words that name it.
  const mention = contractMention(e)
  const contract = mention?.contract
  // A contract named is carried by its title or, in an incident's summary, by the words typed.
  const typed = (mention?.at ?? []).map((i) => e.words[i]!.text.toLowerCase())
  if (contract && !folded.includes(contract.title.toLowerCase()) && !typed.every((w) => folded.includes(w)))
    return contract.title
  for (const i of e.incidents) if (!command.includes(i.id)) return i.id
  for (const u of e.users) if (!command.includes(u)) return u
  const times = e.times
  // An incident's id holds digits of its own: "INC-0009 resolved at 9" does not carry the 9.
  const numbers = folded.replace(/\binc-\d+\b/g, ' ')
  for (let i = 0; i < e.words.length; i++) {
    const w = e.words[i]!
    if (e.isTaken(i) || e.inCheck(i) || !/\d/.test(w.text)) continue
    // A date or time read as one: carried when the proposal holds its day, and its clock time when
    // one was typed ("3pm" → 15:00): "to 2026-11-20 16:30" is not carried by "started 2026-11-20 14:00".
    const time = times.find((t) => i >= t.from && i <= t.to)
    if (time && dateLike(e, i) && command.includes(carriedAs(e, time))) continue
    // The date a notice was given or a letter signed, said beside a contract's end: context, not data.
    if (time && DATED_BY_END.test(command) && datesOtherEvent(e, time)) continue
    const runs = w.text.match(/\d+/g) ?? []
    if (!runs.every((run) => numbers.includes(run.replace(/^0+(?=\d)/, '')))) return w.text
  }
  return undefined
}
