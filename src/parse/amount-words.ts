// An amount as people write it in chat: "100k", "1.3m", "$50k", "€200k", "125,000", "70k usd",
// "EUR 2.5m". Read exactly as decimal digits (never through a float), so "1.3m" is 1300000.
import { isCurrency } from '../domain/money.ts'

export interface AmountWords {
  /** Plain decimal digits: "1300000", "1499.5". */
  amount: string
  /** ISO code when one was written or implied by a symbol. */
  currency?: string
}

const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' }
const SCALE: Record<string, number> = { k: 3, thousand: 3, m: 6, mm: 6, mn: 6, million: 6, bn: 9, billion: 9 }

/** One amount, optionally with a symbol, a scale word and an ISO code before or after it. */
const AMOUNT_PATTERN =
  /(?:\b([a-z]{3})\s*)?([$€£¥])?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(k|thousand|mm|mn|m|million|bn|billion)?\b(?:\s*([a-z]{3})\b)?/i

export function parseAmountWords(text: string): AmountWords | null {
  const m = new RegExp(`^\\s*${AMOUNT_PATTERN.source}\\s*$`, 'i').exec(text)
  return m ? amountOf(m) : null
}

/** The amount a match of AMOUNT_PATTERN names; codes that are not currencies are left out. */
function amountOf(m: RegExpExecArray): AmountWords | null {
  const [, before, symbol, whole, fraction = '', scaleWord, after] = m
  const shift = scaleWord ? SCALE[scaleWord.toLowerCase()]! : 0
  const digits = whole!.replace(/,/g, '')
  const frac = fraction.padEnd(shift, '0')
  const integer = `${digits}${frac.slice(0, shift)}`.replace(/^0+(?=\d)/, '')
  const rest = frac.slice(shift).replace(/0+$/, '')
  const amount = rest === '' ? integer : `${integer}.${rest}`
  const code = [after, before].map((c) => c?.toUpperCase()).find((c) => c !== undefined && isCurrency(c))
  const currency = code ?? (symbol ? SYMBOLS[symbol] : undefined)
  return currency ? { amount, currency } : { amount }
}
