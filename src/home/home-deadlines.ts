// The Home's renewal deadlines: the renewals rows of the next 90 days (missed notices first), each
// with what was already said about it through the reminder buttons and the buttons still useful:
// Acknowledge and Snooze until someone acknowledges, Decide until someone decides (SPEC §5, §13).
import type { Context } from '../commands/command.ts'
import { renewalItem } from '../contracts/renewal-line.ts'
import { type RenewalRow, renewalsIn } from '../contracts/renewals.ts'
import { type DeadlineStatus, deadlineStatus, indexDeadlineActions } from '../reminders/deadline-status.ts'
import { reminderDeadlines } from '../reminders/deadlines.ts'
import { reminderActions } from '../reminders/renewal-post.ts'
import type { Inline, Item, Section } from '../reply/reply.ts'
import { addDays, type CalendarDate } from '../time/calendar-date.ts'
import { type HomeViewer, ownsContract } from './viewer.ts'

export const DEADLINE_DAYS = 90

/**
 * The deadline the row's buttons act on: the next reminder deadline still ahead (for a missed
 * notice on a contract that does not auto-renew, its end), else the missed notice itself.
 */
function buttonDeadline(row: RenewalRow, today: CalendarDate, context: Context): CalendarDate {
  const ahead = reminderDeadlines(row.contract, today, context.config.businessCalendar).find(
    (d) => d.date >= today,
  )
  return ahead?.date ?? row.notice
}

function statusText(status: DeadlineStatus, today: CalendarDate): Inline[] {
  if (status.decision) {
    const d = status.decision
    return [' · decided: ', { strong: d.decision }, ' by ', { mention: d.by }]
  }
  const parts: Inline[] = []
  if (status.acknowledged) parts.push(' · acknowledged by ', { mention: status.acknowledged.by })
  if (status.snoozedUntil && status.snoozedUntil > today)
    parts.push(` · snoozed until ${status.snoozedUntil}`)
  return parts
}

function deadlineItem(
  row: RenewalRow,
  today: CalendarDate,
  context: Context,
  actions: ReturnType<typeof indexDeadlineActions>,
): Item {
  const deadline = buttonDeadline(row, today, context)
  const status = deadlineStatus(row.contract, deadline, actions)
  const line = renewalItem(row, today).text
  const text: Inline[] = [...(typeof line === 'string' ? [line] : line), ...statusText(status, today)]
  if (status.decision) return { text }
  const buttons = reminderActions(row.contract.id, deadline)
  // Once acknowledged, only a decision is left to record.
  const open = status.acknowledged ? buttons.filter((b) => b.command.startsWith('reminder decide')) : buttons
  return { text, actions: open }
}

export function deadlinesSection(context: Context, viewer: HomeViewer, today: CalendarDate): Section {
  const { missed, rows } = renewalsIn(
    context.store,
    today,
    today,
    addDays(today, DEADLINE_DAYS),
    context.config.businessCalendar,
  )
  const actions = indexDeadlineActions(context.store)
  const mine = [...missed, ...rows].filter((r) => ownsContract(viewer, r.contract, r.vendor))
  return {
    heading: `Renewal deadlines in the next ${DEADLINE_DAYS} days`,
    items: mine.map((r) => deadlineItem(r, today, context, actions)),
    empty: `No notice deadline or contract end in the next ${DEADLINE_DAYS} days, and no missed notice.`,
  }
}
