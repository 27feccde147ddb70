// `risk due [window]`: overdue checks (most overdue first) and then those due in the window
// (default the next 30 days), by due date, one line per check.
import type { Command, Context } from '../commands/command.ts'
import { UserError } from '../errors/errors.ts'
import { parseWindow } from '../parse/window.ts'
import { answer, type Item, type Reply, type Section } from '../reply/reply.ts'
import { addDays } from '../time/calendar-date.ts'
import { type DueRow, dueChecks, dueItem } from './due-list.ts'
import { todayOf } from './vendor-checks.ts'

const FORM = 'risk due [window]'
const DEFAULT_DAYS = 30

export const riskDue: Command = {
  name: 'risk due',
  usage: FORM,
  summary: 'Risk checks overdue and due soon (default: overdue plus the next 30 days)',
  examples: ['risk due', 'risk due 60 days', 'risk due this month', 'risk due overdue'],
  writes: false,
  phrasings: ['which risk checks are due', 'what checks are overdue', 'overdue soc2 reports'],
  handler(request, context) {
    const today = todayOf(context)
    // `risk due overdue`: only what is already late.
    if (/^(?:only\s+)?overdue(?:\s+only)?$/i.test(request.args)) return overdueOnly(context, today)
    const window = request.args
      ? parseWindow(request.args, today)
      : { from: today, to: addDays(today, DEFAULT_DAYS), label: `next ${DEFAULT_DAYS} days` }
    if (!window) {
      throw new UserError(
        `I could not read "${request.args}" as a window of days.`,
        FORM,
        'risk due 60 days (also: this week, this month, next quarter, by 2027-06-30)',
      )
    }
    // "due in the next 30 days", "due this month", "due before 2027-03-31"
    const due = /^next \d+ days?$/.test(window.label) ? `due in the ${window.label}` : `due ${window.label}`
    const { overdue, soon } = split(dueChecks(context.store, today, window.to), window.from)
    const sections: Section[] = []
    if (overdue.length > 0) sections.push({ heading: 'Overdue', items: overdue })
    if (soon.length > 0) sections.push({ heading: 'Due soon', items: soon })
    const title = `Risk checks: overdue and ${due}`
    if (sections.length === 0) {
      return answer({ title, text: [`No risk checks are overdue or ${due}.`] })
    }
    return answer({
      title,
      text: [`${overdue.length} overdue, ${soon.length} ${due} (${window.from} to ${window.to}).`],
      sections,
    })
  },
}

// The overdue and due-soon items per list of rows and window start: dueChecks gives the same rows
// until a check or vendor or the day changes, and at 100,000 vendors splitting and listing their
// tens of thousands of items was most of each request. Shared between replies: never mutated.
const splits = new WeakMap<readonly DueRow[], { from: string; overdue: Item[]; soon: Item[] }>()

function split(rows: readonly DueRow[], from: string): { overdue: Item[]; soon: Item[] } {
  const kept = splits.get(rows)
  if (kept?.from === from) return kept
  const overdue = rows.filter((r) => r.status.overdue).map((r) => dueItem(r))
  const soon = rows.filter((r) => !r.status.overdue && r.status.due >= from).map((r) => dueItem(r))
  splits.set(rows, { from, overdue, soon })
  return { overdue, soon }
}

function overdueOnly(context: Context, today: string): Reply {
  const { overdue } = split(dueChecks(context.store, today, addDays(today, -1)), today)
  const title = 'Risk checks: overdue'
  if (overdue.length === 0) return answer({ title, text: ['No risk checks are overdue.'] })
  return answer({
    title,
    text: [`${overdue.length} overdue.`],
    sections: [{ heading: 'Overdue', items: overdue }],
  })
}
