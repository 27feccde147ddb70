// The Home's risk checks: overdue or due in the next 30 days on the viewer's vendors, as `risk due`
// lists them, each with a Done button that records it done today through `risk done`.
import type { Context } from '../commands/command.ts'
import { quote } from '../parse/tokens.ts'
import type { Item, Section } from '../reply/reply.ts'
import { type DueRow, dueChecks, dueItem } from '../risk/due-list.ts'
import { addDays, type CalendarDate } from '../time/calendar-date.ts'
import { type HomeViewer, ownsVendor } from './viewer.ts'

export const CHECK_DAYS = 30

function checkItem(row: DueRow, viewer: HomeViewer): Item {
  // A user's own checks need no owner named; an admin's list spans every owner.
  const { text } = dueItem(row, viewer.admin)
  return {
    text,
    actions: [
      {
        label: 'Done',
        command: `risk done ${quote(row.vendor.name)} ${row.check.kind}`,
        style: 'primary',
      },
    ],
  }
}

export function checksSection(context: Context, viewer: HomeViewer, today: CalendarDate): Section {
  const rows = dueChecks(context.store, today, addDays(today, CHECK_DAYS)).filter((r) =>
    ownsVendor(viewer, r.vendor),
  )
  return {
    heading: `Risk checks overdue or due in the next ${CHECK_DAYS} days`,
    items: rows.map((r) => checkItem(r, viewer)),
    empty: `No risk check is overdue or due in the next ${CHECK_DAYS} days.`,
  }
}
