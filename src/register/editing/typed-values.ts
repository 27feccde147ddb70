// Field values as typed in chat, read with the same parsers the importer uses (parse/fields.ts), plus
// the words chat allows around them: "60 days", "12 months", "207,000.00 USD", dates in words.
import { parseDateWords } from '../../parse/date-words.ts'
import { FieldError, parseCurrency, parseMoney, parseWholeNumber } from '../../parse/fields.ts'
import type { CalendarDate } from '../../time/calendar-date.ts'

/** An ISO date or a date in words ("March 31 2027", "next friday"), relative to today. */
export function parseTypedDate(text: string, today: CalendarDate): CalendarDate {
  const date = parseDateWords(text, today, 'forward')
  if (date === null) {
    throw new FieldError(
      text.trim() === ''
        ? 'needs a date such as 2027-03-31'
        : `"${text}" is not a date; use YYYY-MM-DD such as 2027-03-31, or words such as "31 March 2027"`,
    )
  }
  return date
}

/** "60", "60 days", "1 day" → 60. */
export function parseDays(text: string, max: number): number {
  return parseWholeNumber(text.replace(/\s*days?\s*$/i, ''), { max })
}

/** "12", "12 months" → 12. */
export function parseMonths(text: string): number {
  return parseWholeNumber(text.replace(/\s*months?\s*$/i, ''), { min: 1, max: 120 })
}

/** "207,000.00 USD", "USD 207000" or "207000" → the amount and the currency code as typed, if any. */
export function splitAmount(text: string): { amount: string; currency?: string } {
  const words = text.trim().split(/\s+/)
  if (words.length === 2) {
    const [a, b] = words as [string, string]
    if (/^[A-Za-z]+$/.test(b)) return { amount: a, currency: b }
    if (/^[A-Za-z]+$/.test(a)) return { amount: b, currency: a }
  }
  if (words.length > 2) throw new FieldError(`"${text}" is not an amount such as 207000.00 USD`)
  return { amount: text.trim() }
}

/** An amount in `currency`; a currency typed with it must be that one. */
export function parseAmountIn(text: string, currency: string): string {
  const split = splitAmount(text)
  const typed = split.currency === undefined ? undefined : parseCurrency(split.currency)
  if (typed !== undefined && typed !== currency) {
    throw new FieldError(`"${text}" is in ${typed} but the contract is in ${currency}`)
  }
  return parseMoney(split.amount, currency)
}
