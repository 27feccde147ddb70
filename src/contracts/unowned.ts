// Unowned vendors and contracts (SPEC §11): an owner that is empty, or that a connected platform
// says is not an active user (deleted or not found). The people directories keep their answers
// for a day; here each distinct owner is asked once per reply.
import type { Context } from '../commands/command.ts'
import { contractOwner } from '../domain/contract-owner.ts'
import { isUnownedBy } from '../domain/people.ts'
import type { Section } from '../reply/reply.ts'
import type { CalendarDate } from '../time/calendar-date.ts'
import { addDays } from '../time/calendar-date.ts'
import { renewalItem } from './renewal-line.ts'
import { renewalsIn } from './renewals.ts'

/** Which of these owner values are unowned. */
export async function unownedAmong(
  owners: Iterable<string>,
  context: Pick<Context, 'people'>,
): Promise<Set<string>> {
  const distinct = [...new Set(owners)]
  const answers = await Promise.all(distinct.map((o) => isUnownedBy(o, context.people ?? [])))
  return new Set(distinct.filter((_, i) => answers[i]))
}

export const UNOWNED_WINDOW_DAYS = 90

/** The weekly digest's list: unowned contracts with a deadline (or a missed notice) in 90 days. */
export async function unownedDeadlinesSection(context: Context, today: CalendarDate): Promise<Section> {
  const { missed, rows } = renewalsIn(
    context.store,
    today,
    today,
    addDays(today, UNOWNED_WINDOW_DAYS),
    context.config.businessCalendar,
  )
  const listed = [...missed, ...rows]
  const unowned = await unownedAmong(
    listed.map((r) => contractOwner(r.contract, r.vendor)),
    context,
  )
  return {
    heading: `Unowned contracts with a deadline in the next ${UNOWNED_WINDOW_DAYS} days`,
    items: listed
      .filter((r) => unowned.has(contractOwner(r.contract, r.vendor)))
      .map((r) => renewalItem(r, today)),
    empty: `Every contract with a deadline in the next ${UNOWNED_WINDOW_DAYS} days has an owner.`,
  }
}
