// Preloaded into a `tickler serve` by bench/serve-memory.ts (node --import): on SIGUSR2 it writes
// where the resident memory is (V8 heap used and committed per space, malloc, the rest of VmRSS)
// and the longest event-loop stall so far to <tmpdir>/tickler-probe-<pid>-<n>.json. A signal, so the
// product carries no probe route.
import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import v8 from 'node:v8'

const mb = (bytes) => Math.round(bytes / 1048576)
const stalls = monitorEventLoopDelay({ resolution: 10 })
stalls.enable()
let n = 0
function split() {
  const heap = v8.getHeapStatistics()
  const spaces = {}
  for (const s of v8.getHeapSpaceStatistics()) {
    spaces[s.space_name] = { used: mb(s.space_used_size), committed: mb(s.physical_space_size) }
  }
  const rollup = readFileSync('/proc/self/smaps_rollup', 'utf8')
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? Number.NaN)
  return {
    rss: Math.round(kb('Rss') / 1024),
    anonymous: Math.round(kb('Anonymous') / 1024),
    fileBacked: Math.round((kb('Rss') - kb('Anonymous')) / 1024),
    heapUsed: mb(heap.used_heap_size),
    heapCommitted: mb(heap.total_physical_size),
    malloced: mb(heap.malloced_memory),
    external: mb(process.memoryUsage().external),
    arrayBuffers: mb(process.memoryUsage().arrayBuffers),
    spaces,
  }
}

/** Resident MB per mapped file (the node binary, its ICU data, shared libraries). */
function files() {
  const byName = {}
  let name = ''
  for (const line of readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \d+\s*(.*)$/.exec(line)
    if (head) name = head[1] || '[anonymous]'
    const rss = /^Rss:\s+(\d+) kB/.exec(line)
    if (rss) byName[name] = (byName[name] ?? 0) + Number(rss[1])
  }
  return Object.entries(byName)
    .filter(([, kb]) => kb >= 1024)
    .map(([file, kb]) => `${file} ${Math.round(kb / 1024)}`)
    .join(', ')
}

process.on('SIGUSR2', () => {
  const out = { ...split(), maxStallMs: Math.round(stalls.max / 1e6), files: files() }
  // With --expose-gc, also the split after a full collection: what is live, and what RSS returns.
  if (globalThis.gc) {
    globalThis.gc()
    out.afterGc = split()
  }
  stalls.reset()
  writeFileSync(join(tmpdir(), `tickler-probe-${process.pid}-${n++}.json`), JSON.stringify(out))
})
