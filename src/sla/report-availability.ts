// How `sla report` shows availability (SPEC §12) beside the breach credits: one line per contract
// and month that has credit bands or outages, and why a month earns no credit.

import { formatAvailability } from '../domain/availability.ts'
import type { Section } from '../reply/reply.ts'
import type { ContractMonth } from './credit-months.ts'

const MINUTE = 60_000

/** "0 min", "43 min", "1,440 min" (minutes are what availability clauses count in). */
function minutes(ms: number): string {
  const whole = Math.round(ms / MINUTE)
  return `${String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} min`
}

/** Nothing when no contract of the report has bands or outages. */
export function availabilitySection(vendorName: string, months: readonly ContractMonth[]): Section[] {
  const shown = months.filter((m) => m.availability !== null)
  if (shown.length === 0) return []
  return [
    {
      heading: 'Availability',
      items: shown.map((m) => {
        const a = m.availability!
        const band = a.band
          ? `below ${a.band.belowPercent}%: ${a.band.creditPercent}% credit band`
          : 'no credit band'
        return {
          text: `${vendorName} — ${m.contract.title}, ${m.month}: ${formatAvailability(a.percent)} (${minutes(a.downMs)} down of ${minutes(a.monthMs)}), ${band}`,
        }
      }),
    },
  ]
}

/** Why a contract-month owes nothing although it is listed. */
export function noCredit(m: ContractMonth): string {
  const count = `${m.breaches} ${m.breaches === 1 ? 'breach' : 'breaches'}`
  const what = m.availability ? `availability ${formatAvailability(m.availability.percent)}, ${count}` : count
  return `${what}, no service credits (the contract has no monthly fee or credit terms)`
}
