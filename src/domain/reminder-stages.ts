// Reminder stages are whole days before a deadline (REMINDER_STAGES, largest first). Stage N of a
// deadline D falls due at 00:00 local on D − N; on any day the one that matters is the latest due
// stage, the smallest N that is still ≥ the days left, and nothing once D has passed.
import type { Temporal } from 'temporal-polyfill'
import { addDays, type CalendarDate, daysBetween } from '../time/calendar-date.ts'
import { startOfDay } from '../time/zone.ts'
import { boundedMemo } from './bounded-memo.ts'

/** Stages sorted largest first, without duplicates (config already does this; tests may not). */
export function normaliseStages(stages: readonly number[]): number[] {
  return [...new Set(stages)].sort((a, b) => b - a)
}

/** The latest stage due `today` for a deadline, or null (deadline past, or not yet in range). */
export function latestDueStage(
  stages: readonly number[],
  deadline: CalendarDate,
  today: CalendarDate,
): number | null {
  const daysLeft = daysBetween(today, deadline)
  if (daysLeft < 0) return null
  let due: number | null = null
  for (const stage of stages) if (stage >= daysLeft && (due === null || stage < due)) due = stage
  return due
}

/** The local day on which a stage falls due. */
export function stageDay(deadline: CalendarDate, stage: number): CalendarDate {
  return addDays(deadline, -stage)
}

/** The instant a stage falls due: 00:00 on its day in the organisation's zone. */
export function stageDueAt(deadline: CalendarDate, stage: number, zone: string): Temporal.Instant {
  return startOfDay(stageDay(deadline, stage), zone)
}

// Zone conversions are the slow part of a sweep; a day's midnight never changes, so remember it.
const midnights = boundedMemo<number>(50_000)

/** stageDueAt as epoch milliseconds, memoised per zone and day. */
export function stageDueMs(deadline: CalendarDate, stage: number, zone: string): number {
  const day = stageDay(deadline, stage)
  return midnights.get(`${zone}|${day}`, () => startOfDay(day, zone).epochMilliseconds)
}

/** The next stage after `stage` (the one that falls due later), or null after the last. */
export function nextStage(stages: readonly number[], stage: number): number | null {
  let next: number | null = null
  for (const s of stages) if (s < stage && (next === null || s > next)) next = s
  return next
}
