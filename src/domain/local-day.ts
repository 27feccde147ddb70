// The local day of an instant from its epoch milliseconds, without a Temporal zoned date-time per
// call. Each toZonedDateTimeISO leaves an entry in the polyfill's WeakMap memo that lives through
// two young collections and is then promoted: judging every business-hours incident of a 100,000
// vendor register (the unclaimed credits' first build) promoted hundreds of MB of them, and the
// process kept the RSS. Offsets change only at transitions, months apart, so one is looked up per
// UTC day: three years of incidents ask about 1,100, where they were 150,000 calls.
import { Temporal } from 'temporal-polyfill'
import { toDayNumber } from '../time/calendar-date.ts'
import { localDate } from '../time/zone.ts'
import { boundedMemo } from './bounded-memo.ts'

const DAY_MS = 86_400_000

/** Offset in ms at the start and the end of a UTC day; NaN when they differ (a transition in it). */
const dayOffsets = boundedMemo<number>(100_000)

function offsetAt(ms: number, zone: string): number {
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).offsetNanoseconds / 1_000_000
}

function dayOffset(day: number, zone: string): number {
  return dayOffsets.get(`${zone}|${day}`, () => {
    const start = offsetAt(day * DAY_MS, zone)
    // Transitions are months apart, so equal offsets at both ends mean none in between.
    return start === offsetAt((day + 1) * DAY_MS - 1, zone) ? start : Number.NaN
  })
}

/** Days since 1970-01-01 of the instant's date in the zone: toDayNumber(localDate(…)). */
export function localDayNumber(ms: number, zone: string): number {
  const offset = dayOffset(Math.floor(ms / DAY_MS), zone)
  if (Number.isNaN(offset)) return toDayNumber(localDate(Temporal.Instant.fromEpochMilliseconds(ms), zone))
  return Math.floor((ms + offset) / DAY_MS)
}
