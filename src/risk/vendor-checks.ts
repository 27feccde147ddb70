// Finding a vendor's checks by kind, with the rejection every risk write shares: an unknown check
// names the vendor's actual checks so the user can retype it.
import type { Context } from '../commands/command.ts'
import type { RiskCheck } from '../domain/risk-check.ts'
import type { Vendor } from '../domain/vendor.ts'
import { UserError } from '../errors/errors.ts'
import { quote } from '../parse/tokens.ts'
import { groupIndex } from '../store/group-index.ts'
import type { StoreView } from '../store/store.ts'
import { localDate } from '../time/zone.ts'

/** Today in TICKLER_TIMEZONE. */
export function todayOf(context: Pick<Context, 'clock' | 'config'>): string {
  return localDate(context.clock.now(), context.config.TICKLER_TIMEZONE)
}

// Grouped once per change of the checks: a filter over all of them was most of a vendor card.
const byVendor = groupIndex('riskChecks', 'vendorId')

/** The vendor's checks in register order; shared, never to be changed. */
export function checksOfVendor(view: StoreView, vendorId: string): readonly RiskCheck[] {
  return byVendor(view, vendorId)
}

/** The vendor's checks by kind, a new array. */
export function checksOf(view: StoreView, vendorId: string): RiskCheck[] {
  return [...byVendor(view, vendorId)].sort((a, b) => a.kind.localeCompare(b.kind))
}

/** "soc2, questionnaire and insurance" */
export function kindList(checks: readonly RiskCheck[]): string {
  const kinds = checks.map((c) => c.kind)
  if (kinds.length <= 1) return kinds.join('')
  return `${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1)}`
}

/** The vendor's check of that kind, or a UserError listing the checks it does have. */
export function requireCheck(
  view: StoreView,
  vendor: Vendor,
  kind: string,
  form: string,
  command: string,
): RiskCheck {
  const checks = checksOf(view, vendor.id)
  const found = checks.find((c) => c.kind === kind)
  if (found) return found
  if (checks.length === 0) {
    throw new UserError(
      `${vendor.name} has no risk checks, so there is no ${kind} check. Add one first.`,
      'risk add <vendor> <check> [every <n> days]',
      `risk add ${quote(vendor.name)} ${kind}`,
    )
  }
  throw new UserError(
    `${vendor.name} has no ${kind} check. Its checks are ${kindList(checks)}.`,
    form,
    `${command} ${quote(vendor.name)} ${checks[0]!.kind}`,
  )
}
