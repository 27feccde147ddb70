// A contract's credit for one month when availability counts too (SPEC §12): the band's percent
// and the breaches' percent are added, then capped, then taken of the monthly fee and rounded
// half-up once. Without availability it is exactly the breach credit of credit.ts.

import { type Availability, formatAvailability } from './availability.ts'
import type { Contract } from './contract.ts'
import { formatPercent, fromScaled, type MonthCredit, monthCredit, toScaled } from './credit.ts'
import { formatMoney, parseAmount, percentOf } from './money.ts'

export interface FeeTerms {
  monthlyFee: string
  /** null: breaches earn nothing (the contract pays by availability only). */
  percentPerBreach: string | null
  capPercent: string | null
  currency: string
}

export interface CombinedCredit extends MonthCredit {
  /** breaches × percent per breach. */
  breachPercent: string
  /** The band's percent, or null when availability does not count for this contract. */
  bandPercent: string | null
  availability: Availability | null
}

/** The fee terms, or null when the contract has no monthly fee or nothing to credit it by. */
export function feeTerms(contract: Contract, hasBands: boolean): FeeTerms | null {
  if (contract.monthlyFee === null) return null
  if (contract.creditPercentPerBreach === null && !hasBands) return null
  return {
    monthlyFee: contract.monthlyFee,
    percentPerBreach: contract.creditPercentPerBreach,
    capPercent: contract.creditCapPercent,
    currency: contract.currency,
  }
}

export function combinedCredit(
  breaches: number,
  availability: Availability | null,
  terms: FeeTerms,
): CombinedCredit {
  if (availability === null && terms.percentPerBreach !== null) {
    const plain = monthCredit(breaches, { ...terms, percentPerBreach: terms.percentPerBreach })
    return { ...plain, breachPercent: plain.uncapped, bandPercent: null, availability: null }
  }
  const breachScaled =
    terms.percentPerBreach === null ? 0n : toScaled(terms.percentPerBreach) * BigInt(breaches)
  const bandScaled = availability?.band ? toScaled(availability.band.creditPercent) : 0n
  const uncapped = breachScaled + bandScaled
  const cap = terms.capPercent === null ? null : toScaled(terms.capPercent)
  const capped = cap !== null && uncapped > cap
  const percent = fromScaled(capped ? cap : uncapped)
  const feeMinor = parseAmount(terms.monthlyFee, terms.currency) ?? 0n
  const minor = percentOf(feeMinor, percent)

  const parts: string[] = []
  if (availability) parts.push(availabilityPart(availability))
  if (breaches > 0 || availability === null) parts.push(breachPart(breaches, terms.percentPerBreach))
  const sum = parts.length > 1 ? `; together ${fromScaled(uncapped)}%` : ''
  const capNote = capped ? `, capped at ${formatPercent(terms.capPercent!)}` : ''
  const working = `${parts.join('; ')}${sum}${capNote}; ${percent}% of ${formatMoney(feeMinor, terms.currency)} = ${formatMoney(minor, terms.currency)}`
  return {
    breaches,
    uncapped: fromScaled(uncapped),
    percent,
    capped,
    feeMinor,
    minor,
    currency: terms.currency,
    working,
    breachPercent: fromScaled(breachScaled),
    bandPercent: availability ? fromScaled(bandScaled) : null,
    availability,
  }
}

/** "availability 99.063% (below 99.9%): 10%", "availability 99.950% (no band): 0%". */
function availabilityPart(a: Availability): string {
  const shown = `availability ${formatAvailability(a.percent)}`
  return a.band
    ? `${shown} (below ${a.band.belowPercent}%): ${formatPercent(a.band.creditPercent)}`
    : `${shown} (no band): 0%`
}

/** "3 breaches × 5% = 15%", or "2 breaches (no credit per breach): 0%". */
function breachPart(breaches: number, percentPerBreach: string | null): string {
  const count = `${breaches} ${breaches === 1 ? 'breach' : 'breaches'}`
  if (percentPerBreach === null) return `${count} (no credit per breach): 0%`
  return `${count} × ${formatPercent(percentPerBreach)} = ${fromScaled(toScaled(percentPerBreach) * BigInt(breaches))}%`
}
