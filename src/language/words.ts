// The words of a free-text line with their offsets: quote-aware (a quoted name is one word),
// punctuation trimmed from the edges, and a folded form (lower case, accents removed) to compare.
// Entity spotting works on offsets; the intent scorer works on the folded forms.
import { fold } from '../domain/fold.ts'
import { scanTokens } from '../parse/tokens.ts'

export interface Word {
  /** As typed, edge punctuation removed. */
  text: string
  /** Lower case, accents folded, typographic apostrophes made plain. */
  norm: string
  start: number
  end: number
  quoted: boolean
}

const LEADING = /^[([{<"'“‘„«]+/
const TRAILING = /[)\]}>"'”’»,;:!?.…]+$/

export function wordsOf(line: string): Word[] {
  const out: Word[] = []
  for (const t of scanTokens(line)) {
    if (t.quoted) {
      if (t.text !== '')
        out.push({ text: t.text, norm: fold(t.text), start: t.start, end: t.end, quoted: true })
      continue
    }
    const lead = LEADING.exec(t.text)?.[0].length ?? 0
    let body = t.text.slice(lead)
    // A trailing period of "a.m." or "p.m." is part of the word; other edge punctuation is not.
    if (!/^[ap]\.m\.$/i.test(body)) body = body.replace(TRAILING, '')
    if (body === '') continue
    const start = t.start + lead
    out.push({ text: body, norm: fold(body), start, end: start + body.length, quoted: false })
  }
  return out
}

const NUMBERS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  fourteen: '14',
  fifteen: '15',
  twenty: '20',
  thirty: '30',
  forty: '40',
  'forty-five': '45',
  fortyfive: '45',
  fifty: '50',
  sixty: '60',
  ninety: '90',
  hundred: '100',
}

/** "two weeks" → "2 weeks", "a month" → "1 month", "a couple of weeks" → "2 weeks". */
export function digitsForNumberWords(text: string): string {
  return text
    .replace(/\ba (?:couple|pair) of\b/g, '2')
    .replace(/\ba few\b/g, '3')
    .replace(/\b(?:a|an|one) (day|week|month|quarter|year|fortnight)\b/g, '1 $1')
    .replace(/\b1 fortnight\b|\bfortnight\b/g, '2 weeks')
    .replace(/\b[a-z]+(?:-[a-z]+)?\b/g, (w) => NUMBERS[w] ?? w)
}
