// The time forms people type most ("now", "10m ago", "9:05", "yesterday 3pm", "2026-11-24 14:00",
// "2027-03-31T14:05"), read exactly without chrono-node. A chrono parse with its Temporal round
// trips cost about a millisecond of CPU and tens of kilobytes of garbage, three times per `sla log`
// line, which made durable writes wait on garbage collection. Each form here gives the instant
// chrono gives through parseWhen (test/parse/when-exact.test.ts holds the two side by side);
// anything else, and anything out of range, is left to chrono.
import { Temporal } from 'temporal-polyfill'
import { addDays, daysInMonth } from '../time/calendar-date.ts'
import { instantAt, localDate } from '../time/zone.ts'

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 }

/** chrono's second, minute and hour words; its longer units (days, months) are calendar arithmetic. */
const NOW = /^now$/i
const AGO = /^(\d{1,6})\s{0,3}(s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?)\s{1,5}ago$/i
const CLOCK = /^(?:(today|yesterday)\s+)?(?:at\s+)?(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?(?:\s?([ap]m))?$/i
const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/i

/** The instant `text` (trimmed) names, or undefined when it is not one of the forms read here. */
export function exactWhen(text: string, now: Temporal.Instant, zone: string): Temporal.Instant | undefined {
  if (NOW.test(text)) return Temporal.Instant.fromEpochMilliseconds(now.epochMilliseconds)
  const ago = AGO.exec(text)
  if (ago) {
    const ms = Number(ago[1]) * UNIT_MS[ago[2]![0]!.toLowerCase()]!
    return Temporal.Instant.fromEpochMilliseconds(now.epochMilliseconds - ms)
  }
  const clock = CLOCK.exec(text)
  if (clock) return clockTime(clock, now, zone)
  const iso = ISO.exec(text)
  if (iso) return isoDateTime(iso, zone)
  return undefined
}

/** The last answer of todayIn: the clauses of one line share their `now`. */
let lastDay: { ms: number; zone: string; date: string } | undefined

/** The zone's date at `now`, converted once for all the clauses of one line. */
function todayIn(now: Temporal.Instant, zone: string): string {
  const ms = now.epochMilliseconds
  if (lastDay?.ms !== ms || lastDay.zone !== zone) lastDay = { ms, zone, date: localDate(now, zone) }
  return lastDay.date
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/** A wall-clock time today or yesterday in the zone; a gap takes the later valid time, as chrono's does. */
function clockTime(m: RegExpExecArray, now: Temporal.Instant, zone: string): Temporal.Instant | undefined {
  const [, day, h, min, sec, meridiem] = m
  // A bare number ("9") is not a time to chrono without a meridiem or minutes.
  if (min === undefined && meridiem === undefined) return undefined
  let hour = Number(h)
  const minute = min === undefined ? 0 : Number(min)
  const second = sec === undefined ? 0 : Number(sec)
  if (minute > 59 || second > 59) return undefined
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined
    hour = (hour % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0)
  } else if (hour > 23) {
    return undefined
  }
  const today = todayIn(now, zone)
  const date = day?.toLowerCase() === 'yesterday' ? addDays(today, -1) : today
  return instantAt(date, `${pad(hour)}:${pad(minute)}:${pad(second)}`, zone)
}

/** YYYY-MM-DDTHH:MM[:SS] (or a space for the T), wall-clock in the zone, or exact with Z or an offset. */
function isoDateTime(m: RegExpExecArray, zone: string): Temporal.Instant | undefined {
  const [whole, y, mo, d, h, min, sec = '00', offset] = m
  // With a space for the T, chrono reads "14:00Z" as no time at all: only the T form takes an offset.
  if (offset && whole![10] === ' ') return undefined
  const [year, month, day] = [Number(y), Number(mo), Number(d)]
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  if (Number(h) > 23 || Number(min) > 59 || Number(sec) > 59) return undefined
  // chrono reads "-00:30" as +00:30 (the sign of a zero hour is lost): left to chrono, to stay alike.
  if (offset?.startsWith('-00')) return undefined
  if (!offset) return instantAt(`${y}-${mo}-${d}`, `${h}:${min}:${sec}`, zone)
  return Temporal.Instant.from(`${y}-${mo}-${d}T${h}:${min}:${sec}${offset.toUpperCase()}`)
}
