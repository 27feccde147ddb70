// Quote-aware word splitting shared by every grammar: "Contoso Ltd", 'Contoso Ltd' and
// “Contoso Ltd” are one token. A quote only opens at the start of a word and only closes at the
// end of one, so apostrophes inside words (O'Reilly, Contoso's) stay ordinary letters.

export interface Token {
  text: string
  /** Offsets in the original string, quotes included. */
  start: number
  end: number
  quoted: boolean
}

const CLOSERS: Record<string, string> = { '"': '"', "'": "'", '“': '”', '„': '“', '‘': '’' }

/** One object: a regex literal inside the loops would be a new RegExp per character scanned. */
const SPACE = /\s/

export function scanTokens(input: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < input.length) {
    while (i < input.length && SPACE.test(input[i]!)) i++
    if (i >= input.length) break
    const open = input[i]!
    const close = CLOSERS[open]
    if (close) {
      const end = findClose(input, i + 1, close)
      if (end >= 0) {
        tokens.push({ text: input.slice(i + 1, end).trim(), start: i, end: end + 1, quoted: true })
        i = end + 1
        continue
      }
    }
    const start = i
    while (i < input.length && !SPACE.test(input[i]!)) i++
    tokens.push({ text: input.slice(start, i), start, end: i, quoted: false })
  }
  return tokens
}

/** The closing quote that ends a word (followed by whitespace or the end), or -1. */
function findClose(input: string, from: number, close: string): number {
  for (let j = from; j < input.length; j++) {
    if (input[j] === close && (j + 1 === input.length || SPACE.test(input[j + 1]!))) return j
  }
  return -1
}

export function tokenize(text: string): string[] {
  return scanTokens(text).map((t) => t.text)
}

/** Quotes a name for a command line (buttons carry exact commands): "Contoso Ltd". */
export function quote(name: string): string {
  if (!name.includes('"')) return `"${name}"`
  if (!name.includes('”')) return `“${name}”`
  return `'${name}'`
}
