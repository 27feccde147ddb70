// The one source of "now". Business code receives a Clock; only the composition root makes one.
import { Temporal } from 'temporal-polyfill'

export interface Clock {
  now(): Temporal.Instant
}

export const systemClock: Clock = {
  now: () => Temporal.Now.instant(),
}

export function fixedClock(instant: Temporal.Instant | string): Clock {
  const at = typeof instant === 'string' ? Temporal.Instant.from(instant) : instant
  return { now: () => at }
}
