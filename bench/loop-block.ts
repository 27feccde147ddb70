// The longest time the event loop was held while some work ran, two ways: the gap between 1 ms
// timer ticks minus the 1 ms asked for (drift), and monitorEventLoopDelay's histogram (1 ms
// resolution), with its p99. Used by the write burst (writes.ts) and the snapshot stall script.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'

export interface LoopBlock<T> {
  result: T
  driftMs: number
  delayMs: number
  p99DelayMs: number
}

export async function longestBlock<T>(work: () => Promise<T>): Promise<LoopBlock<T>> {
  const histogram = monitorEventLoopDelay({ resolution: 1 })
  let drift = 0
  let last = performance.now()
  let probing = true
  const probe = () => {
    const t = performance.now()
    drift = Math.max(drift, t - last - 1)
    last = t
    if (probing) setTimeout(probe, 1)
  }
  setTimeout(probe, 1)
  histogram.enable()
  try {
    const result = await work()
    return {
      result,
      driftMs: Math.max(0, drift),
      delayMs: histogram.max / 1e6,
      p99DelayMs: histogram.percentile(99) / 1e6,
    }
  } finally {
    histogram.disable()
    probing = false
  }
}
