// The words people use for windows spelled as the window grammar's own (SPEC §3): `wk`, `qtr`,
// `mo`, `yr` are week, quarter, month, year; `eoy` and "(by) the end of the year" are this year
// (likewise `eoq`/`eom` and the end of the quarter or month). Shared by the `renewals` and
// `risk due` grammar and the plain-language layer, so both read a window the same way.

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bwks\b/gi, 'weeks'],
  [/\bwk\b/gi, 'week'],
  [/\bqtrs\b/gi, 'quarters'],
  [/\bqtr\b/gi, 'quarter'],
  [/\b(\d+\s*|this |next |coming )mos\b/gi, '$1months'],
  [/\b(\d+\s*|this |next |coming )mo\b/gi, '$1month'],
  [/\byrs\b/gi, 'years'],
  [/\byr\b/gi, 'year'],
]

// "before eoy" means the rest of the year too: the grammar's `before <date>` would read "this
// year" as its first day.
const END_OF =
  /\b(?:(?:by|before|until|till|through|thru)\s+)?(?:the\s+)?(?:end of (?:the\s+)?(?:this\s+)?(year|quarter|month)|(year|quarter|month)[- ]end|eo(y|q|m))\b/gi
const SHORT: Record<string, string> = { y: 'year', q: 'quarter', m: 'month' }

export function spellWindowWords(text: string): string {
  let out = text
  for (const [pattern, word] of ABBREVIATIONS) out = out.replace(pattern, word)
  return out.replace(
    END_OF,
    (_all, unit?: string, unitEnd?: string, short?: string) =>
      `this ${(unit ?? unitEnd ?? SHORT[short!.toLowerCase()]!).toLowerCase()}`,
  )
}
