// The risk part of a vendor card (`vendor <name>`): each check with when it was last done and
// when it is next due, soonest first.

import type { Context } from '../commands/command.ts'
import { checkName } from '../domain/check-kind.ts'
import { cadenceOf, checkStatus } from '../domain/due-date.ts'
import type { Vendor } from '../domain/vendor.ts'
import type { Item, Section } from '../reply/reply.ts'
import { localDate } from '../time/zone.ts'
import { dueText, lastDoneText } from './risk-format.ts'
import { checksOfVendor } from './vendor-checks.ts'

export function riskStatusSection(
  vendor: Vendor,
  context: Pick<Context, 'store' | 'clock' | 'config'>,
): Section {
  const today = localDate(context.clock.now(), context.config.TICKLER_TIMEZONE)
  const rows = checksOfVendor(context.store, vendor.id)
    .map((check) => ({ check, status: checkStatus(check, vendor, today) }))
    .sort((a, b) => a.status.daysLeft - b.status.daysLeft || a.check.kind.localeCompare(b.check.kind))
  const items: Item[] = rows.map(({ check, status }) => ({
    text: `${vendor.name} ${checkName(check.kind)}: ${lastDoneText(check.lastDone)}, next ${dueText(status)} (every ${cadenceOf(check, vendor)} days)`,
  }))
  return { heading: 'Risk checks', items, empty: `${vendor.name} has no risk checks.` }
}
