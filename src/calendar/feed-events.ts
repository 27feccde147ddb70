// What the calendar feed holds (SPEC §11): one all-day event per notice deadline and per term end
// of each contract's current term within the next 400 days (one event when they fall on the same
// day), and one per risk check due in that time, each with a UID that stays the same from one
// fetch to the next as long as the date does.

import { checkName } from '../domain/check-kind.ts'
import type { Contract } from '../domain/contract.ts'
import { contractOwner } from '../domain/contract-owner.ts'
import { currentTerm, isEnded } from '../domain/current-term.ts'
import { nextDue } from '../domain/due-date.ts'
import { formatDecimal } from '../domain/money.ts'
import { noticeDeadline } from '../domain/notice-deadline.ts'
import type { WorkingDays } from '../domain/notice-period.ts'
import type { Vendor } from '../domain/vendor.ts'
import { yesNo } from '../reply/format.ts'
import type { StoreView } from '../store/store.ts'
import { addDays, type CalendarDate } from '../time/calendar-date.ts'

export const FEED_DAYS = 400

export interface FeedEvent {
  uid: string
  date: CalendarDate
  summary: string
  description: string
}

/** Whose events: a user's own contracts and vendors' checks, or everything (admins, export). */
export type FeedScope = { all: true } | { all: false; user: string }

function contractEvents(
  contract: Contract,
  vendor: Vendor | undefined,
  today: CalendarDate,
  last: CalendarDate,
  calendar: WorkingDays,
): FeedEvent[] {
  if (isEnded(contract, today)) return []
  const end = currentTerm(contract, today).end
  const notice = noticeDeadline(contract, today, calendar)
  const vendorName = vendor?.name ?? '(unknown vendor)'
  const name = `${vendorName} — ${contract.title}`
  const owner = contractOwner(contract, vendor)
  const description = [
    `Vendor: ${vendorName}`,
    `Contract: ${contract.title} (${contract.kind})`,
    `Annual value: ${formatDecimal(contract.annualValue, contract.currency)}`,
    `Auto-renew: ${yesNo(contract.autoRenew)}`,
    `Term end: ${end}`,
    `Notice deadline: ${notice}`,
    `Owner: ${owner || 'nobody'}`,
  ].join('\n')
  const within = (date: CalendarDate) => date >= today && date <= last
  const events: FeedEvent[] = []
  if (notice === end) {
    if (within(end)) {
      events.push({
        uid: `notice-end-${contract.id}-${end}@tickler`,
        date: end,
        summary: `Notice deadline and term end: ${name}`,
        description,
      })
    }
    return events
  }
  if (within(notice)) {
    events.push({
      uid: `notice-${contract.id}-${notice}@tickler`,
      date: notice,
      summary: `Notice deadline: ${name}`,
      description,
    })
  }
  if (within(end)) {
    events.push({
      uid: `end-${contract.id}-${end}@tickler`,
      date: end,
      summary: `Term ends: ${name}`,
      description,
    })
  }
  return events
}

export function feedEvents(
  view: StoreView,
  today: CalendarDate,
  calendar: WorkingDays,
  scope: FeedScope,
): FeedEvent[] {
  const last = addDays(today, FEED_DAYS)
  const events: FeedEvent[] = []
  for (const contract of view.all('contracts')) {
    const vendor = view.get('vendors', contract.vendorId)
    if (!scope.all && contractOwner(contract, vendor) !== scope.user) continue
    events.push(...contractEvents(contract, vendor, today, last, calendar))
  }
  for (const check of view.all('riskChecks')) {
    const vendor = view.get('vendors', check.vendorId)
    if (!vendor || (!scope.all && vendor.owner !== scope.user)) continue
    const due = nextDue(check, vendor)
    if (due < today || due > last) continue
    const contracts = view.all('contracts').filter((c) => c.vendorId === vendor.id && !isEnded(c, today))
    events.push({
      uid: `check-${check.id}-${due}@tickler`,
      date: due,
      summary: `${checkName(check.kind)} due: ${vendor.name}`,
      description: [
        `Vendor: ${vendor.name} (tier ${vendor.tier})`,
        `Check: ${checkName(check.kind)}`,
        `Last done: ${check.lastDone ?? 'never'}`,
        ...contracts.map((c) => `Contract: ${c.title}, ${formatDecimal(c.annualValue, c.currency)} a year`),
      ].join('\n'),
    })
  }
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.uid < b.uid ? -1 : 1))
}
