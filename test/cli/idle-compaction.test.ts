// The heap compaction `serve` runs when idle: it really gives back the pages garbage was left on
// (a plain full collection does not), and it never runs while a request is in flight or before
// the process has been quiet, nor when the heap has not grown enough to be worth the stall.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { getHeapSpaceStatistics, getHeapStatistics } from 'node:v8'
import { afterEach, describe, expect, it } from 'vitest'
import { type Compaction, compactHeap, shrinkYoungGeneration } from '../../adapters/cli/heap-compaction.ts'
import { idleCompaction } from '../../adapters/cli/idle-compaction.ts'
import { silentLogger } from '../support/silent-logger.ts'

const MB = 1 << 20

/** Allocates `mb` of small objects of which one in five stays live, spread over every page. */
function fragmentedHeap(mb: number): object[] {
  const live: object[] = []
  let garbage: object[] | null = []
  for (let i = 0; i < mb * 8000; i++) {
    const o = { a: i, b: `x${i}`, c: [i] }
    if (i % 5 === 0) live.push(o)
    else garbage.push(o)
  }
  garbage = null
  return live
}

const oldSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === 'old_space')!

describe('compactHeap', { timeout: 60_000 }, () => {
  it('frees the garbage and the pages it was on, keeping every live object', () => {
    const live = fragmentedHeap(120)
    const done = compactHeap()
    expect(done.after).toBe(getHeapStatistics().total_physical_size)
    expect(done.before - done.after).toBeGreaterThan(60 * MB)
    // A fifth of every page was live: without moving those objects, their pages stay committed.
    const old = oldSpace()
    expect(old.physical_space_size - old.space_used_size).toBeLessThan(8 * MB)
    expect(live.length).toBe((120 * 8000) / 5)
    const last = 120 * 8000 - 5
    expect(live.at(-1)).toEqual({ a: last, b: `x${last}`, c: [last] })
  })
})

describe('idleCompaction', { timeout: 30_000 }, () => {
  const servers: Server[] = []
  afterEach(async () => {
    for (const s of servers.splice(0)) {
      s.closeAllConnections()
      await new Promise((resolve) => s.close(resolve))
    }
  })

  /** A server whose requests wait until `release` is called. */
  async function slowServer() {
    let release = () => {}
    let arrived = () => {}
    const arrival = new Promise<void>((resolve) => {
      arrived = resolve
    })
    const server = createServer((_req, res) => {
      release = () => res.end('done')
      arrived()
    })
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return {
      server,
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
      release: () => release(),
      arrival,
    }
  }

  function counted() {
    const runs: Compaction[] = []
    const steps: string[] = []
    return {
      runs,
      steps,
      compact: () => {
        const done = compactHeap()
        runs.push(done)
        steps.push('compact')
        return done
      },
      shrinkYoung: () => {
        steps.push('shrink young')
        return shrinkYoungGeneration()
      },
    }
  }

  it('waits for a request in flight and for the quiet time after it, then compacts once', async () => {
    const { runs, compact } = counted()
    const idle = idleCompaction({
      quietMs: 100,
      maxUsedBytes: Number.MAX_SAFE_INTEGER,
      minGrowthBytes: 0,
      youngQuietMs: 60_000,
      log: silentLogger,
      compact,
    })
    const { server, url, release, arrival } = await slowServer()
    idle.watch(server)
    const answered = fetch(url).then((r) => r.text())
    await arrival
    idle.settled()
    // Several quiet times pass with the request still in flight: nothing may run.
    await sleep(500)
    expect(runs).toHaveLength(0)
    release()
    expect(await answered).toBe('done')
    await sleep(40)
    expect(runs).toHaveLength(0)
    for (let i = 0; i < 100 && runs.length === 0; i++) await sleep(50)
    expect(runs).toHaveLength(1)
    await sleep(400)
    expect(runs).toHaveLength(1)
    idle.stop()
  })

  it('does not compact when the heap has not grown by the threshold since the last time', async () => {
    const { runs, compact } = counted()
    const idle = idleCompaction({
      quietMs: 50,
      maxUsedBytes: Number.MAX_SAFE_INTEGER,
      minGrowthBytes: 64 * MB,
      youngQuietMs: 60_000,
      log: silentLogger,
      compact,
    })
    idle.settled()
    await sleep(400)
    expect(runs).toHaveLength(0)
    const live = fragmentedHeap(120)
    idle.settled()
    for (let i = 0; i < 100 && runs.length === 0; i++) await sleep(50)
    expect(runs).toHaveLength(1)
    expect(live.length).toBeGreaterThan(0)
    idle.stop()
  })

  it('does not compact a heap so large that the stall would keep a request waiting too long', async () => {
    const { runs, compact } = counted()
    let used = 900 * MB
    const idle = idleCompaction({
      quietMs: 50,
      minGrowthBytes: 0,
      maxUsedBytes: 400 * MB,
      youngQuietMs: 60_000,
      log: silentLogger,
      heapUsed: () => used,
      compact,
    })
    idle.settled()
    await sleep(400)
    expect(runs).toHaveLength(0)
    used = 300 * MB
    idle.settled()
    for (let i = 0; i < 100 && runs.length === 0; i++) await sleep(50)
    expect(runs).toHaveLength(1)
    idle.stop()
  })

  it('shrinks the young generation once, the young quiet time after compacting', async () => {
    const { steps, compact, shrinkYoung } = counted()
    const at: number[] = []
    const idle = idleCompaction({
      quietMs: 50,
      maxUsedBytes: Number.MAX_SAFE_INTEGER,
      minGrowthBytes: 0,
      youngQuietMs: 300,
      log: silentLogger,
      compact: () => {
        const done = compact()
        at.push(performance.now())
        return done
      },
      shrinkYoung: () => {
        at.push(performance.now())
        return shrinkYoung()
      },
    })
    idle.settled()
    for (let i = 0; i < 500 && steps.length < 2; i++) await sleep(20)
    expect(steps).toEqual(['compact', 'shrink young'])
    // Counted from the end of the compaction: V8 must see five quiet seconds after its last one.
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(295)
    await sleep(700)
    expect(steps).toEqual(['compact', 'shrink young'])
    idle.stop()
  })

  it('never compacts after stop', async () => {
    const { runs, compact } = counted()
    const idle = idleCompaction({
      quietMs: 50,
      maxUsedBytes: Number.MAX_SAFE_INTEGER,
      minGrowthBytes: 0,
      youngQuietMs: 60_000,
      log: silentLogger,
      compact,
    })
    idle.settled()
    idle.stop()
    idle.settled()
    await sleep(400)
    expect(runs).toHaveLength(0)
  })
})
