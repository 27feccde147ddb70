// Focused measure of the two hot paths issue 19 names, many repetitions on one 10,000-vendor
// register: a durable `sla log` against its fsync floor, and a Slack slash command over HTTP
// against the bare Bolt floor (sampled in alternation). Cheaper and steadier than `npm run bench`.
//   node bin/run-ts.mjs bench/hot-paths.ts [--vendors 10000] [--reps 600] [--only writes|slack]
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { Session } from 'node:inspector/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { constants, PerformanceObserver } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { Temporal } from 'temporal-polyfill'
import { openTickler } from '../src/app/open-tickler.ts'
import { loadConfig } from '../src/config/config.ts'
import { LOCK_LEASE_MS, openJsonStore } from '../src/store/json-store.ts'
import { fixedClock } from '../src/time/clock.ts'
import { silentLogger } from '../test/support/silent-logger.ts'
import { generateRegister, rng, writeRegister } from './generate.ts'
import { BENCH_NOW } from './harness.ts'
import { measureSlack } from './slack.ts'
import { SlackApiStub } from './slack-api.ts'
import { sample, summarize } from './stats.ts'
import { journalBytes, logIncident, measureBurst, measureFsyncFloor, slaLogLine } from './writes.ts'

const { values } = parseArgs({
  options: {
    vendors: { type: 'string', default: '10000' },
    reps: { type: 'string', default: '600' },
    only: { type: 'string' },
    profile: { type: 'string' },
    heap: { type: 'string' },
  },
})
const reps = Number(values.reps)
const options = { warmup: 20, reps, budgetMs: 60_000, minReps: reps }
const show = (name: string, samples: number[]) => {
  const s = summarize(samples)
  console.log(
    `${name.padEnd(40)} n=${s.n} p50 ${s.p50.toFixed(2)} p95 ${s.p95.toFixed(2)} p99 ${s.p99.toFixed(2)} max ${s.max.toFixed(1)} ms`,
  )
  return s
}

/**
 * CPU time (all threads) and context switches per operation: steadier than wall time when other
 * processes load the machine, and what wall time is made of when they do not.
 */
function resources() {
  const start = process.resourceUsage()
  return {
    print(name: string, ops: number) {
      const end = process.resourceUsage()
      const per = (a: number, b: number) => ((b - a) / ops).toFixed(2)
      console.log(
        `${name.padEnd(40)} per op: CPU ${per(start.userCPUTime + start.systemCPUTime, end.userCPUTime + end.systemCPUTime)} us, voluntary switches ${per(start.voluntaryContextSwitches, end.voluntaryContextSwitches)}, involuntary ${per(start.involuntaryContextSwitches, end.involuntaryContextSwitches)}`,
      )
    },
  }
}

/**
 * Garbage collections while the writes run: how many per 100 operations (a count the machine's
 * load does not change, unlike their pauses) and the pause they added in all.
 */
function collections() {
  const counts = { minor: 0, major: 0, pauseMs: 0 }
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as { detail?: { kind?: number } }).detail?.kind
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) counts.minor++
      if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) counts.major++
      counts.pauseMs += entry.duration
    }
  })
  observer.observe({ entryTypes: ['gc'] })
  return {
    async print(name: string, ops: number) {
      // gc entries arrive in a later task
      await new Promise((resolve) => setTimeout(resolve, 10))
      observer.disconnect()
      const per100 = (n: number) => ((n * 100) / ops).toFixed(2)
      console.log(
        `${name.padEnd(40)} per 100 ops: ${per100(counts.minor)} scavenges, ${per100(counts.major)} full collections; ${counts.pauseMs.toFixed(1)} ms of pauses in all`,
      )
    },
  }
}

/** Counts bytes allocated from now to stop() through the sampling heap profiler (own session). */
async function startAllocationCount() {
  const counter = new Session()
  counter.connect()
  await counter.post('HeapProfiler.enable')
  await counter.post('HeapProfiler.startSampling', {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  })
  return {
    async stop(): Promise<number> {
      const { profile } = await counter.post('HeapProfiler.stopSampling')
      counter.disconnect()
      type Node = { selfSize: number; children: Node[] }
      const total = (n: Node): number => n.children.reduce((sum, c) => sum + total(c), n.selfSize)
      return total(profile.head as Node)
    },
  }
}

