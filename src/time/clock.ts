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

/** A clock tests can move; `set` and `advance` change what every holder sees. */
export class ManualClock implements Clock {
  constructor(private at: Temporal.Instant) {}
  now(): Temporal.Instant {
    return this.at
  }
  set(at: Temporal.Instant | string): void {
    this.at = typeof at === 'string' ? Temporal.Instant.from(at) : at
  }
  advance(duration: Temporal.DurationLike): void {
    this.at = this.at.add(duration)
  }
}
