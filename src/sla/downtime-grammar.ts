// The words after the vendor (and contract) in `sla downtime`: [from] <when> to <when> [note].
// A `to` that is a bare time ("11:30") is on the day the outage started, or the next day when it
// would otherwise end before it began ("22:00 to 01:30"); other forms read as any time does.
import type { Temporal } from 'temporal-polyfill'
import { UserError } from '../errors/errors.ts'
import { scanTokens, type Token } from '../parse/tokens.ts'
import type { Usage } from './contract-clause.ts'

export const DOWNTIME_FORM = 'sla downtime <vendor> [contract <title>] <from> to <to> [note]'
export const DOWNTIME_EXAMPLE = 'sla downtime Contoso 2026-10-03 09:10 to 11:40 core switch failure'
export const DOWNTIME_USAGE: Usage = { form: DOWNTIME_FORM, example: DOWNTIME_EXAMPLE }

const BARE_TIME = /^(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)?$/i

export interface DowntimeLine {
  from: Temporal.Instant
  to: Temporal.Instant
  note: string
}

/** `readWhen(text, reference)`: a time in words relative to the reference instant, or null. */
export type ReadWhen = (text: string, reference: Temporal.Instant) => Temporal.Instant | null

export function readDowntimeLine(rest: string, now: Temporal.Instant, readWhen: ReadWhen): DowntimeLine {
  const tokens = scanTokens(rest)
  const start = tokens[0] && !tokens[0].quoted && tokens[0].text.toLowerCase() === 'from' ? 1 : 0
  const toAt = tokens.findIndex((t, i) => i > start && !t.quoted && t.text.toLowerCase() === 'to')
  if (toAt < 0) {
    throw new UserError(
      'Give when the outage started and ended: <from> to <to>.',
      DOWNTIME_FORM,
      DOWNTIME_EXAMPLE,
    )
  }
  const fromText = span(rest, tokens, start, toAt)
  const from = fromText === '' ? null : readWhen(fromText, now)
  if (!from) {
    throw new UserError(
      `I could not read "${fromText}" as the start of the outage; try 2026-10-03 09:10 or yesterday 9:10.`,
      DOWNTIME_FORM,
      DOWNTIME_EXAMPLE,
    )
  }
  // The end is the longest run of words after "to" that reads as a time; the rest is the note.
  for (let end = tokens.length; end > toAt + 1; end--) {
    const text = span(rest, tokens, toAt + 1, end)
    const to = readEnd(text, from, now, readWhen)
    if (!to) continue
    const after = tokens.slice(end)
    const note =
      after.length === 1 && after[0]!.quoted ? after[0]!.text : rest.slice(tokens[end - 1]!.end).trim()
    return { from, to, note }
  }
  const typed = span(rest, tokens, toAt + 1, tokens.length)
  throw new UserError(
    typed === ''
      ? 'The end of the outage is missing after "to".'
      : `I could not read "${typed}" as the end of the outage; try 11:40 or 2026-10-03 11:40.`,
    DOWNTIME_FORM,
    DOWNTIME_EXAMPLE,
  )
}

function span(text: string, tokens: Token[], from: number, to: number): string {
  if (from >= to) return ''
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end).trim()
}

function readEnd(
  text: string,
  from: Temporal.Instant,
  now: Temporal.Instant,
  readWhen: ReadWhen,
): Temporal.Instant | null {
  if (!BARE_TIME.test(text)) return readWhen(text, now)
  const sameDay = readWhen(text, from)
  if (!sameDay) return null
  if (sameDay.epochMilliseconds > from.epochMilliseconds) return sameDay
  // Past midnight: the same wall time a calendar day later (not 24 hours: a DST night differs).
  return readWhen(text, from.add({ hours: 24 }))
}
