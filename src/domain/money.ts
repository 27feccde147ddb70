// Money is a decimal string in the schema and a bigint of minor units in arithmetic; never a float.
// Currency codes and their minor units come from the runtime's ICU data (Intl), not a local table.
import { z } from 'zod'
import { boundedMemo } from './bounded-memo.ts'

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'))

export function isCurrency(code: string): boolean {
  return KNOWN_CURRENCIES.has(code)
}

export const CurrencySchema = z
  .string()
  .refine(isCurrency, { message: 'must be an ISO 4217 currency code such as USD, EUR or GBP' })

const minorCache = boundedMemo<number>(1_000)

/** Digits after the decimal point for a currency: USD 2, JPY 0, BHD 3. */
export function minorDigits(currency: string): number {
  return minorCache.get(
    currency,
    () =>
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2,
  )
}

/** A non-negative decimal amount as typed: digits, optional fraction, optional thousands commas. */
export const DecimalSchema = z
  .string()
  .regex(/^\d+(\.\d+)?$/, { message: 'must be an amount such as 120000 or 1499.50' })

export type Decimal = z.infer<typeof DecimalSchema>

/** Parses "1,499.50" into minor units; null when it is not an amount in that currency's precision. */
export function parseAmount(text: string, currency: string): bigint | null {
  const cleaned = text.trim().replace(/,(?=\d{3}(\D|$))/g, '')
  const m = /^(\d+)(?:\.(\d+))?$/.exec(cleaned)
  if (!m) return null
  const digits = minorDigits(currency)
  const fraction = m[2] ?? ''
  if (fraction.length > digits) return null
  return BigInt(m[1]!) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0')
}

/** Minor units back to the canonical decimal string stored in files ("207000.00"). */
export function toDecimal(minor: bigint, currency: string): Decimal {
  const digits = minorDigits(currency)
  const negative = minor < 0n
  const abs = negative ? -minor : minor
  const scale = 10n ** BigInt(digits)
  const whole = (abs / scale).toString()
  const frac = digits > 0 ? `.${(abs % scale).toString().padStart(digits, '0')}` : ''
  return `${negative ? '-' : ''}${whole}${frac}`
}

/** "207,000.00 USD": fixed format, never locale-dependent. */
export function formatMoney(minor: bigint, currency: string): string {
  const [whole, frac] = toDecimal(minor, currency).split('.')
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${grouped}${frac === undefined ? '' : `.${frac}`} ${currency}`
}

export function formatDecimal(amount: Decimal, currency: string): string {
  return formatMoney(parseAmount(amount, currency) ?? 0n, currency)
}

/** Multiplies minor units by a decimal percent and rounds half-up to the minor unit. */
export function percentOf(minor: bigint, percent: Decimal): bigint {
  const [whole, frac = ''] = percent.split('.')
  const scale = 10n ** BigInt(frac.length)
  const numerator = minor * (BigInt(whole!) * scale + BigInt(frac || '0'))
  const denominator = 100n * scale
  return (numerator * 2n + denominator) / (denominator * 2n)
}

/** Sums per currency, keeping first-seen order so totals print predictably. */
export function totalsByCurrency(items: Iterable<{ minor: bigint; currency: string }>): Map<string, bigint> {
  const totals = new Map<string, bigint>()
  for (const { minor, currency } of items) totals.set(currency, (totals.get(currency) ?? 0n) + minor)
  return totals
}
