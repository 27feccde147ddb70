// Unclaimed service credits (SPEC §12): every ended month in which a contract earned a credit above
// zero and nobody has recorded its claim, with the claim deadline, most urgent first. `sla claims`,
// the agenda, the claim reminders and `sla claim` read this one list.
import type { Temporal } from 'temporal-polyfill'
import type { Config } from '../config/config.ts'
import { claimId } from '../domain/claim.ts'
import { feeTerms } from '../domain/combined-credit.ts'
import type { Contract } from '../domain/contract.ts'
import type { Incident } from '../domain/sla.ts'
import type { Vendor } from '../domain/vendor.ts'
import type { Item } from '../reply/reply.ts'
import { bandsOfContract } from '../sla/by-contract.ts'
import { contractMonth, incidentsByMonth, monthsWithEvents } from '../sla/credit-months.ts'
import { incrementalCache } from '../store/incremental-cache.ts'
import type { StoreView } from '../store/store.ts'
import { type CalendarDate, daysBetween } from '../time/calendar-date.ts'
import { localDate } from '../time/zone.ts'
import { claimDeadline, monthEnded } from './claim-month.ts'
import { patchedCredits, touchedContracts } from './unclaimed-patch.ts'

export interface UnclaimedCredit {
  vendor: Vendor | undefined
  contract: Contract
  month: string
  /** How the credit was reached ("3 breaches × 5% = 15%; …"); the month's figures are not kept. */
  working: string
  /** The credit owed, in minor units of `currency`; always above zero. */
  minor: bigint
  currency: string
  /** Null: the contract sets no claim window. */
  deadline: CalendarDate | null
  /** deadline − today; negative once the window has closed; null without a deadline. */
  daysLeft: number | null
  /** How it reads in a list, filled on first use (see claimItem): rows are kept per revision and day. */
  item?: Item
}

type CreditConfig = Pick<Config, 'businessCalendar' | 'TICKLER_TIMEZONE'>

/** The unclaimed credits for one configuration, and what they were computed with. */
export interface ForConfig {
  config: CreditConfig
  rows: readonly UnclaimedCredit[]
}

/** Every record that changes a credit or a claim; each names its contract (vendors: by vendorId). */
export const CREDIT_COLLECTIONS = [
  'contracts',
  'vendors',
  'incidents',
  'slaTargets',
  'downtimes',
  'creditBands',
  'claims',
] as const

/**
 * Kept per day until a record that changes a credit or a claim changes: the sweep asks every
 * minute, and the figures of ended months do not move with the hour. A write that touches a few
 * contracts' records (an incident logged, a claim recorded) computes those contracts again
 * (unclaimed-patch.ts): at 100,000 vendors computing every contract's months takes seconds.
 */
const answers = incrementalCache<Map<string, ForConfig>, Temporal.Instant>(CREDIT_COLLECTIONS, {
  build: () => new Map(),
  update: (previous, changes, view, today, now) => {
    const touched = touchedContracts(CREDIT_COLLECTIONS, changes, view)
    const next = new Map<string, ForConfig>()
    for (const [key, { config, rows }] of previous) {
      const credits = (contract: Contract) => contractCredits(view, config, now, today, contract)
      next.set(key, { config, rows: patchedCredits(rows, touched, view, credits, byUrgency) })
    }
    return next
  },
})

/** The unclaimed credits on `now`'s day, most urgent first (see byUrgency). */
export function unclaimedCredits(
  view: StoreView,
  config: CreditConfig,
  now: Temporal.Instant,
): readonly UnclaimedCredit[] {
  const today = localDate(now, config.TICKLER_TIMEZONE)
  const known = answers(view, today, now)
  const key = `${config.TICKLER_TIMEZONE}|${JSON.stringify(config.businessCalendar)}`
  const hit = known.get(key)
  if (hit) return hit.rows
  const rows: UnclaimedCredit[] = []
  for (const contract of view.all('contracts'))
    rows.push(...contractCredits(view, config, now, today, contract))
  rows.sort(byUrgency)
  if (known.size > 10) known.clear()
  known.set(key, { config, rows })
  return rows
}

/** One contract's unclaimed credits, in month order. */
export function contractCredits(
  view: StoreView,
  config: CreditConfig,
  now: Temporal.Instant,
  today: CalendarDate,
  contract: Contract,
): UnclaimedCredit[] {
  const rows: UnclaimedCredit[] = []
  if (!feeTerms(contract, bandsOfContract(view, contract.id).length > 0)) return rows
  const zone = config.TICKLER_TIMEZONE
  // Grouped once per contract: filtering its incidents again for each month was quadratic.
  const byMonth = incidentsByMonth(view, contract, zone)
  for (const month of monthsWithEvents(view, contract, zone, byMonth)) {
    if (!monthEnded(month, today) || view.get('claims', claimId(contract.id, month))) continue
    const row = creditRow(view, config, now, today, contract, month, byMonth.get(month))
    if (row) rows.push(row)
  }
  return rows
}

/** The contract's unclaimed-or-not credit for the month, or null when it is zero. */
export function creditRow(
  view: StoreView,
  config: CreditConfig,
  now: Temporal.Instant,
  today: CalendarDate,
  contract: Contract,
  month: string,
  started?: readonly Incident[],
): UnclaimedCredit | null {
  const { credit } = contractMonth(view, config, now, contract, month, started)
  if (!credit || credit.minor <= 0n) return null
  const deadline = claimDeadline(contract, month)
  return {
    vendor: view.get('vendors', contract.vendorId),
    contract,
    month,
    working: credit.working,
    minor: credit.minor,
    currency: credit.currency,
    deadline,
    daysLeft: deadline === null ? null : daysBetween(today, deadline),
  }
}

// localeCompare with a locale builds a collator per call, which dominated sorting 16,000 rows.
const names = new Intl.Collator('en')

/** Plain order of ISO dates and months (digits and hyphens in fixed places). */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Closed windows first (longest closed first), then by deadline, then those with none; ties by name. */
export function byUrgency(a: UnclaimedCredit, b: UnclaimedCredit): number {
  return (
    byText(a.deadline ?? '9999-99-99', b.deadline ?? '9999-99-99') ||
    names.compare(a.vendor?.name ?? '', b.vendor?.name ?? '') ||
    names.compare(a.contract.title, b.contract.title) ||
    byText(a.month, b.month)
  )
}
