// The part of `sla log` after the vendor: [contract <title>] <P1-P4> <summary> [started <when>]
// [responded <when>] [resolved <when>]. Time clauses are read from the end of the line, so a
// summary may itself contain "started" or "resolved" as long as no time follows them.
import type { Temporal } from 'temporal-polyfill'
import { IncidentSchema, PRIORITIES, type Priority } from '../domain/sla.ts'
import { textProblem } from '../domain/text.ts'
import { UserError } from '../errors/errors.ts'
import { scanTokens, type Token } from '../parse/tokens.ts'

export const LOG_FORM =
  'sla log <vendor> [contract <title>] <P1-P4> <summary> [started <when>] [responded <when>] [resolved <when>]'
export const LOG_EXAMPLE = 'sla log Contoso P1 VPN down for all staff started 9:05'

const CLAUSES = ['started', 'responded', 'resolved'] as const
type Clause = (typeof CLAUSES)[number]

/** Words that end the vendor argument (SPEC §4.1). */
export function isLogStopWord(word: string): boolean {
  const w = word.toLowerCase()
  return /^p\d+$/.test(w) || w === 'contract' || (CLAUSES as readonly string[]).includes(w)
}

export interface SlaLogLine {
  contractTitle: string | null
  priority: Priority
  summary: string
  started: Temporal.Instant | null
  responded: Temporal.Instant | null
  resolved: Temporal.Instant | null
}

/** Words that show the text after a clause keyword was meant as a time, so a failure is an error. */
const TIMEISH =
  /\d|\b(now|today|yesterday|tomorrow|ago|noon|midnight|am|pm|morning|afternoon|evening|tonight|mon(day)?|tue(sday)?|wed(nesday)?|thu(rsday)?|fri(day)?|sat(urday)?|sun(day)?)\b/i

function isPriorityWord(t: Token): boolean {
  return !t.quoted && /^p\d+$/i.test(t.text)
}

export function parseLogTail(rest: string, readWhen: (text: string) => Temporal.Instant | null): SlaLogLine {
  const tokens = scanTokens(rest)
  let i = 0
  let contractTitle: string | null = null
  if (tokens[0] && !tokens[0].quoted && tokens[0].text.toLowerCase() === 'contract') {
    const p = tokens.findIndex((t, k) => k > 0 && isPriorityWord(t))
    if (p < 0)
      throw new UserError(
        'A priority (P1, P2, P3 or P4) must follow the contract title.',
        LOG_FORM,
        LOG_EXAMPLE,
      )
    if (p === 1) throw new UserError('The contract title is missing after "contract".', LOG_FORM, LOG_EXAMPLE)
    contractTitle = p === 2 ? tokens[1]!.text : rest.slice(tokens[1]!.start, tokens[p - 1]!.end).trim()
    i = p
  }
  const word = tokens[i]
  if (!word) {
    throw new UserError(
      'The priority is missing: give P1, P2, P3 or P4 after the vendor.',
      LOG_FORM,
      LOG_EXAMPLE,
    )
  }
  const priority = word.text.toUpperCase() as Priority
  if (!isPriorityWord(word) || !PRIORITIES.includes(priority)) {
    const what = isPriorityWord(word)
      ? `${word.text} is not a priority`
      : `Expected a priority, got "${word.text}"`
    throw new UserError(`${what}: use P1, P2, P3 or P4.`, LOG_FORM, LOG_EXAMPLE)
  }

  const tail = rest.slice(word.end)
  const after = scanTokens(tail)
  const times: Partial<Record<Clause, Temporal.Instant>> = {}
  let summaryEnd = tail.length
  for (let k = after.length - 1; k >= 0; k--) {
    const t = after[k]!
    const keyword = t.text.toLowerCase() as Clause
    if (t.quoted || !CLAUSES.includes(keyword)) continue
    const text = tail.slice(t.end, summaryEnd).trim()
    const when = text === '' ? null : readWhen(text)
    if (!when) {
      if (text !== '' && TIMEISH.test(text) && Object.keys(times).length === 0) {
        throw new UserError(
          `I could not read "${text}" after "${keyword}" as a time; try 9:05, yesterday 3pm or 2h ago.`,
          LOG_FORM,
          LOG_EXAMPLE,
        )
      }
      break
    }
    if (times[keyword]) throw new UserError(`"${keyword}" is given twice.`, LOG_FORM, LOG_EXAMPLE)
    times[keyword] = when
    summaryEnd = t.start
  }
  const summaryText = tail.slice(0, summaryEnd).trim()
  const summaryTokens = scanTokens(summaryText)
  const summary =
    summaryTokens.length === 1 && summaryTokens[0]!.quoted ? summaryTokens[0]!.text : summaryText
  if (summary === '') {
    throw new UserError('The summary is missing: say in a few words what is wrong.', LOG_FORM, LOG_EXAMPLE)
  }
  const problem = textProblem(IncidentSchema.shape.summary, summary)
  if (problem) throw new UserError(`The summary ${problem}.`, LOG_FORM, LOG_EXAMPLE)
  return {
    contractTitle,
    priority,
    summary,
    started: times.started ?? null,
    responded: times.responded ?? null,
    resolved: times.resolved ?? null,
  }
}
