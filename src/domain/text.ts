// Untrusted text (SPEC §6.2): the length limit of every text field a user can type, and the rule
// that it holds no control characters. The domain schemas build their text fields from here, so
// chat writes, register forms and CSV import all enforce the same limits with the same words.
import { z } from 'zod'

/** Characters allowed per field: generous for real names, small enough to stay readable. */
export const TEXT_LIMITS = {
  /** Vendor names and each alias. */
  name: 200,
  /** Contract titles. */
  title: 200,
  category: 200,
  /** A platform user id or an email address (an address may be 320 characters, RFC 5321). */
  owner: 320,
  email: 320,
  summary: 2000,
  notes: 4000,
  evidence: 2000,
  /** A claim's reference at the vendor (ticket or letter number). */
  reference: 200,
} as const

/** Control character names by code: C0 (U+0000–U+001F) and C1 (U+0080–U+009F). */
const C0_NAMES = (
  'NUL SOH STX ETX EOT ENQ ACK BEL BS TAB LF VT FF CR SO SI ' +
  'DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US'
).split(' ')
const C1_NAMES = (
  'PAD HOP BPH NBH IND NEL SSA ESA HTS HTJ VTS PLD PLU RI SS2 SS3 ' +
  'DCS PU1 PU2 STS CCH MW SPA EPA SOS SGCI SCI CSI ST OSC PM APC'
).split(' ')

export interface ControlCharacter {
  /** 'ESC', 'BEL', 'CSI' … */
  name: string
  /** 'U+001B' */
  code: string
  /** 1-based, in characters (code points), within the field. */
  position: number
}

function controlName(code: number): string | undefined {
  if (code < 0x20) return C0_NAMES[code]
  if (code === 0x7f) return 'DEL'
  if (code >= 0x80 && code <= 0x9f) return C1_NAMES[code - 0x80]
  return undefined
}

/**
 * The first control character in `text`, or undefined. With `layout`, tab and line breaks (LF,
 * or CR directly before LF) are text: summaries, notes and evidence may have several lines.
 */
export function findControlCharacter(text: string, layout: boolean): ControlCharacter | undefined {
  let position = 0
  let index = 0
  for (const ch of text) {
    position++
    index += ch.length
    const code = ch.codePointAt(0)!
    const name = controlName(code)
    if (name === undefined) continue
    const isLayout = name === 'TAB' || name === 'LF' || (name === 'CR' && text[index] === '\n')
    if (layout && isLayout) continue
    return { name, code: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`, position }
  }
  return undefined
}

/** The rule's complaint, worded to follow the field's name: "The summary contains …". */
export function controlCharacterMessage(found: ControlCharacter, layout: boolean): string {
  const layoutHint =
    !layout && ['TAB', 'LF', 'CR'].includes(found.name)
      ? 'tabs and line breaks are allowed only in summaries, notes and evidence'
      : 'remove it and type the text again'
  return `contains a control character (${found.name}, ${found.code}) at position ${found.position}; ${layoutHint}`
}

export function tooLongMessage(length: number, max: number): string {
  return `is ${length} characters long; the limit is ${max} characters`
}

/**
 * 'typed': what a write may store (limit and no control characters). 'stored': what a store file
 * may hold, the limit only, so text saved before the control-character rule still loads and is
 * shown (the terminal strips its escape sequences).
 */
export type TextRule = 'typed' | 'stored'

function text(rule: TextRule, max: number, layout: boolean) {
  return z.string().superRefine((value, ctx) => {
    if (value.length > max) ctx.addIssue({ code: 'custom', message: tooLongMessage(value.length, max) })
    if (rule === 'stored') return
    const found = findControlCharacter(value, layout)
    if (found) ctx.addIssue({ code: 'custom', message: controlCharacterMessage(found, layout) })
  })
}

/** One line of text: a name, title, category, owner or address. */
export function lineText(rule: TextRule, max: number) {
  return text(rule, max, false)
}

/** Free text (summaries, notes, evidence): tabs and line breaks allowed. */
export function freeText(rule: TextRule, max: number) {
  return text(rule, max, true)
}

/** The first complaint of a text field's schema about `value`, or undefined when it may be stored. */
export function textProblem(schema: z.ZodType, value: string): string | undefined {
  const result = schema.safeParse(value)
  return result.success ? undefined : result.error.issues[0]!.message
}
