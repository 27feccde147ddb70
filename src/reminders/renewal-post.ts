// The channel post for one stage of one contract deadline: what is due, how soon, what it is worth,
// who owns it, and buttons that run hidden `reminder …` commands through the normal dispatcher.

import type { Contract } from '../domain/contract.ts'
import { contractOwner } from '../domain/contract-owner.ts'
import { formatDecimal } from '../domain/money.ts'
import type { Vendor } from '../domain/vendor.ts'
import { formatDateWithWeekday, formatDays, yesNo } from '../reply/format.ts'
import type { Action, Reply } from '../reply/reply.ts'
import { type EvidenceLapse, lapseText } from '../risk/evidence-lapsed.ts'
import { type CalendarDate, daysBetween } from '../time/calendar-date.ts'
import type { ReminderDeadline } from './deadlines.ts'

export function deadlineLabel(deadline: ReminderDeadline): string {
  return `${deadline.kind === 'notice' ? 'notice deadline' : 'end date'} ${formatDateWithWeekday(deadline.date)}`
}

function meaning(contract: Contract, deadline: ReminderDeadline): string {
  if (deadline.kind === 'end') return 'The contract ends on this day unless it is renewed or extended.'
  if (contract.autoRenew) {
    const months = contract.renewalTermMonths
    return `Last day to cancel or renegotiate before it renews for another ${months} month${months === 1 ? '' : 's'}.`
  }
  return `Last day to renegotiate or extend before it ends on ${deadline.end}.`
}

export function reminderActions(contractId: string, deadline: CalendarDate): Action[] {
  const target = `${contractId} ${deadline}`
  return [
    { label: 'Acknowledge', command: `reminder ack ${target}`, style: 'primary' },
    { label: 'Snooze 7 days', command: `reminder snooze ${target}` },
    { label: 'Decide: Renew', command: `reminder decide ${target} renew` },
    { label: 'Decide: Renegotiate', command: `reminder decide ${target} renegotiate` },
    { label: 'Decide: Cancel', command: `reminder decide ${target} cancel`, style: 'danger' },
  ]
}

export function renewalReply(
  contract: Contract,
  vendor: Vendor | undefined,
  deadline: ReminderDeadline,
  today: CalendarDate,
  lapse?: EvidenceLapse,
): Reply {
  const vendorName = vendor?.name ?? '(unknown vendor)'
  const owner = contractOwner(contract, vendor)
  return {
    status: 'ok',
    private: false,
    title: `Renewal reminder: ${vendorName} ${contract.title}`,
    text: [meaning(contract, deadline)],
    fields: [
      { label: 'Vendor', value: vendorName },
      { label: 'Contract', value: contract.title },
      { label: 'Deadline', value: deadlineLabel(deadline) },
      { label: 'Days left', value: formatDays(daysBetween(today, deadline.date)) },
      { label: 'Auto-renew', value: yesNo(contract.autoRenew) },
      { label: 'Annual value', value: formatDecimal(contract.annualValue, contract.currency) },
      { label: 'Owner', value: owner ? [{ mention: owner }] : 'nobody' },
      ...(lapse ? [{ label: 'Evidence', value: `lapsed: ${lapseText(lapse)}` }] : []),
    ],
    actions: reminderActions(contract.id, deadline.date),
  }
}

/** One line for logs and `tickler remind`: vendor, contract, deadline, days left, stage. */
export function renewalSummary(
  contract: Contract,
  vendor: Vendor | undefined,
  deadline: ReminderDeadline,
  stage: number,
  today: CalendarDate,
): string {
  const days = formatDays(daysBetween(today, deadline.date))
  return `${vendor?.name ?? '(unknown vendor)'} ${contract.title}: ${deadlineLabel(deadline)}, ${days} (stage ${stage})`
}
