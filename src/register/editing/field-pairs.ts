// Keyword–value pairs in any order (SPEC §4.3): `tier high category "Managed print" notice 60 days`.
// A value runs from its keyword to the next keyword; a quoted value is taken exactly (so it may
// contain keywords, or be "" to clear a field). What comes before the first keyword is the lead:
// the names the command takes by position (a new vendor's name, a vendor and a title).
import { scanTokens, type Token } from '../../parse/tokens.ts'
import { RegisterFieldError } from './field-error.ts'
import { FIELD_LABELS, keywordKey } from './field-names.ts'

export interface FieldValue {
  /** The value as typed (quotes removed when it is one quoted word). */
  text: string
  /** The keyword as typed, for messages. */
  keyword: string
}

export interface ParsedPairs<F extends string> {
  /** Text before the first keyword, trimmed (quotes kept, for the name parsers). */
  lead: string
  fields: Map<F, FieldValue>
}

export function isKeyword(table: Record<string, string>, word: string): boolean {
  return Object.hasOwn(table, keywordKey(word))
}

/** Splits `args` into the lead and the fields named in `table`. */
export function parsePairs<F extends string>(args: string, table: Record<string, F>): ParsedPairs<F> {
  const tokens = scanTokens(args)
  const fields = new Map<F, FieldValue>()
  // The word right after a keyword is always its value, so a one-word value that is itself a
  // keyword ("title Fee", as a submitted form sends it unquoted) stays a value.
  const starts: number[] = []
  for (const [i, t] of tokens.entries()) {
    if (t.quoted || !isKeyword(table, t.text)) continue
    if (starts.length > 0 && starts[starts.length - 1] === i - 1) continue
    starts.push(i)
  }
  const lead = starts.length === 0 ? args.trim() : args.slice(0, tokens[starts[0]!]!.start).trim()
  for (const [n, at] of starts.entries()) {
    const keyword = tokens[at]!
    const field = table[keywordKey(keyword.text)]!
    const end = n + 1 < starts.length ? starts[n + 1]! : tokens.length
    const valueTokens = tokens.slice(at + 1, end)
    // An empty value may be given again: an edit form's command clears its optional fields first
    // (a field emptied in the form is not sent), and the values the form sends then follow.
    if (fields.has(field) && fields.get(field)!.text !== '') {
      throw new RegisterFieldError(
        field,
        `${FIELD_LABELS[field as keyof typeof FIELD_LABELS]} is given twice`,
      )
    }
    fields.set(field, { text: valueText(args, valueTokens), keyword: keyword.text })
  }
  return { lead, fields }
}

function valueText(args: string, tokens: Token[]): string {
  if (tokens.length === 0) return ''
  if (tokens.length === 1 && tokens[0]!.quoted) return tokens[0]!.text
  return args.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end).trim()
}

/** The lead as one name: a quoted name without its quotes, else the words as typed. */
export function leadName(lead: string): string {
  const tokens = scanTokens(lead)
  if (tokens.length === 1 && tokens[0]!.quoted) return tokens[0]!.text
  return lead.trim()
}
