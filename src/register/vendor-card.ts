// The vendor card (`vendor <name>`): who the vendor is, who owns it, its contracts with their
// deadlines, and its risk status from the risk feature.
import type { Context } from '../commands/command.ts'
import { contractsOfVendor } from '../contracts/contracts-by-vendor.ts'
import { flaggedItem } from '../contracts/renewal-flags.ts'
import { todayOf } from '../contracts/today.ts'
import type { Contract } from '../domain/contract.ts'
import { contractOwner } from '../domain/contract-owner.ts'
import { currentTerm, isActive, isEnded } from '../domain/current-term.ts'
import { formatDecimal } from '../domain/money.ts'
import { nextDeadline, noticeDeadline, noticeMissed } from '../domain/notice-deadline.ts'
import type { WorkingDays } from '../domain/notice-period.ts'
import type { Vendor } from '../domain/vendor.ts'
import { quote } from '../parse/tokens.ts'
import { formatDays, userInline, yesNo } from '../reply/format.ts'
import type { Action, Field, Inline, Item, Reply, Section } from '../reply/reply.ts'
import { evidenceLapses, lapseText } from '../risk/evidence-lapsed.ts'
import { riskStatusSection } from '../risk/vendor-risk-section.ts'
import { type CalendarDate, daysBetween } from '../time/calendar-date.ts'

export function vendorCard(
  vendor: Vendor,
  context: Context,
  note?: string,
  unowned: ReadonlySet<string> = new Set(),
): Reply {
  const today = todayOf(context)
  const calendar = context.config.businessCalendar
  const fields: Field[] = [
    { label: 'Tier', value: vendor.tier },
    { label: 'Category', value: vendor.category || '—' },
    { label: 'Owner', value: ownerText(vendor.owner, unowned) },
    { label: 'Contact', value: vendor.contactEmail || '—' },
  ]
  const lapse = evidenceLapses(context.store, today).get(vendor.id)
  if (lapse) fields.push({ label: 'Evidence', value: `lapsed: ${lapseText(lapse)}` })
  if (vendor.aliases.length > 0) fields.push({ label: 'Aliases', value: vendor.aliases.join(', ') })
  if (vendor.notes) fields.push({ label: 'Notes', value: vendor.notes })

  const contracts = contractsOfVendor(context.store, vendor.id)
  const sections: Section[] = [
    {
      heading: 'Contracts',
      items: sortForCard(contracts, today, calendar).map((c) =>
        flaggedItem(contractItem(vendor, c, today, calendar), {
          unowned: !isEnded(c, today) && unowned.has(contractOwner(c, vendor)),
        }),
      ),
      empty: `${vendor.name} has no contracts.`,
    },
    riskStatusSection(vendor, context),
  ]
  const names = new Set(context.commands.map((c) => c.name))
  const actions: Action[] = [
    { label: 'Risk checks', command: `risk list ${quote(vendor.name)}` },
    { label: 'History', command: `history ${quote(vendor.name)}` },
  ].filter((a) => names.has(a.command.split(' "')[0]!))
  return {
    status: 'ok',
    title: vendor.name,
    ...(note ? { text: [note] } : {}),
    fields,
    sections,
    ...(actions.length > 0 ? { actions } : {}),
  }
}

/** "U0NORTH", or "no owner (unowned)", or "U0LEFT (unowned: not an active user)". */
function ownerText(owner: string, unowned: ReadonlySet<string>): Inline[] {
  if (owner === '') return ['no owner (unowned)']
  return unowned.has(owner) ? [userInline(owner), ' (unowned: not an active user)'] : [userInline(owner)]
}

/**
 * Missed notices first (as in `renewals`), then active contracts by next deadline, then those not
 * started yet, then ended ones, latest first.
 */
function sortForCard(contracts: readonly Contract[], today: CalendarDate, calendar: WorkingDays): Contract[] {
  const rank = (c: Contract) =>
    noticeMissed(c, today, calendar) ? 0 : isActive(c, today) ? 1 : isEnded(c, today) ? 3 : 2
  const key = (c: Contract) => {
    const r = rank(c)
    if (r === 0) return noticeDeadline(c, today, calendar)
    if (r === 1) return nextDeadline(c, today, calendar).date
    if (r === 2) return c.startDate
    return invert(c.endedOn ?? c.endDate)
  }
  return [...contracts].sort((a, b) => rank(a) - rank(b) || cmp(key(a), key(b)) || cmp(a.title, b.title))
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** A string that sorts dates latest first. */
function invert(date: string): string {
  return date.replace(/\d/g, (d) => String(9 - Number(d)))
}

function contractItem(vendor: Vendor, c: Contract, today: CalendarDate, calendar: WorkingDays): Item {
  const head = `${vendor.name} — ${c.title} (${c.kind})`
  const value = `${formatDecimal(c.annualValue, c.currency)} a year`
  if (isEnded(c, today)) return { text: `${head}: ended ${c.endedOn ?? c.endDate} · ${value}` }
  const text: Inline[] = []
  const end = currentTerm(c, today).end
  const notice = noticeDeadline(c, today, calendar)
  if (!isActive(c, today)) {
    text.push(`${head}: starts ${c.startDate}, end ${end}, notice deadline ${notice}`)
  } else if (noticeMissed(c, today, calendar)) {
    text.push(
      `${head}: end ${end}, ${formatDays(daysBetween(today, end))} · notice missed ${formatDays(daysBetween(today, notice))} (${notice})`,
    )
  } else {
    text.push(`${head}: end ${end} · notice deadline ${notice}, ${formatDays(daysBetween(today, notice))}`)
  }
  text.push(` · auto-renew ${yesNo(c.autoRenew)} · ${value}`)
  const owner = contractOwner(c, vendor)
  if (owner !== vendor.owner) text.push(' · owner ', userInline(owner))
  return { text }
}
