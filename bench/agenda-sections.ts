// Each section of `agenda` timed on its own over a register kept by list-reads (--data), so the cost
// of the week can be pinned to one section without the rest of the request:
//   node bin/run-ts.mjs bench/list-reads.ts --vendors 100000 --data /tmp/lr-100k --commands agenda@repeated
//   node bin/run-ts.mjs bench/agenda-sections.ts --vendors 100000 --data /tmp/lr-100k
// Per section: wall and process CPU p50/p99, and the heap the section allocates a call (the heap
// grows between two reads when no collection ran in between; a call with a collection is left out).
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { Temporal } from 'temporal-polyfill'
import { agendaWindow } from '../src/agenda/agenda-command.ts'
import { agendaSections } from '../src/agenda/sections.ts'
import { openTickler } from '../src/app/open-tickler.ts'
import { loadConfig } from '../src/config/config.ts'
import { todayOf } from '../src/contracts/today.ts'
import { silentLogger } from '../test/support/silent-logger.ts'
import { BENCH_NOW } from './harness.ts'
import { summarize } from './stats.ts'

const { values } = parseArgs({
  options: {
    vendors: { type: 'string', default: '10000' },
    data: { type: 'string' },
    reps: { type: 'string', default: '300' },
  },
})
if (!values.data) throw new Error('--data: a directory list-reads --data filled')
const reps = Number(values.reps)
const now = Temporal.Instant.from(BENCH_NOW)
const config = loadConfig({ DATA_DIR: join(values.data, 'store'), LOG_LEVEL: 'silent' })
const tickler = await openTickler({ config, clock: { now: () => now }, log: silentLogger })
const { context } = tickler
const window = agendaWindow(todayOf(context))
const names = ['renewals', 'risk', 'sla', 'claims']
console.log(
  `${values.vendors} vendors; load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
)
try {
  agendaSections.forEach((section, s) => {
    const wall: number[] = []
    const cpu: number[] = []
    const heap: number[] = []
    let items = 0
    for (let i = 0; i < reps + 10; i++) {
      const h = process.memoryUsage().heapUsed
      const c = process.cpuUsage()
      const t = performance.now()
      items = section(window, context).items?.length ?? 0
      const d = performance.now() - t
      const used = process.cpuUsage(c)
      const grown = process.memoryUsage().heapUsed - h
      if (i < 10) continue
      wall.push(d)
      cpu.push((used.user + used.system) / 1000)
      if (grown > 0) heap.push(grown / 1024)
    }
    const w = summarize(wall)
    const c = summarize(cpu)
    const kb = summarize(heap)
    console.log(
      `  ${names[s]!.padEnd(9)} ${String(items).padStart(6)} items  wall p50 ${w.p50.toFixed(2)} p99 ${w.p99.toFixed(2)} ms; cpu p50 ${c.p50.toFixed(2)} p99 ${c.p99.toFixed(2)} ms; ~${kb.p50.toFixed(0)} KB a call  (load ${loadavg()[0]!.toFixed(2)})`,
    )
  })
} finally {
  await tickler.close()
}
