// Conversions between instants and the organisation's wall clock. Temporal handles the zone rules
// (DST gaps and overlaps); everything after conversion is plain calendar-date arithmetic.
import { Temporal } from 'temporal-polyfill'
import type { CalendarDate } from './calendar-date.ts'

export function isValidTimeZone(zone: string): boolean {
  try {
    Temporal.Now.instant().toZonedDateTimeISO(zone)
    return true
  } catch {
    return false
  }
}

export function localDate(instant: Temporal.Instant, zone: string): CalendarDate {
  return instant.toZonedDateTimeISO(zone).toPlainDate().toString()
}

/** 'HH:MM' on the organisation's wall clock. */
export function localTime(instant: Temporal.Instant, zone: string): string {
  const z = instant.toZonedDateTimeISO(zone)
  return `${String(z.hour).padStart(2, '0')}:${String(z.minute).padStart(2, '0')}`
}

/** '2027-03-31 14:05' on the organisation's wall clock. */
export function localDateTime(instant: Temporal.Instant, zone: string): string {
  return `${localDate(instant, zone)} ${localTime(instant, zone)}`
}

/** The instant of a wall-clock time; in a DST gap the later valid time is taken ('compatible'). */
export function instantAt(date: CalendarDate, time: string, zone: string): Temporal.Instant {
  return Temporal.PlainDateTime.from(`${date}T${time}`)
    .toZonedDateTime(zone, { disambiguation: 'compatible' })
    .toInstant()
}

export function startOfDay(date: CalendarDate, zone: string): Temporal.Instant {
  return Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: zone }).toInstant()
}

/** UTC offset of the zone at an instant, in minutes (what chrono-node wants as its reference). */
export function offsetMinutes(instant: Temporal.Instant, zone: string): number {
  return Math.round(instant.toZonedDateTimeISO(zone).offsetNanoseconds / 60_000_000_000)
}

/**
 * The `--now` forms: YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS], each with optional Z or ±HH:MM.
 * Without an offset the value is wall-clock time in the zone; a date alone is 00:00 there.
 */
export function parseNowFlag(value: string, zone: string): Temporal.Instant {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?))?(Z|[+-]\d{2}:\d{2})?$/.exec(value.trim())
  if (!m) {
    throw new RangeError(
      `--now must be YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS], optionally with Z or ±HH:MM (got "${value}")`,
    )
  }
  const [, date, time = '00:00', offset] = m
  try {
    const plain = Temporal.PlainDateTime.from(`${date}T${time}`)
    if (offset) return Temporal.Instant.from(`${plain.toString()}${offset === 'Z' ? 'Z' : offset}`)
    return plain.toZonedDateTime(zone, { disambiguation: 'compatible' }).toInstant()
  } catch {
    throw new RangeError(`--now has an impossible date or time: "${value}"`)
  }
}
