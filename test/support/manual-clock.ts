// A clock tests can move: `set` and `advance` change what every holder sees, so a test can walk a
// running scheduler or sweep through days without waiting.
import { Temporal } from 'temporal-polyfill'
import type { Clock } from '../../src/time/clock.ts'

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
