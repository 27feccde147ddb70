// What `subscribe renewals` summarises: deadlines whose stages already fell due. Those stages are
// not posted in this channel later (they fell due before it subscribed); the next stage is.
import type { Context } from '../commands/command.ts'
import { formatDecimal } from '../domain/money.ts'
import { nextStage, normaliseStages, stageDay } from '../domain/reminder-stages.ts'
import { type Filters, passesFilters } from '../reminders/filters.ts'
import { dueDeadlines } from '../reminders/renewal-plan.ts'
import { deadlineLabel } from '../reminders/renewal-post.ts'
import { formatDays, yesNo } from '../reply/format.ts'
import type { Section } from '../reply/reply.ts'
import { daysBetween } from '../time/calendar-date.ts'
import { localDate } from '../time/zone.ts'

/** A channel reply, not a report: the rest are one `renewals` away. */
export const CLOSE_LIST_LIMIT = 25

export function closeDeadlinesSection(context: Context, filters: Filters): Section {
  const { store, config } = context
  const today = localDate(context.clock.now(), config.TICKLER_TIMEZONE)
  const stages = normaliseStages(config.REMINDER_STAGES)
  const close = dueDeadlines(store, config, today).filter((d) => passesFilters(filters, d.contract, d.vendor))
  const items = close.slice(0, CLOSE_LIST_LIMIT).map((d) => {
    const next = nextStage(stages, d.stage)
    const nextText =
      next === null
        ? 'no further reminder'
        : `next reminder ${stageDay(d.deadline.date, next)} (${next} days before)`
    const value = formatDecimal(d.contract.annualValue, d.contract.currency)
    return {
      text: `${d.vendor?.name ?? '(unknown vendor)'} ${d.contract.title}: ${deadlineLabel(d.deadline)}, ${formatDays(daysBetween(today, d.deadline.date))}, auto-renew ${yesNo(d.contract.autoRenew)}, ${value}; ${nextText}`,
    }
  })
  const more = close.length - items.length
  const window = Math.max(...stages)
  return {
    heading: 'Already close (their earlier reminders are not posted here)',
    items,
    ...(more > 0 ? { text: [`…and ${more} more; see renewals ${window} days.`] } : {}),
    empty: `No deadline is within ${window} days.`,
  }
}
