// Opens a JSON store folder in process several times and prints each open's time and the heap it
// retains, so a change to the open path can be measured without starting the server.
//   node bin/run-ts.mjs bench/store-open.ts <DATA_DIR> [runs]

import { loadavg } from 'node:os'
import { PerformanceObserver, performance } from 'node:perf_hooks'
import { openJsonStore } from '../src/store/json-store.ts'

const dir = process.argv[2] ?? ''
if (!dir) throw new Error('usage: store-open.ts <DATA_DIR> [runs]')
const runs = Number(process.argv[3] ?? 5)
const gc = (globalThis as { gc?: () => void }).gc
// Time in garbage collection (wall, so it includes waits when the machine is loaded), by pause.
let gcMs = 0
let gcPauses = 0
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gcMs += entry.duration
    gcPauses++
  }
}).observe({ entryTypes: ['gc'] })
const times: number[] = []
const cpus: number[] = []
// One open per call: in the top-level loop the suspended module function kept the previous run's
// store in a register until the next open replaced it, so every later "retained" read 0 MB.
async function openOnce(): Promise<void> {
  gc?.()
  const heapBefore = process.memoryUsage().heapUsed
  gcMs = 0
  gcPauses = 0
  const cpu = process.cpuUsage()
  const started = performance.now()
  const store = await openJsonStore(dir)
  const ms = performance.now() - started
  const used = process.cpuUsage(cpu)
  cpus.push((used.user + used.system) / 1000)
  times.push(ms)
  // GC entries are delivered asynchronously: let the open's arrive before the forced collection.
  await new Promise((resolve) => setTimeout(resolve, 10))
  const openGc = `${gcMs.toFixed(0)} ms GC in ${gcPauses} pauses`
  gc?.()
  const retained = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024
  console.log(
    `open ${ms.toFixed(0)} ms (${cpus.at(-1)!.toFixed(0)} CPU ms, ${openGc}), retained heap ${gc ? `${retained.toFixed(1)} MB` : '(run with --expose-gc)'}, rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB (load ${loadavg()[0]!.toFixed(2)})`,
  )
  await store.close()
}
for (let i = 0; i < runs; i++) await openOnce()
const sorted = [...times].sort((a, b) => a - b)
const cpuSorted = [...cpus].sort((a, b) => a - b)
console.log(
  `median ${sorted[Math.floor(runs / 2)]!.toFixed(0)} ms, ${cpuSorted[Math.floor(runs / 2)]!.toFixed(0)} CPU ms over ${runs}`,
)
