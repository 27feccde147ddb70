// Durable writes: `sla log` through the dispatcher until the journal line is fdatasynced, the
// floor (one JSON line of the same size appended and fdatasynced, nothing else), and the longest
// event-loop stall while a burst of writes is in flight.
import { open, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Tickler } from '../src/app/open-tickler.ts'
import type { Reply } from '../src/reply/reply.ts'
import { ask } from './ask.ts'
import { longestBlock } from './loop-block.ts'
import { type SampleOptions, sample } from './stats.ts'

export interface Writer {
  /** Vendor names to log incidents against (each has one contract with SLA targets). */
  vendors: readonly string[]
}

export function slaLogLine(vendors: readonly string[], i: number): string {
  const vendor = vendors[(i * 7919) % vendors.length]!
  return `sla log ${vendor} P${(i % 4) + 1} Benchmark incident ${i} resolved 1m ago responded 2m ago started 10m ago`
}

export async function logIncident(tickler: Tickler, text: string): Promise<Reply> {
  const reply = await ask(tickler, text)
  if (reply.status !== 'ok' || !reply.title?.startsWith('Logged')) {
    throw new Error(`sla log did not log: ${reply.title ?? ''} ${(reply.text ?? []).join(' ')}`)
  }
  return reply
}

/** Bytes the journal grew by per write, to size the floor's line the same. */
export async function journalBytes(dir: string): Promise<number> {
  const { readdir } = await import('node:fs/promises')
  let total = 0
  for (const name of await readdir(dir))
    if (name.endsWith('.jsonl')) total += (await stat(join(dir, name))).size
  return total
}

/** One JSON line of `bytes` bytes appended and fdatasynced per run: the least a durable write costs. */
export async function measureFsyncFloor(
  dir: string,
  bytes: number,
  options: SampleOptions,
): Promise<number[]> {
  const handle = await open(join(dir, 'floor.jsonl'), 'a')
  try {
    const filler = 'x'.repeat(Math.max(0, bytes - 20))
    return await sample(async (i) => {
      await handle.write(`${JSON.stringify({ i, filler })}\n`)
      await handle.datasync()
    }, options)
  } finally {
    await handle.close()
  }
}

export interface BurstResult {
  writes: number
  totalMs: number
  /** Longest event-loop delay seen by monitorEventLoopDelay (1 ms resolution). */
  maxDelayMs: number
  /** Longest gap between 1 ms timer ticks, minus the 1 ms asked for. */
  maxDriftMs: number
  p99DelayMs: number
}

/** `count` writes issued at once (as many users at the same moment); the store serialises them. */
export async function measureBurst(
  tickler: Tickler,
  vendors: readonly string[],
  count: number,
  offset: number,
): Promise<BurstResult> {
  const t = performance.now()
  const block = await longestBlock(() =>
    Promise.all(
      Array.from({ length: count }, (_, i) => logIncident(tickler, slaLogLine(vendors, offset + i))),
    ),
  )
  const totalMs = performance.now() - t
  await new Promise((resolve) => setTimeout(resolve, 5))
  return {
    writes: count,
    totalMs,
    maxDelayMs: block.delayMs,
    p99DelayMs: block.p99DelayMs,
    maxDriftMs: block.driftMs,
  }
}
