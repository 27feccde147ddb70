// Dates and times in words ("9:05", "yesterday 3pm", "2h ago", "March 31", "2027-03-31T14:05"),
// relative to the clock's instant, as wall-clock times in the organisation's zone (SPEC §3).
// chrono-node ignores IANA zones, so it gets the zone's offset at `now`; its answer is then
// re-read as wall-clock time in the real zone, which puts a time on the other side of a DST
// change at that day's own offset.
// English only: the package root loads every locale, a large share of a cold start.
import * as chrono from 'chrono-node/en'
import { Temporal } from 'temporal-polyfill'
import { offsetMinutes } from '../time/zone.ts'
import { exactWhen } from './when-exact.ts'

/** Words that may surround a date without changing it. */
const FILLER = /^(?:[\s,.]+|\b(?:at|on|the|of)\b)*$/i

export function parseWhen(text: string, now: Temporal.Instant, zone: string): Temporal.Instant | null {
  const trimmed = text.trim()
  if (trimmed === '') return null
  return exactWhen(trimmed, now, zone) ?? chronoWhen(trimmed, now, zone)
}

/** parseWhen through chrono alone, for every form exactWhen does not read (`text` is trimmed). */
export function chronoWhen(trimmed: string, now: Temporal.Instant, zone: string): Temporal.Instant | null {
  const offset = offsetMinutes(now, zone)
  const results = chrono.parse(trimmed, { instant: new Date(now.epochMilliseconds), timezone: offset })
  const result = results[0]
  // The whole text must be the date ("soon 9:05" is not a time); filler words around it are fine.
  if (!result || results.length !== 1) return null
  const left = trimmed.slice(0, result.index) + trimmed.slice(result.index + result.text.length)
  if (!FILLER.test(left)) return null
  const start = result.start
  const parsed = Temporal.Instant.fromEpochMilliseconds(start.date().getTime())
  // An explicit offset ("…Z", "+02:00") or a duration from now ("2h ago") is an exact instant.
  if (start.isCertain('timezoneOffset')) return parsed
  // Otherwise chrono meant a wall-clock time at the offset it was given: read it as such in the zone.
  const wall = parsed.add({ minutes: offset }).toZonedDateTimeISO('UTC').toPlainDateTime()
  return wall.toZonedDateTime(zone, { disambiguation: 'compatible' }).toInstant()
}
