// The feed as iCalendar (RFC 5545) through ical-generator: all-day events, DTSTAMP from the clock.
import ical from 'ical-generator'
import type { Temporal } from 'temporal-polyfill'
import { addDays, type CalendarDate } from '../time/calendar-date.ts'
import type { FeedEvent } from './feed-events.ts'

/** Midnight UTC of a date: ical-generator writes an all-day date from its UTC fields. */
function dateValue(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00Z`)
}

export function renderIcs(events: readonly FeedEvent[], name: string, now: Temporal.Instant): string {
  const stamp = new Date(now.epochMilliseconds)
  const calendar = ical({ name, prodId: { company: 'tickler', product: 'tickler', language: 'EN' } })
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      start: dateValue(event.date),
      end: dateValue(addDays(event.date, 1)),
      allDay: true,
      summary: event.summary,
      description: event.description,
      stamp,
    })
  }
  return calendar.toString()
}