const now = Temporal.Instant.from(BENCH_NOW)
const dir = await mkdtemp(join(tmpdir(), 'tickler-hot-'))
const dataDir = join(dir, 'store')
try {
  const register = generateRegister({ vendors: Number(values.vendors), now, seed: 20261125 })
  const seeded = await openJsonStore(dataDir)
  await writeRegister(seeded, register, now)
  await seeded.close()
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' })
  const tickler = await openTickler({ config, clock: fixedClock(now), log: silentLogger })
  const names = register.vendors.map((v) => v.name)
  const withTargets = [...new Set(register.slaTargets.map((t) => t.contractId))]
    .map((id) => register.contracts.find((c) => c.id === id)!.vendorId)
    .map((id) => register.vendors.find((v) => v.id === id)!.name)
  // --profile FILE: a CPU profile of the measured part only (not the register's generation).
  // --heap FILE: where the measured part allocates (sampled), for garbage-collection pauses.
  const session = values.profile || values.heap ? new Session() : undefined
  session?.connect()
  if (values.profile) {
    await session?.post('Profiler.enable')
    await session?.post('Profiler.start')
  }
  if (values.heap) {
    await session?.post('HeapProfiler.enable')
    await session?.post('HeapProfiler.startSampling', {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    })
  }
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  )
  if (values.only !== 'slack') {
    // One write first, so the count below leaves out the vendor index built at the first lookup.
    await logIncident(tickler, slaLogLine(withTargets, 10_000_000))
    const before = await journalBytes(dataDir)
    const usage = resources()
    const gc = collections()
    const writes = await sample((i) => logIncident(tickler, slaLogLine(withTargets, i)), options)
    usage.print('sla log', reps + options.warmup)
    await gc.print('sla log', reps + options.warmup)
    const line = Math.round(((await journalBytes(dataDir)) - before) / (reps + options.warmup))
    // Bytes allocated per write (sampled, garbage included): what brings the scavenges that set the
    // p99. Writes of their own, since sampling costs CPU. Not with --heap, which samples it all.
    if (!values.heap) {
      const allocation = await startAllocationCount()
      const count = 200
      for (let i = 0; i < count; i++) await logIncident(tickler, slaLogLine(withTargets, 20_000_000 + i))
      const kb = (await allocation.stop()) / count / 1024
      console.log(`${'sla log'.padEnd(40)} per op: ${kb.toFixed(1)} KB allocated`)
    }
    const w = show('sla log (durable)', writes)
    // On its own (after the lock's lease has run out), each write takes the lock anew.
    const spaced = await sample((i) => logIncident(tickler, slaLogLine(withTargets, 30_000_000 + i)), {
      ...options,
      reps: Math.min(reps, 200),
      minReps: Math.min(reps, 200),
      before: () => new Promise((resolve) => setTimeout(resolve, LOCK_LEASE_MS + 30)),
    })
    show('sla log (durable, one at a time)', spaced)
    const floorUsage = resources()
    const floor = await measureFsyncFloor(dir, line, options)
    floorUsage.print('floor', reps + options.warmup)
    const f = show(`floor: ${line}-byte line + fdatasync`, floor)
    console.log(`durable write / floor (p50): ${(w.p50 / f.p50).toFixed(2)}x`)
    const burst = await measureBurst(tickler, withTargets, 1000, 100_000)
    console.log(
      `burst: 1000 writes in ${burst.totalMs.toFixed(0)} ms; longest stall ${burst.maxDelayMs.toFixed(2)} ms (histogram), ${burst.maxDriftMs.toFixed(2)} ms (drift)`,
    )
  }
  if (values.only !== 'writes') {
    const stub = new SlackApiStub()
    await stub.start()
    try {
      const pick = rng(20261125 + 7)
      const usage = resources()
      const slack = await measureSlack(
        tickler,
        stub.url,
        { '/vendor <name>': ['/vendor', () => names[Math.floor(pick() * names.length)]!] },
        options,
      )
      usage.print('slack pair (floor + /vendor)', reps + options.warmup)
      const floor = show('bare Bolt floor', slack.floor)
      const mine = show('/vendor <name> (Slack, HTTP)', slack.tickler['/vendor <name>']!)
      console.log(`Slack / floor (p50): ${(mine.p50 / floor.p50).toFixed(2)}x`)
    } finally {
      await stub.close()
    }
  }
  await tickler.close()
  if (values.profile) {
    const { profile } = await session!.post('Profiler.stop')
    await writeFile(values.profile, JSON.stringify(profile))
  }
  if (values.heap) {
    const { profile } = await session!.post('HeapProfiler.stopSampling')
    await writeFile(values.heap, JSON.stringify(profile))
  }
  console.log(
    `load average at end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  )
} finally {
  await rm(dir, { recursive: true, force: true })
}
