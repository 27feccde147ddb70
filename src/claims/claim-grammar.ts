// The words after `sla claim` and `sla statement`: <vendor> [contract <title>] <month> [ref <text>].
import type { Vendor } from '../domain/vendor.ts'
import { UserError } from '../errors/errors.ts'
import { requireVendor } from '../lookup/vendor-argument.ts'
import { scanTokens } from '../parse/tokens.ts'
import { takeContractClause, type Usage } from '../sla/contract-clause.ts'
import type { StoreView } from '../store/store.ts'
import type { CalendarDate } from '../time/calendar-date.ts'
import { readMonth } from './claim-month.ts'

const MONTH_WORD =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/i

/** Words that end the vendor argument (SPEC §4.1): the contract keyword, a month, `ref`. */
export function isClaimStop(word: string): boolean {
  return /^(contract|ref|last|this|previous|\d{4}-\d{2})$/i.test(word) || MONTH_WORD.test(word)
}

export interface ClaimLine {
  vendor: Vendor
  note?: string
  contractTitle: string | null
  month: string
  /** Only `sla claim` takes one; '' when none was given. */
  ref: string
}

export function readClaimLine(
  view: StoreView,
  args: string,
  today: CalendarDate,
  options: Usage & { command: string; write: boolean; ref: boolean },
): ClaimLine {
  const { vendor, rest, note } = requireVendor(view, args, { ...options, isStop: isClaimStop })
  const clause = takeContractClause(view, vendor, rest, options)
  const tokens = scanTokens(clause.rest)
  const refAt = tokens.findIndex((t) => !t.quoted && t.text.toLowerCase() === 'ref')
  if (refAt >= 0 && !options.ref) {
    throw new UserError(
      `${options.command} takes no reference; only sla claim does.`,
      options.form,
      options.example,
    )
  }
  const monthText = refAt >= 0 ? clause.rest.slice(0, tokens[refAt]!.start) : clause.rest
  const month = readMonth(monthText, today, options)
  let ref = ''
  if (refAt >= 0) {
    const after = tokens.slice(refAt + 1)
    ref =
      after.length === 1 && after[0]!.quoted ? after[0]!.text : clause.rest.slice(tokens[refAt]!.end).trim()
    if (ref === '')
      throw new UserError('The reference is missing after "ref".', options.form, options.example)
  }
  return { vendor, ...(note ? { note } : {}), contractTitle: clause.title, month, ref }
}
