// The words of `sla targets`, `sla target set` and `sla target remove` after the vendor:
// [contract <title>] <P1-P4> [response <d> resolution <d> hours 24x7|business].
import type { Priority, SlaTarget } from '../domain/sla.ts'
import { PRIORITIES } from '../domain/sla.ts'
import { UserError } from '../errors/errors.ts'
import { scanTokens, type Token } from '../parse/tokens.ts'
import { DURATION_HINT, readDuration, readHours } from './target-rules.ts'

export interface Usage {
  form: string
  example: string
}

export const READ_USAGE: Usage = {
  form: 'sla targets <vendor> [contract <title>]',
  example: 'sla targets Contoso',
}
export const SET_USAGE: Usage = {
  form: 'sla target set <vendor> [contract <title>] <P1-P4> response <d> resolution <d> hours 24x7|business',
  example: 'sla target set Contoso P1 response 30m resolution 4h hours 24x7',
}
export const REMOVE_USAGE: Usage = {
  form: 'sla target remove <vendor> [contract <title>] <P1-P4>',
  example: 'sla target remove Contoso P4',
}

const isPriorityWord = (t: Token) => !t.quoted && /^p\d+$/i.test(t.text)

/** Words that end the vendor argument (SPEC §4.1). */
export function isTargetStop(word: string): boolean {
  return /^p\d+$/i.test(word) || word.toLowerCase() === 'contract'
}

export interface TargetLine {
  /** As typed after "contract"; null when the vendor's one active contract is meant. */
  contractTitle: string | null
  priority: Priority
  /** The line from the priority on, for a pick list's buttons to carry. */
  fromPriority: string
  /** The text after the priority. */
  after: string
}

/** `[contract <title>]` alone, for `sla targets`. */
export function readContractOnly(rest: string, usage: Usage): string | null {
  const tokens = scanTokens(rest)
  if (tokens.length === 0) return null
  const first = tokens[0]!
  if (first.quoted || first.text.toLowerCase() !== 'contract') {
    throw new UserError(
      `Expected "contract <title>" after the vendor, got "${rest}".`,
      usage.form,
      usage.example,
    )
  }
  const title = tokens.length === 2 ? tokens[1]!.text : rest.slice(first.end).trim()
  if (title === '')
    throw new UserError('The contract title is missing after "contract".', usage.form, usage.example)
  return title
}

/** `[contract <title>] <P1-P4> …`: the contract, the priority and what follows it. */
export function readTargetLine(rest: string, usage: Usage): TargetLine {
  const tokens = scanTokens(rest)
  let i = 0
  let contractTitle: string | null = null
  if (tokens[0] && !tokens[0].quoted && tokens[0].text.toLowerCase() === 'contract') {
    const p = tokens.findIndex((t, k) => k > 0 && isPriorityWord(t))
    if (p < 0) {
      throw new UserError(
        'A priority (P1, P2, P3 or P4) must follow the contract title.',
        usage.form,
        usage.example,
      )
    }
    if (p === 1)
      throw new UserError('The contract title is missing after "contract".', usage.form, usage.example)
    contractTitle = p === 2 ? tokens[1]!.text : rest.slice(tokens[1]!.start, tokens[p - 1]!.end).trim()
    i = p
  }
  const word = tokens[i]
  if (!word) {
    throw new UserError(
      'The priority is missing: give P1, P2, P3 or P4 after the vendor.',
      usage.form,
      usage.example,
    )
  }
  const priority = word.text.toUpperCase() as Priority
  if (!isPriorityWord(word) || !PRIORITIES.includes(priority)) {
    const what = isPriorityWord(word)
      ? `${word.text} is not a priority`
      : `Expected a priority, got "${word.text}"`
    throw new UserError(`${what}: use P1, P2, P3 or P4.`, usage.form, usage.example)
  }
  return {
    contractTitle,
    priority,
    fromPriority: rest.slice(word.start).trim(),
    after: rest.slice(word.end).trim(),
  }
}

const SETTINGS = ['response', 'resolution', 'hours'] as const
type Setting = (typeof SETTINGS)[number]

/** `response <d> resolution <d> hours 24x7|business`, in any order, each once. */
export function readTargetSettings(after: string): Pick<SlaTarget, 'response' | 'resolution' | 'hours'> {
  const tokens = scanTokens(after)
  const given: Partial<Record<Setting, string>> = {}
  for (let i = 0; i < tokens.length; i += 2) {
    const keyword = tokens[i]!.text.toLowerCase() as Setting
    if (tokens[i]!.quoted || !SETTINGS.includes(keyword)) {
      throw new UserError(
        `Expected response, resolution or hours, got "${tokens[i]!.text}".`,
        SET_USAGE.form,
        SET_USAGE.example,
      )
    }
    if (given[keyword] !== undefined)
      throw new UserError(`"${keyword}" is given twice.`, SET_USAGE.form, SET_USAGE.example)
    const value = tokens[i + 1]
    if (!value) throw new UserError(`"${keyword}" needs a value.`, SET_USAGE.form, SET_USAGE.example)
    given[keyword] = value.text
  }
  const missing = SETTINGS.filter((s) => given[s] === undefined)
  if (missing.length > 0) {
    throw new UserError(
      `Give ${missing.join(' and ')} as well: a target needs all three.`,
      SET_USAGE.form,
      SET_USAGE.example,
    )
  }
  const duration = (kind: 'response' | 'resolution') => {
    const value = readDuration(given[kind]!)
    if (value === null) {
      throw new UserError(
        `"${given[kind]}" is not a ${kind} time: use ${DURATION_HINT}.`,
        SET_USAGE.form,
        SET_USAGE.example,
      )
    }
    return value
  }
  const response = duration('response')
  const resolution = duration('resolution')
  const hours = readHours(given.hours!)
  if (hours === null) {
    throw new UserError(
      `"${given.hours}" is not an hours setting: use 24x7 or business.`,
      SET_USAGE.form,
      SET_USAGE.example,
    )
  }
  return { response, resolution, hours }
}
