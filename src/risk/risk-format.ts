// How a risk check reads in a reply line. The SPEC §4.4 day-count words ("12 days", "1 day",
// "0 days (today)", "16 days ago") with "left"/"overdue" so a line reads on its own.
import type { CheckStatus } from '../domain/due-date.ts'
import type { Vendor } from '../domain/vendor.ts'
import { formatDays } from '../reply/format.ts'
import type { Inline } from '../reply/reply.ts'

/** "12 days left", "1 day left", "0 days (today)", "16 days ago (overdue)". */
export function dueCountdown(daysLeft: number): string {
  if (daysLeft > 0) return `${formatDays(daysLeft)} left`
  if (daysLeft < 0) return `${formatDays(daysLeft)} (overdue)`
  return formatDays(0)
}

/** "never done" or "last done 2026-10-01". */
export function lastDoneText(lastDone: string | null): string {
  return lastDone === null ? 'never done' : `last done ${lastDone}`
}

/** "due 2026-12-30, 35 days left" */
export function dueText(status: CheckStatus): string {
  return `due ${status.due}, ${dueCountdown(status.daysLeft)}`
}

/** The owner as a mention (a platform id) or plain text (an email, or nobody). */
export function ownerInline(vendor: Pick<Vendor, 'owner'>): Inline {
  if (vendor.owner === '') return 'no owner'
  if (vendor.owner.includes('@')) return vendor.owner
  return { mention: vendor.owner }
}
