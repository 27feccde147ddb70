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
import { flatText } from '../reply/flat-text.ts'
import type { Item } from '../reply/reply.ts'
import { bandsOfContract } from '../sla/by-contract.ts'
import { incidentsByMonth, monthCredit, monthsWithEvents } from '../sla/credit-months.ts'
import { incrementalCache } from '../store/incremental-cache.ts'
import type { StoreView } from '../store/store.ts'
import type { CalendarDate } from '../time/calendar-date.ts'
import { localDate } from '../time/zone.ts'
import { claimDeadline, monthEnded } from './claim-month.ts'
import { closedBy, type Tallies, tallied } from './closed-tally.ts'
import { carriedTo } from './unclaimed-days.ts'
import { patchedCredits, touchedContracts } from './unclaimed-patch.ts'
import { finishedOrAll } from './unclaimed-progress.ts'

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
  /**
   * How it reads in a list on `itemOn`, filled on first use (see claimItem): rows are carried from
   * day to day, and the days left to claim are counted when the row is shown.
   */
  item: Item | undefined
  itemOn: CalendarDate | undefined
}

type CreditConfig = Pick<Config, 'businessCalendar' | 'TICKLER_TIMEZONE'>

/** The unclaimed credits for one configuration on one day, and what they were computed with. */
export interface ForConfig {
  config: CreditConfig
  today: CalendarDate
  /** When `today`'s rows were first computed or carried; patches that day come later. */
  at: Temporal.Instant
  rows: readonly UnclaimedCredit[]
  /** The rows whose claim window closed before `today`, per currency. */
  closed: Tallies
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
 * Kept until a record that changes a credit or a claim changes, and carried to the next day
 * (unclaimed-days.ts): an ended month's credit does not move with the day. A write that touches a
 * few contracts' records (an incident logged, a claim recorded) computes those contracts again
 * (unclaimed-patch.ts): at 100,000 vendors computing every contract's months takes seconds.
 */
const answers = incrementalCache<Map<string, ForConfig>, Temporal.Instant>(CREDIT_COLLECTIONS, {
  build: () => new Map(),
  update: (previous, changes, view, _day, now) => {
    const touched = touchedContracts(CREDIT_COLLECTIONS, changes, view)
    const next = new Map<string, ForConfig>()
    for (const [key, entry] of previous) {
      const today = localDate(now, entry.config.TICKLER_TIMEZONE)
      const current = carriedTo(entry, view, now, today)
      if (current) next.set(key, patchedEntry(current, touched, view, now))
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
  return unclaimedOn(view, config, now).rows
}

/** As unclaimedCredits, with the day they are for and the closed windows' totals. */
export function unclaimedOn(view: StoreView, config: CreditConfig, now: Temporal.Instant): ForConfig {
  return (
    knownUnclaimed(view, config, now) ??
    rememberUnclaimed(view, config, now, finishedOrAll(view, config, now))
  )
}

export const keyOf = (config: CreditConfig) =>
  `${config.TICKLER_TIMEZONE}|${JSON.stringify(config.businessCalendar)}`

/** The rows on `now`'s day if they are kept (an earlier day's carried to it), else undefined. */
export function knownUnclaimed(
  view: StoreView,
  config: CreditConfig,
  now: Temporal.Instant,
): ForConfig | undefined {
  const today = localDate(now, config.TICKLER_TIMEZONE)
  // One value for every day: the rows carry over to the next (unclaimed-days.ts).
  const known = answers(view, '', now)
  const key = keyOf(config)
  const hit = known.get(key)
  const carried = hit && carriedTo(hit, view, now, today)
  if (!carried) return undefined
  if (carried !== hit) known.set(key, carried)
  return carried
}

/** Keeps `rows`, every contract's computed from scratch on `now`'s day in order, for unclaimedOn. */
export function rememberUnclaimed(
  view: StoreView,
  config: CreditConfig,
  now: Temporal.Instant,
  rows: readonly UnclaimedCredit[],
): ForConfig {
  const today = localDate(now, config.TICKLER_TIMEZONE)
  const entry = { config, today, at: now, rows, closed: tallied(new Map(), closedBy(rows, today)) }
  const known = answers(view, '', now)
  if (known.size > 10) known.clear()
  known.set(keyOf(config), entry)
  return entry
}

/** Every contract's unclaimed credits computed from scratch, most urgent first. */
export function allUnclaimed(
  view: StoreView,
  config: CreditConfig,
  now: Temporal.Instant,
): UnclaimedCredit[] {
  const today = localDate(now, config.TICKLER_TIMEZONE)
  const rows: UnclaimedCredit[] = []
  for (const contract of view.all('contracts'))
    rows.push(...contractCredits(view, config, now, today, contract))
  return rows.sort(byUrgency)
}

/**
 * `entry` with the touched contracts' rows made again on its day (with `months`, only those months
 * of each), and its totals moved by them.
 */
export function patchedEntry(
  entry: ForConfig,
  touched: ReadonlySet<string>,
  view: StoreView,
  now: Temporal.Instant,
  months?: ReadonlyMap<string, ReadonlySet<string>>,
): ForConfig {
  if (touched.size === 0) return entry
  const { config, today } = entry
  const credits = (contract: Contract) =>
    contractCredits(view, config, now, today, contract, months?.get(contract.id))
  const { rows, removed, added } = patchedCredits(entry.rows, touched, view, credits, byUrgency, months)
  const closed = tallied(entry.closed, closedBy(added, today), closedBy(removed, today))
  return { ...entry, rows, closed }
}

/** One contract's unclaimed credits (of `only` those months), in month order. */
export function contractCredits(
  view: StoreView,
  config: CreditConfig,
  now: Temporal.Instant,
  today: CalendarDate,
  contract: Contract,
  only?: ReadonlySet<string>,
): UnclaimedCredit[] {
  const rows: UnclaimedCredit[] = []
  if (!feeTerms(contract, bandsOfContract(view, contract.id).length > 0)) return rows
  const zone = config.TICKLER_TIMEZONE
  // Grouped once per contract: filtering its incidents again for each month was quadratic.
  const byMonth = incidentsByMonth(view, contract, zone)
  for (const month of monthsWithEvents(view, contract, zone, byMonth)) {
    if (only && !only.has(month)) continue
    if (!monthEnded(month, today) || view.get('claims', claimId(contract.id, month))) continue
    const row = creditRow(view, config, now, contract, month, byMonth.get(month))
    if (row) rows.push(row)
  }
  return rows
}

/** The contract's unclaimed-or-not credit for the month, or null when it is zero. */
export function creditRow(
  view: StoreView,
  config: CreditConfig,
  now: Temporal.Instant,
  contract: Contract,
  month: string,
  started?: readonly Incident[],
): UnclaimedCredit | null {
  const credit = monthCredit(view, config, now, contract, month, started)
  if (!credit || credit.minor <= 0n) return null
  const deadline = claimDeadline(contract, month)
  return {
    vendor: view.get('vendors', contract.vendorId),
    contract,
    month,
    working: flatText(credit.working),
    minor: credit.minor,
    currency: credit.currency,
    deadline,
    // Present from the start, so the row keeps one shape when claimItem fills them.
    item: undefined,
    itemOn: undefined,
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
