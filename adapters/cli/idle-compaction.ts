// When `serve` has been quiet for a while after work that left garbage (the start-up sweep, a run
// of requests), gives back the memory that work grew instead of keeping it until the process
// ends: first a compaction of the heap (heap-compaction.ts), when it has grown enough since the
// last one to be worth the stall, then, once quiet for long enough that V8 sees allocation has
// slowed, a young-generation collection that shrinks it. Both hold the event loop, so they wait
// until no request is in flight and none has come for `quietMs`, and the compaction is skipped
// on a heap so large that its stall would outlast a chat platform's patience (maxUsedBytes).
import type { Server } from 'node:http'
import { getHeapStatistics } from 'node:v8'
import type { Logger } from 'pino'
import { type Compaction, compactHeap, shrinkYoungGeneration } from './heap-compaction.ts'

export interface IdleCompactionOptions {
  /** How long nothing must have run before compacting. */
  quietMs: number
  /** Committed heap growth since the last compaction (or the start) below which none runs. */
  minGrowthBytes: number
  /**
   * Heap in use above which none runs: the stall grows with the live heap (0.3-0.6 s at 10,000
   * vendors, 2.3-3.6 s at 100,000), and a request that arrives during it waits, past Slack's 3 s
   * for an answer at the large end. Memory is the lesser cost there.
   */
  maxUsedBytes: number
  /**
   * How long after the last activity or compaction the young generation is shrunk: V8 shrinks it
   * only when it measures slow allocation over its last five seconds.
   */
  youngQuietMs: number
  log: Logger
  /** Tests pass probes around the real ones. */
  heapUsed?: () => number
  compact?: () => Compaction
  shrinkYoung?: () => Compaction
}

export interface IdleCompaction {
  /** Holds compaction off while one of the server's requests is in flight; each one re-arms it. */
  watch(server: Server): void
  /** Work that may have left garbage ended: compact once quiet, if the heap grew enough. */
  settled(): void
  stop(): void
}

const committed = () => getHeapStatistics().total_physical_size

export function idleCompaction(options: IdleCompactionOptions): IdleCompaction {
  const { quietMs, minGrowthBytes, maxUsedBytes, youngQuietMs, log } = options
  const heapUsed = options.heapUsed ?? (() => getHeapStatistics().used_heap_size)
  const compact = options.compact ?? compactHeap
  const shrinkYoung = options.shrinkYoung ?? shrinkYoungGeneration
  let baseline = committed()
  let inFlight = 0
  /** The last request, sweep or compaction: what the quiet times count from. */
  let lastActivity = performance.now()
  let compacted = false
  let shrunk = false
  let timer: NodeJS.Timeout | undefined
  let stopped = false

  const arm = (delay: number) => {
    if (stopped || timer) return
    timer = setTimeout(check, Math.max(0, delay))
    // A pending compaction must not keep a finished process alive.
    timer.unref()
  }
  const check = () => {
    timer = undefined
    if (inFlight > 0) return // the request's end arms it again
    const quietFor = performance.now() - lastActivity
    if (!compacted) {
      if (quietFor < quietMs) return arm(quietMs - quietFor)
      compacted = true
      if (committed() - baseline >= minGrowthBytes && heapUsed() <= maxUsedBytes) {
        const done = compact()
        baseline = done.after
        lastActivity = performance.now()
        report('compacted the heap while idle', done)
        return arm(youngQuietMs)
      }
    }
    if (shrunk) return
    if (quietFor < youngQuietMs) return arm(youngQuietMs - quietFor)
    shrunk = true
    const done = shrinkYoung()
    if (done.after < done.before) report('shrank the young generation while idle', done)
    // V8 decides in the collection whether to shrink (on slow allocation): not always, it turns out.
    else log.debug({ youngMb: mb(done.after) }, 'the young generation stayed as it was while idle')
  }
  const report = (message: string, done: Compaction) =>
    log.info({ beforeMb: mb(done.before), afterMb: mb(done.after), ms: Math.round(done.ms) }, message)
  const settled = () => {
    lastActivity = performance.now()
    compacted = false
    shrunk = false
    // A timer set for the young quiet time would come too late for the compaction.
    clearTimeout(timer)
    timer = undefined
    arm(quietMs)
  }

  return {
    watch(server) {
      server.on('request', (_req, res) => {
        inFlight++
        lastActivity = performance.now()
        res.once('close', () => {
          inFlight--
          settled()
        })
      })
    },
    settled,
    stop() {
      stopped = true
      clearTimeout(timer)
      timer = undefined
    },
  }
}

const mb = (bytes: number) => Math.round(bytes / 1048576)
