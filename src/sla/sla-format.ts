// How SLA times and targets read in replies (SPEC §4.4): local HH:MM, with the date when it is
// not today; durations as "1h 10m".
import type { Temporal } from 'temporal-polyfill'
import type { SlaTarget } from '../domain/sla.ts'
import { localDate, localDateTime, localTime } from '../time/zone.ts'

/** "14:30" today, "2027-03-31 14:30" on any other day. */
export function formatTime(instant: Temporal.Instant, zone: string, today: string): string {
  return localDate(instant, zone) === today ? localTime(instant, zone) : localDateTime(instant, zone)
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
