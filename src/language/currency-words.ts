// A currency named by its ISO code as a word of its own ("eur contracts over 200k", "over 250k
// EUR"). Typed in capitals any ISO code counts; in lower case only the codes people use that are
// no English word, since Intl knows "ALL", "TOP" and "CUP" as currencies too.
import { isCurrency } from '../domain/money.ts'

const LOWER = new Set(
  'usd eur gbp chf jpy brl pln cad aud nzd sek nok dkk czk huf inr cny hkd sgd zar mxn'.split(' '),
)

/** The ISO code a typed word names, or undefined. */
export function currencyWord(typed: string): string | undefined {
  const word = typed.replace(/[.,;:!?)]+$/, '')
  if (LOWER.has(word.toLowerCase())) return word.toUpperCase()
  return /^[A-Z]{3}$/.test(word) && isCurrency(word) ? word : undefined
}
