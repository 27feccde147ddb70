// Percentiles over repeated timings. Nearest-rank percentiles over the raw samples: with a few
// hundred samples the p99 is one of the slowest few, which is what the goals are about.
import { performance } from 'node:perf_hooks'

export interface Summary {
  n: number
  p50: number
  p95: number
  p99: number
  max: number
  mean: number
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0)
    return { n: 0, p50: Number.NaN, p95: Number.NaN, p99: Number.NaN, max: Number.NaN, mean: Number.NaN }
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!
  const sum = sorted.reduce((a, b) => a + b, 0)
  return {
    n: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: sorted.at(-1)!,
    mean: sum / sorted.length,
  }
}

export interface SampleOptions {
  /** Untimed runs first (JIT, caches, file handles). */
  warmup: number
  /** Timed runs wanted. */
  reps: number
  /** Stop early once this much time was spent timing (but never below `minReps`). */
  budgetMs: number
  minReps?: number
  /** Untimed work before each timed run (e.g. a write that makes caches stale). */
  before?: (i: number) => unknown | Promise<unknown>
}

/** Times `fn` `reps` times (or until the budget is spent) after a warm-up; milliseconds. */
export async function sample(
  fn: (i: number) => unknown | Promise<unknown>,
  options: SampleOptions,
): Promise<number[]> {
  for (let i = 0; i < options.warmup; i++) {
    await options.before?.(i)
    await fn(i)
  }
  const samples: number[] = []
  const minReps = Math.min(options.reps, options.minReps ?? 20)
  let spent = 0
  for (let i = 0; i < options.reps; i++) {
    if (samples.length >= minReps && spent > options.budgetMs) break
    await options.before?.(options.warmup + i)
    const t = performance.now()
    await fn(options.warmup + i)
    const d = performance.now() - t
    samples.push(d)
    spent += d
  }
  return samples
}

export async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t = performance.now()
  const value = await fn()
  return { ms: performance.now() - t, value }
}
