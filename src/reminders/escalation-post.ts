// The escalation post: which stage nobody acted on, since when, who owns it, and the same buttons
// as the reminder, so whoever reads the escalation channel can act on the spot.
import { Temporal } from 'temporal-polyfill'
import type { Contract } from '../domain/contract.ts'
import { contractOwner } from '../domain/contract-owner.ts'
import { formatDecimal } from '../domain/money.ts'
import type { Vendor } from '../domain/vendor.ts'
import { formatDays } from '../reply/format.ts'
import type { Field, Reply } from '../reply/reply.ts'
import { evidenceLapses, lapseText } from '../risk/evidence-lapsed.ts'
import type { StoreView } from '../store/store.ts'
import { type CalendarDate, daysBetween } from '../time/calendar-date.ts'
import { localDateTime } from '../time/zone.ts'
import type { ReminderDeadline } from './deadlines.ts'
import { deadlineLabel, reminderActions } from './renewal-post.ts'

export function escalationReply(
  view: StoreView,
  contract: Contract,
  vendor: Vendor | undefined,
  deadline: ReminderDeadline,
  stage: number,
  firstPostedMs: number,
  today: CalendarDate,
  zone: string,
): Reply {
  const vendorName = vendor?.name ?? '(unknown vendor)'
  const owner = contractOwner(contract, vendor)
  const posted = localDateTime(Temporal.Instant.fromEpochMilliseconds(firstPostedMs), zone)
  const lapse = evidenceLapses(view, today).get(contract.vendorId)
  const fields: Field[] = [
    { label: 'Owner', value: owner ? [{ mention: owner }] : 'nobody (unowned)' },
    { label: 'Vendor', value: vendorName },
    { label: 'Contract', value: contract.title },
    { label: 'Deadline', value: deadlineLabel(deadline) },
    { label: 'Days left', value: formatDays(daysBetween(today, deadline.date)) },
    { label: 'Stage', value: `${stage}-day reminder, first posted ${posted}` },
    { label: 'Annual value', value: formatDecimal(contract.annualValue, contract.currency) },
  ]
  if (lapse) fields.push({ label: 'Evidence', value: `lapsed: ${lapseText(lapse)}` })
  return {
    status: 'ok',
    private: false,
    title: `Escalation: nobody has acted on ${vendorName} ${contract.title}`,
    text: [`The ${stage}-day reminder was posted ${posted} and nobody has acknowledged it or decided since.`],
    fields,
    actions: reminderActions(contract.id, deadline.date),
  }
}
