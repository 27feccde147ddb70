// Service credits: for one contract and one month, min(breaches × percent per breach, cap) of the
// monthly fee, rounded half-up to the currency's minor unit once. Percents are exact decimals
// (scaled bigints), money is bigint minor units; no floats anywhere.
import { formatMoney, parseAmount, percentOf } from './money.ts'

/** PercentSchema allows four decimals: hold percents as ten-thousandths (exported for band credits). */
const SCALE = 10_000n

export function toScaled(percent: string): bigint {
  const [whole, frac = ''] = percent.split('.')
  return BigInt(whole!) * SCALE + BigInt(frac.padEnd(4, '0').slice(0, 4) || '0')
}

export function fromScaled(scaled: bigint): string {
  const whole = scaled / SCALE
  const frac = (scaled % SCALE).toString().padStart(4, '0').replace(/0+$/, '')
  return frac ? `${whole}.${frac}` : `${whole}`
}

/** "50%", "2.5%". */
export function formatPercent(percent: string): string {
  return `${fromScaled(toScaled(percent))}%`
}

export interface CreditTerms {
  monthlyFee: string
  percentPerBreach: string
  /** null: no cap. */
  capPercent: string | null
  currency: string
}

export interface MonthCredit {
  breaches: number
  /** breaches × percent per breach, before the cap. */
  uncapped: string
  /** The percent of the fee owed, after the cap. */
  percent: string
  capped: boolean
  feeMinor: bigint
  minor: bigint
  currency: string
  /** The arithmetic as shown to the user. */
  working: string
}

export function monthCredit(breaches: number, terms: CreditTerms): MonthCredit {
  const uncapped = toScaled(terms.percentPerBreach) * BigInt(breaches)
  const cap = terms.capPercent === null ? null : toScaled(terms.capPercent)
  const capped = cap !== null && uncapped > cap
  const owed = capped ? cap : uncapped
  const percent = fromScaled(owed)
  const feeMinor = parseAmount(terms.monthlyFee, terms.currency) ?? 0n
  const minor = percentOf(feeMinor, percent)
  const count = `${breaches} ${breaches === 1 ? 'breach' : 'breaches'}`
  const product = `${count} × ${formatPercent(terms.percentPerBreach)} = ${fromScaled(uncapped)}%`
  const capNote = capped ? `, capped at ${formatPercent(terms.capPercent!)}` : ''
  const working = `${product}${capNote}; ${percent}% of ${formatMoney(feeMinor, terms.currency)} = ${formatMoney(minor, terms.currency)}`
  return {
    breaches,
    uncapped: fromScaled(uncapped),
    percent,
    capped,
    feeMinor,
    minor,
    currency: terms.currency,
    working,
  }
}
