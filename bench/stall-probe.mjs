// Preloaded into a `tickler serve` by bench/serve-stalls.ts (node --import): records every stretch
// of at least 40 ms in which the event loop did not turn (a 2 ms timer that came late), and on
// SIGUSR2 writes those seen since the last ask, in ms since the process started, to
// <tmpdir>/tickler-stalls-<pid>-<n>.json. A signal, so the product carries no probe route.
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

const MIN_MS = 40
let blocks = []
let last = performance.now()
setInterval(() => {
  const now = performance.now()
  if (now - last >= MIN_MS) blocks.push({ atMs: Math.round(last), ms: Math.round(now - last) })
  last = now
}, 2).unref()
let n = 0
process.on('SIGUSR2', () => {
  writeFileSync(join(tmpdir(), `tickler-stalls-${process.pid}-${n++}.json`), JSON.stringify(blocks))
  blocks = []
})
