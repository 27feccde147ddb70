// The proposals for register changes said in words: `contract end` and `contract renew`, with the
// contract named by vendor and title and every value the line stated, so confirming stores exactly
// what was said. Ending a contract in words proposes the end of its current term (SPEC §9).

import type { Contract } from '../domain/contract.ts'
import { currentTerm, isActive } from '../domain/current-term.ts'
import { formatDecimal } from '../domain/money.ts'
import { nameWords } from '../domain/normalize.ts'
import { quote } from '../parse/tokens.ts'
import { localDate } from '../time/zone.ts'
import { type Built, vendorArg } from './builders.ts'
import { contractMention, mentionedContract, vendorContracts, wholeTitleNamed } from './contract-mention.ts'
import type { Entities } from './entities.ts'
import { datesOtherEvent, endTime } from './event-dates.ts'
import { renewalValues } from './renewal-values.ts'

/**
 * The contract a change is about, named by vendor and title: the title the line names, else the
 * vendor's one active contract. With several and none named, the vendor alone: the command's own
 * pick list asks which (a write never acts on a guess).
 */
export function contractOf(e: Entities): { arg: string; contract?: Contract } | undefined {
  const vendor = e.vendors[0]?.vendors.length === 1 ? e.vendors[0].vendors[0]! : undefined
  if (!vendor) {
    const arg = vendorArg(e)
    return arg ? { arg } : undefined
  }
  const all = vendorContracts(e, vendor)
  const today = e.today
  const active = all.filter((c) => isActive(c, today))
  const contract = mentionedContract(e, all) ?? (active.length === 1 ? active[0] : undefined)
  if (!contract) return { arg: quote(vendor.name) }
  return { arg: `${quote(vendor.name)} ${quote(contract.title)}`, contract }
}

function dateOf(e: Entities): string | undefined {
  const t = endTime(e)
  return t ? localDate(t.at, e.scene.zone) : undefined
}

/** "Ending it on 2027-11-24, the end of its current term": said in words, the end is the term's. */
export function contractEnd(e: Entities): Built {
  const target = contractOf(e)
  if (!target) return { missing: 'the contract (vendor and title)' }
  const on = dateOf(e) ?? (target.contract ? currentTerm(target.contract, e.today).end : undefined)
  const notes =
    on && !dateOf(e)
      ? [`It ends on ${on}, the end of its current term; give another date if that is wrong.`]
      : []
  // Say which date was set aside, so a misreading is caught before Confirm.
  if (e.times.some((t) => datesOtherEvent(e, t)))
    notes.push('A date in your message reads as when something else happened, not as the end.')
  return { command: `contract end ${target.arg}${on ? ` on ${on}` : ''}`, notes }
}

const TERM_CLAUSE = /(?:^|[,;])\s*(\d{1,3})[- ]?months?\s*(?=[,;.]|$)/i

function termClause(line: string): number | undefined {
  const m = TERM_CLAUSE.exec(line)
  return m ? Number(m[1]) : undefined
}

export function contractRenew(e: Entities): Built {
  const target = contractOf(e)
  if (!target) return { missing: 'the contract (vendor and title)' }
  const end = dateOf(e)
  if (!end) return { missing: 'the new end date' }
  const said = renewalValues(e.freeText())
  // A span of months said as a clause of its own ("…to 2028-09-30, 36 months, 450k per year") is
  // the term: the words alone (without the commas) could be any span.
  said.termMonths ??= termClause(e.line)
  let command = `contract renew ${target.arg} end ${end}`
  const shown = [`new end ${end}`]
  if (said.value) {
    const currency = said.value.currency ?? target.contract?.currency
    if (!currency) return { missing: 'the currency of the new value (USD, EUR, …)' }
    command += ` value ${said.value.amount} ${currency}`
    const from = said.value.currency ? '' : ` (the contract's currency)`
    shown.push(`value ${formatDecimal(said.value.amount, currency)} a year${from}`)
  }
  if (said.noticeDays !== undefined) {
    command += ` notice ${said.noticeDays} days`
    shown.push(`notice ${said.noticeDays} days`)
  }
  if (said.termMonths !== undefined) {
    command += ` term ${said.termMonths} months`
    shown.push(`term ${said.termMonths} months`)
  }
  return { command, notes: [`Renewal: ${shown.join(', ')}.`] }
}

/**
 * " contract "Cloud hosting"" when the line names one of its one vendor's contracts, else ''. A
 * write names its contract by any words only its title has ("the nordlicht mpls").
 */
export function namedContractClause(e: Entities): string {
  const m = e.vendors[0]
  const vendor = e.vendors.length === 1 && m?.vendors.length === 1 ? m.vendors[0]! : undefined
  if (!vendor) return ''
  const contract = mentionedContract(e, vendorContracts(e, vendor))
  return contract ? ` contract ${quote(contract.title)}` : ''
}

/** The words of an SLA target itself: "tailspin response targets" names no contract by "response". */
const TARGET_WORDS = /^(?:sla|slas|targets?|response|resolution|incidents?|hours|p[1-4])$/

/**
 * " contract "…"" for `sla targets` when the line names one of its vendor's contracts by words only
 * its title has ("sgi mainframe sla targets", "nordlicht mpls"): the targets asked for are that
 * contract's, and the vendor's other contracts' would answer something else.
 */
export function targetsClause(e: Entities): string {
  const m = contractMention(e)
  if (!m || m.at.every((i) => TARGET_WORDS.test(e.words[i]!.norm))) return ''
  // "the sgi mainframe" may be the vendor's line of business, whose whole answer holds it; "the sgi
  // mainframe contract" is one of its contracts.
  const category = nameWords(e.vendors[0]?.vendors[0]?.category ?? '')
  const ofBusiness = m.at.every((i) => nameWords(e.words[i]!.text).every((w) => category.includes(w)))
  const said = /\b(?:contract|deal|agreement)\b/.test(e.freeText()) || wholeTitleNamed(e, [m.contract])
  if (ofBusiness && !said) return ''
  return ` contract ${quote(m.contract.title)}`
}

/** "ref CR-5521", "reference: 4471", "(ref SD-88)": the claim's reference as typed. */
const REF = /\b(?:ref(?:erence)?(?:\s+(?:no|number))?)\.?\s*[:#]?\s*([A-Za-z0-9][\w./-]*)/i

/**
 * A claimed month with its contract and reference. The month is written as an ISO month so the
 * Confirm button means the same month whenever it is pressed ("october" would move a year on).
 */
export function slaClaim(e: Entities): Built {
  const vendor = vendorArg(e)
  if (!vendor) return { missing: 'the vendor' }
  const period = e.period?.period
  const month = period?.from.slice(0, 7)
  // A quarter or a year is no month: the claim is of one month's credit.
  if (!period || !month || period.to.slice(0, 7) !== month)
    return { missing: 'the month whose credit was claimed (october, 2026-10)' }
  const ref = REF.exec(e.line)?.[1]
  return {
    command: `sla claim ${vendor}${namedContractClause(e)} ${month}${ref ? ` ref ${ref}` : ''}`,
    notes: [],
  }
}
