// How SLA times and targets read in replies (SPEC §4.4): local HH:MM, with the date when it is
// not today; durations as "1h 10m".
import { Temporal } from 'temporal-polyfill'
import { boundedMemo } from '../domain/bounded-memo.ts'
import type { SlaTarget } from '../domain/sla.ts'
import { localDate, localTime } from '../time/zone.ts'

// An instant's local date and time, converted once: the agenda and `sla open` format two due times
// per open incident on every request, thousands at 10,000 vendors, and each conversion through the
// Temporal polyfill was most of the agenda's time. Keyed by instant and zone alone, so never stale.
const wallClocks = boundedMemo<readonly [date: string, time: string]>(50_000)

// By epoch milliseconds: the minute shown never depends on a fraction of a millisecond, and the
// agenda judges open incidents in milliseconds without making an instant for each due time.
function wallClock(ms: number, zone: string): readonly [date: string, time: string] {
  return wallClocks.get(`${ms}|${zone}`, () => {
    const instant = Temporal.Instant.fromEpochMilliseconds(ms)
    return [localDate(instant, zone), localTime(instant, zone)]
  })
}

/** The local date of `instant` in `zone`, as localDate gives it. */
export function localDay(instant: Temporal.Instant, zone: string): string {
  return wallClock(instant.epochMilliseconds, zone)[0]
}

/** localDay of an instant given in epoch milliseconds. */
export function localDayOfMs(ms: number, zone: string): string {
  return wallClock(ms, zone)[0]
}

/** "14:30" today, "2027-03-31 14:30" on any other day. */
export function formatTime(instant: Temporal.Instant, zone: string, today: string): string {
  return formatTimeOfMs(instant.epochMilliseconds, zone, today)
}

/** formatTime of an instant given in epoch milliseconds. */
export function formatTimeOfMs(ms: number, zone: string, today: string): string {
  const [date, time] = wallClock(ms, zone)
  return date === today ? time : `${date} ${time}`
}

/** "45m", "3h 30m", "2d 4h" (whole days only for 24x7 spans of a day or more). */
export function formatMinutes(minutes: number, days = false): string {
  const total = Math.max(0, Math.round(minutes))
  if (days && total >= 1440) {
    const d = Math.floor(total / 1440)
    const h = Math.floor((total % 1440) / 60)
    return h ? `${d}d ${h}h` : `${d}d`
  }
  const h = Math.floor(total / 60)
  const m = total % 60
  if (h === 0) return `${m}m`
  return m ? `${h}h ${m}m` : `${h}h`
}

/** "response 30m, resolution 4h (business hours)". */
export function describeTarget(target: Pick<SlaTarget, 'response' | 'resolution' | 'hours'>): string {
  const hours = target.hours === 'business' ? 'business hours' : '24x7'
  return `response ${target.response}, resolution ${target.resolution} (${hours})`
}
