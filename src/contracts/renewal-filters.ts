// The filters of `renewals [window] [tier <t>] [owner <user>] [kind <k>] [over <amount> [<CUR>]]
// [lapsed]` (SPEC §13): taken out of the line in any order, the rest is the window. They narrow the
// rows, missed notices included, and so the totals. "over" compares in each contract's own
// currency; with a currency named, only contracts in that currency qualify.
import type { Request } from '../commands/command.ts'
import { CONTRACT_KINDS } from '../domain/contract.ts'
import { contractOwner } from '../domain/contract-owner.ts'
import { formatDecimal, minorDigits, parseAmount } from '../domain/money.ts'
import { TIERS, type Tier } from '../domain/vendor.ts'
import { UserError } from '../errors/errors.ts'
import { parseAmountWords } from '../parse/amount-words.ts'
import { userArgument } from '../parse/user-argument.ts'
import { evidenceLapses } from '../risk/evidence-lapsed.ts'
import type { StoreView } from '../store/store.ts'
import type { CalendarDate } from '../time/calendar-date.ts'
import type { RenewalRow, RenewalsSelection } from './renewals.ts'

type ContractKind = (typeof CONTRACT_KINDS)[number]

export interface RenewalFilters {
  tier?: Tier
  owner?: string
  kind?: ContractKind
  over?: { amount: string; currency?: string }
  lapsed?: boolean
}

export const FILTERS_FORM = '[tier <t>] [owner <user>] [kind <k>] [over <amount> [<CUR>]] [lapsed]'
const EXAMPLE = 'renewals next quarter tier critical over 100000'

const OVER = /^(?:over|above|more than|greater than|worth more than|>)$/i

function fail(message: string, form: string): never {
  throw new UserError(message, form, EXAMPLE)
}

/** Splits the filters off `args`; what is left is the window. A bad filter value is rejected. */
export function takeRenewalFilters(
  args: string,
  request: Pick<Request, 'user'>,
  form: string,
): { filters: RenewalFilters; rest: string } {
  const words = args.split(/\s+/).filter((w) => w !== '')
  const filters: RenewalFilters = {}
  const rest: string[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.toLowerCase()
    const value = words[i + 1]
    if (word === 'tier') {
      const tier = value?.toLowerCase()
      if (!tier || !(TIERS as readonly string[]).includes(tier))
        fail(`The tier must be critical, high, medium or low${value ? `, not "${value}"` : ''}.`, form)
      filters.tier = tier as Tier
      i++
    } else if (word === 'kind') {
      const kind = value?.toLowerCase().replace(/^license$/, 'licence')
      if (!kind || !(CONTRACT_KINDS as readonly string[]).includes(kind))
        fail(`The kind must be one of ${CONTRACT_KINDS.join(', ')}${value ? `, not "${value}"` : ''}.`, form)
      filters.kind = kind as ContractKind
      i++
    } else if (word === 'owner') {
      if (!value) fail('Name the owner after "owner": a user id, a mention or me.', form)
      filters.owner = userArgument(value, request)
      i++
    } else if (word === 'lapsed') {
      filters.lapsed = true
    } else if (OVER.test(word)) {
      const currency = words[i + 2]
      const withCode =
        currency && /^[a-z]{3}$/i.test(currency) ? parseAmountWords(`${value} ${currency}`) : null
      const amount = withCode ?? (value ? parseAmountWords(value) : null)
      if (!amount)
        fail(
          `After "${words[i]}" give an amount such as 100000, 100k or 250000 EUR${value ? `, not "${value}"` : ''}.`,
          form,
        )
      filters.over = amount
      i += withCode ? 2 : 1
    } else rest.push(words[i]!)
  }
  return { filters, rest: rest.join(' ') }
}

/** The filters as the command spells them, in the order of the grammar: "tier critical over 100000". */
export function filtersText(f: RenewalFilters): string {
  const parts: string[] = []
  if (f.tier) parts.push(`tier ${f.tier}`)
  if (f.owner) parts.push(`owner ${f.owner}`)
  if (f.kind) parts.push(`kind ${f.kind}`)
  if (f.over) parts.push(`over ${f.over.amount}${f.over.currency ? ` ${f.over.currency}` : ''}`)
  if (f.lapsed) parts.push('lapsed')
  return parts.join(' ')
}

/** How the reply names the filters: "tier critical, over 100,000.00 USD". */
export function filtersLabel(f: RenewalFilters): string {
  const parts: string[] = []
  if (f.tier) parts.push(`tier ${f.tier}`)
  if (f.owner) parts.push(`owner ${f.owner}`)
  if (f.kind) parts.push(`kind ${f.kind}`)
  if (f.over)
    parts.push(`over ${f.over.currency ? formatDecimal(f.over.amount, f.over.currency) : f.over.amount}`)
  if (f.lapsed) parts.push('evidence lapsed')
  return parts.join(', ')
}

export function hasFilters(f: RenewalFilters): boolean {
  return filtersText(f) !== ''
}

/** The rows (missed notices included) that pass every filter. */
export function filterRenewals(
  selection: RenewalsSelection,
  f: RenewalFilters,
  view: StoreView,
  today: CalendarDate,
): RenewalsSelection {
  if (!hasFilters(f)) return selection
  const lapsed = f.lapsed ? evidenceLapses(view, today) : undefined
  const keep = (row: RenewalRow): boolean => {
    if (f.tier && row.vendor?.tier !== f.tier) return false
    if (f.kind && row.contract.kind !== f.kind) return false
    if (f.owner && !sameUser(contractOwner(row.contract, row.vendor), f.owner)) return false
    if (lapsed && !lapsed.has(row.contract.vendorId)) return false
    if (f.over) {
      if (f.over.currency && f.over.currency !== row.contract.currency) return false
      if (row.minor <= floorIn(f.over.amount, row.contract.currency)) return false
    }
    return true
  }
  return { missed: selection.missed.filter(keep), rows: selection.rows.filter(keep) }
}

/**
 * The amount in minor units, cut to the currency's precision: values are whole minor units, so
 * "more than 0.5 JPY" is exactly "more than 0 JPY".
 */
function floorIn(amount: string, currency: string): bigint {
  const [whole, fraction = ''] = amount.split('.')
  const cut = fraction.slice(0, minorDigits(currency))
  return parseAmount(cut === '' ? whole! : `${whole}.${cut}`, currency) ?? 0n
}

function sameUser(a: string, b: string): boolean {
  return a === b || (a.includes('@') && a.toLowerCase() === b.toLowerCase())
}
