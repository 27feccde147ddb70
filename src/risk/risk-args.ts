// The grammar after the vendor in risk writes: `<check> [on <date>] [note]` (or `--on <date>`
// anywhere), `<check> [every <n> days]` and `<check>`. Write grammars are strict: anything left
// over that does not parse is an error naming it, never silently ignored (SPEC §4.1).
import type { Temporal } from 'temporal-polyfill'
import { isCheckKindWord, takeCheckKind } from '../domain/check-kind.ts'
import { UserError } from '../errors/errors.ts'
import { scanTokens, type Token } from '../parse/tokens.ts'
import { parseWhen } from '../parse/when.ts'
import { localDate } from '../time/zone.ts'

/** Words of the risk grammar that are never part of a vendor name or a check kind. */
const KEYWORDS = new Set(['on', '--on', 'every'])

/** Where a vendor argument ends in a risk command: a check kind or a keyword. */
export function isRiskStop(word: string): boolean {
  const w = word.toLowerCase()
  return KEYWORDS.has(w) || w.startsWith('--on=') || isCheckKindWord(w)
}

export interface Grammar {
  form: string
  example: string
}

/** Reads the check kind from the start of the tokens; returns it and the tokens after it. */
function readKind(tokens: Token[], grammar: Grammar): { kind: string; after: Token[] } {
  const words = tokens.map((t) => t.text)
  const taken = words.length > 0 && !KEYWORDS.has(words[0]!.toLowerCase()) ? takeCheckKind(words) : null
  if (!taken) {
    const what = words.length === 0 ? 'Name the check' : `"${words[0]}" is not a check kind`
    throw new UserError(
      `${what}: soc2, soc1, questionnaire, insurance, adverse_media, financial or another single word.`,
      grammar.form,
      grammar.example,
    )
  }
  return { kind: taken.kind, after: tokens.slice(taken.used) }
}

function joined(tokens: readonly Token[]): string {
  return tokens.map((t) => t.text).join(' ')
}

export function readKindOnly(rest: string, grammar: Grammar): string {
  const { kind, after } = readKind(scanTokens(rest), grammar)
  if (after.length > 0) {
    throw new UserError(
      `I did not understand "${joined(after)}" after the check kind.`,
      grammar.form,
      grammar.example,
    )
  }
  return kind
}

export function readAddArgs(rest: string, grammar: Grammar): { kind: string; cadenceDays: number | null } {
  const { kind, after } = readKind(scanTokens(rest), grammar)
  if (after.length === 0) return { kind, cadenceDays: null }
  const text = joined(after)
  const m = /^every\s+(-?\d+)\s*(?:d|day|days)?$/i.exec(text)
  if (!m) {
    throw new UserError(
      `I did not understand "${text}": give the cadence as every <n> days.`,
      grammar.form,
      grammar.example,
    )
  }
  const days = Number(m[1])
  if (days < 1 || days > 3650) {
    throw new UserError(
      `every ${days} days is not a cadence: it must be between 1 and 3650 days.`,
      grammar.form,
      grammar.example,
    )
  }
  return { kind, cadenceDays: days }
}

export interface DoneArgs {
  kind: string
  /** The done date as typed, resolved in the organisation zone; null when not given. */
  date: string | null
  note: string
}

/** Longest run of up to five tokens from `from` that is a date; how many tokens it took. */
function readDate(
  rest: string,
  tokens: Token[],
  from: number,
  now: Temporal.Instant,
  zone: string,
): { date: string; used: number } | null {
  for (let n = Math.min(5, tokens.length - from); n >= 1; n--) {
    const text = rest.slice(tokens[from]!.start, tokens[from + n - 1]!.end)
    const at = parseWhen(text, now, zone)
    if (at) return { date: localDate(at, zone), used: n }
  }
  return null
}

export function readDoneArgs(rest: string, now: Temporal.Instant, zone: string, grammar: Grammar): DoneArgs {
  const { kind, after } = readKind(scanTokens(rest), grammar)
  // `--on=DATE` is the same as `--on DATE`: split it so both read the same way.
  const tokens: Token[] = []
  for (const t of after) {
    if (!t.quoted && /^--on=/i.test(t.text)) {
      tokens.push({ ...t, text: '--on', end: t.start + 4 })
      if (t.text.length > 5) tokens.push({ ...t, text: t.text.slice(5), start: t.start + 5 })
    } else tokens.push(t)
  }
  let marker = tokens.findIndex((t) => !t.quoted && t.text.toLowerCase() === '--on')
  if (marker < 0 && tokens[0] && !tokens[0].quoted && tokens[0].text.toLowerCase() === 'on') marker = 0
  if (marker < 0) return { kind, date: null, note: joined(tokens) }

  const found = readDate(rest, tokens, marker + 1, now, zone)
  if (!found) {
    const typed = joined(tokens.slice(marker + 1, marker + 4))
    throw new UserError(
      typed
        ? `"${typed}" after ${tokens[marker]!.text} is not a date.`
        : `${tokens[marker]!.text} needs a date.`,
      grammar.form,
      grammar.example,
    )
  }
  const note = [...tokens.slice(0, marker), ...tokens.slice(marker + 1 + found.used)]
  return { kind, date: found.date, note: joined(note) }
}
