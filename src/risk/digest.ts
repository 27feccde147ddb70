// The weekly risk tickler (SPEC §5 topic `risk`): checks overdue or due in the next 14 days,
// grouped by the vendor's owner so each owner sees their own list. The reminders engineer posts
// the Reply to subscribed channels; this only builds it.
import type { Temporal } from 'temporal-polyfill'
import type { Context } from '../commands/command.ts'
import { answer, type Reply, type Section } from '../reply/reply.ts'
import { addDays } from '../time/calendar-date.ts'
import { localDate } from '../time/zone.ts'
import { type DueRow, dueChecks, dueItem } from './due-list.ts'
import { ownerInline } from './risk-format.ts'

export const DIGEST_DAYS = 14

export function riskDigest(context: Pick<Context, 'store' | 'config'>, now: Temporal.Instant): Reply {
  const today = localDate(now, context.config.TICKLER_TIMEZONE)
  const until = addDays(today, DIGEST_DAYS)
  const rows = dueChecks(context.store, today, until)
  const title = `Weekly risk tickler, ${today}`
  if (rows.length === 0) {
    return answer({
      title,
      text: [`No risk checks are overdue or due in the next ${DIGEST_DAYS} days.`],
      private: false,
    })
  }
  const byOwner = new Map<string, DueRow[]>()
  for (const row of rows) {
    const list = byOwner.get(row.vendor.owner) ?? []
    list.push(row)
    byOwner.set(row.vendor.owner, list)
  }
  // Owners in name order, checks without an owner last so they stand out.
  const owners = [...byOwner.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
  const sections: Section[] = owners.map((owner) => {
    const list = byOwner.get(owner)!
    const overdue = list.filter((r) => r.status.overdue).length
    return {
      text: [
        [
          owner === '' ? 'No owner' : ownerInline({ owner }),
          `: ${overdue} overdue, ${list.length - overdue} due by ${until}`,
        ],
      ],
      items: list.map((r) => dueItem(r, false)),
    }
  })
  const overdue = rows.filter((r) => r.status.overdue).length
  return answer({
    title,
    text: [`${overdue} overdue, ${rows.length - overdue} due in the next ${DIGEST_DAYS} days (by ${until}).`],
    sections,
    private: false,
  })
}
