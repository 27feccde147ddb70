// Which contract-months `sla report` shows under "Service credit": every month of the period in
// which a contract of the vendor had a breach, an outage, or credit bands while it ran.
import type { Temporal } from 'temporal-polyfill'
import type { Config } from '../config/config.ts'
import { contractsOfVendor } from '../contracts/contracts-by-vendor.ts'
import type { Contract } from '../domain/contract.ts'
import type { Vendor } from '../domain/vendor.ts'
import type { StoreView } from '../store/store.ts'
import { bandsOfContract } from './by-contract.ts'
import { type ContractMonth, contractMonth, monthsBetween } from './credit-months.ts'

/** Whether the contract ran on some day of the month (by its dates, or until it was ended). */
function ranIn(contract: Contract, month: string): boolean {
  const last =
    contract.status === 'ended' && contract.endedOn
      ? contract.endedOn
      : contract.autoRenew
        ? null
        : contract.endDate
  return contract.startDate.slice(0, 7) <= month && (last === null || last.slice(0, 7) >= month)
}

export function reportMonths(
  view: StoreView,
  config: Pick<Config, 'businessCalendar' | 'TICKLER_TIMEZONE'>,
  now: Temporal.Instant,
  vendor: Vendor,
  period: { from: string; to: string },
): ContractMonth[] {
  const months = monthsBetween(period.from, period.to)
  const rows: ContractMonth[] = []
  for (const contract of contractsOfVendor(view, vendor.id)) {
    const hasBands = bandsOfContract(view, contract.id).length > 0
    for (const month of months) {
      const row = contractMonth(view, config, now, contract, month)
      const shown =
        row.breaches > 0 ||
        (row.availability !== null && (row.availability.downMs > 0 || (hasBands && ranIn(contract, month))))
      if (shown) rows.push(row)
    }
  }
  return rows.sort(
    (a, b) => a.month.localeCompare(b.month) || a.contract.title.localeCompare(b.contract.title),
  )
}
