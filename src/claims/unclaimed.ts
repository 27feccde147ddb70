// Unclaimed service credits (SPEC §12): every ended month in which a contract earned a credit above
// zero and nobody has recorded its claim, with the claim deadline. `sla claims`, the agenda, the
// claim reminders and `sla claim` read this one list.
import type { Temporal } from 'temporal-polyfill'
import type { Config } from '../config/config.ts'
import { claimId } from '../domain/claim.ts'
import { feeTerms } from '../domain/combined-credit.ts'
import type { Contract } from '../domain/contract.ts'
import type { Vendor } from '../domain/vendor.ts'
import { bandsOfContract } from '../sla/by-contract.ts'
import { type ContractMonth, contractMonth, monthsWithEvents } from '../sla/credit-months.ts'
import { revisionCache } from '../store/revision-cache.ts'
import type { StoreView } from '../store/store.ts'
import { type CalendarDate, daysBetween } from '../time/calendar-date.ts'
import { localDate } from '../time/zone.ts'
import { claimDeadline, monthEnded } from './claim-month.ts'

export interface UnclaimedCredit {
  vendor: Vendor | undefined
  contract: Contract
  month: string
  figures: ContractMonth
  /** The credit owed, in minor units of `currency`; always above zero. */
  minor: bigint
  currency: string
  /** Null: the contract sets no claim window. */
  deadline: CalendarDate | null
  /** deadline − today; negative once the window has closed; null without a deadline. */
  daysLeft: number | null
}

type CreditConfig = Pick<Config, 'businessCalendar' | 'TICKLER_TIMEZONE'>

/**
 * Kept per day until a record that changes a credit or a claim changes: the sweep asks every
 * minute, and the figures of ended months do not move with the hour.
 */
const answers = revisionCache(
  ['contracts', 'vendors', 'incidents', 'slaTargets', 'downtimes', 'creditBands', 'claims'],
  () => new Map<string, readonly UnclaimedCredit[]>(),
)

export function unclaimedCredits(
  view: StoreView,
  config: CreditConfig,
  now: Temporal.Instant,
): readonly UnclaimedCredit[] {
  const today = localDate(now, config.TICKLER_TIMEZONE)
  const known = answers(view, today)
  const key = `${config.TICKLER_TIMEZONE}|${JSON.stringify(config.businessCalendar)}`
  const hit = known.get(key)
  if (hit) return hit
  const rows = computeUnclaimed(view, config, now, today)
  if (known.size > 10) known.clear()
  known.set(key, rows)
  return rows
}

function computeUnclaimed(
  view: StoreView,
  config: CreditConfig,
  now: Temporal.Instant,
  today: CalendarDate,
): UnclaimedCredit[] {
  const rows: UnclaimedCredit[] = []
  for (const contract of view.all('contracts')) {
    if (!feeTerms(contract, bandsOfContract(view, contract.id).length > 0)) continue
    for (const month of monthsWithEvents(view, contract, config.TICKLER_TIMEZONE)) {
      if (!monthEnded(month, today) || view.get('claims', claimId(contract.id, month))) continue
      const row = creditRow(view, config, now, today, contract, month)
      if (row) rows.push(row)
    }
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
): UnclaimedCredit | null {
  const figures = contractMonth(view, config, now, contract, month)
  if (!figures.credit || figures.credit.minor <= 0n) return null
  const deadline = claimDeadline(contract, month)
  return {
    vendor: view.get('vendors', contract.vendorId),
    contract,
    month,
    figures,
    minor: figures.credit.minor,
    currency: figures.credit.currency,
    deadline,
    daysLeft: deadline === null ? null : daysBetween(today, deadline),
  }
}

/** Closed windows first (longest closed first), then by deadline, then those with none; ties by name. */
export function byUrgency(a: UnclaimedCredit, b: UnclaimedCredit): number {
  const rank = (r: UnclaimedCredit) => (r.deadline === null ? '9999-99-99' : r.deadline)
  return (
    rank(a).localeCompare(rank(b)) ||
    (a.vendor?.name ?? '').localeCompare(b.vendor?.name ?? '', 'en') ||
    a.contract.title.localeCompare(b.contract.title, 'en') ||
    a.month.localeCompare(b.month)
  )
}
