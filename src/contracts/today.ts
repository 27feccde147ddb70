// "Today" is the organisation's calendar date at the clock's instant (SPEC §3), never the machine's.
import type { Context } from '../commands/command.ts'
import type { CalendarDate } from '../time/calendar-date.ts'
import { localDate } from '../time/zone.ts'

export function todayOf(context: Pick<Context, 'clock' | 'config'>): CalendarDate {
  return localDate(context.clock.now(), context.config.TICKLER_TIMEZONE)
}
