// The unclaimed service credits alone, walked across days (and month ends), so the carried list
// (src/claims/unclaimed-days.ts) can be timed and profiled without the rest of the agenda:
//   node --expose-gc bin/run-ts.mjs bench/claims-days.ts --vendors 100000 --days 40 [--dir /tmp/x]
// Prints the cold build (with the heap it keeps and the peak RSS it reached, when gc is exposed),
// then each day's carry (month ends marked) and its row count, and a digest of the rows on the
// first and the last day, so a change can be checked to keep them the same.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { getHeapStatistics } from 'node:v8'
import { Temporal } from 'temporal-polyfill'
import { type UnclaimedCredit, unclaimedOn } from '../src/claims/unclaimed.ts'
import { loadConfig } from '../src/config/config.ts'
import { openJsonStore } from '../src/store/json-store.ts'
import { generateRegister, writeRegister } from './generate.ts'
import { BENCH_NOW } from './harness.ts'
import { summarize, time } from './stats.ts'

const { values } = parseArgs({
  options: {
    vendors: { type: 'string', default: '10000' },
    days: { type: 'string', default: '40' },
    // A folder kept between runs: the register is generated into it once.
    dir: { type: 'string' },
  },
})
const vendors = Number(values.vendors)
const load = () => loadavg()[0]!.toFixed(2)
const now = Temporal.Instant.from(BENCH_NOW)
const gc = (globalThis as { gc?: () => void }).gc
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
const heapUsed = () => {
  gc?.()
  return getHeapStatistics().used_heap_size
}
const peakRss = () => process.resourceUsage().maxRSS * 1024

function digest(rows: readonly UnclaimedCredit[]): string {
  const hash = createHash('sha256')
  for (const r of rows) {
    hash.update(
      `${r.vendor?.name}|${r.contract.id}|${r.month}|${r.working}|${r.minor}|${r.currency}|${r.deadline}\n`,
    )
  }
  return hash.digest('hex').slice(0, 16)
}

const dir = values.dir ?? (await mkdtemp(join(tmpdir(), `tickler-claims-days-${vendors}-`)))
try {
  const dataDir = join(dir, 'store')
  const fresh = !existsSync(dataDir)
  const store = await openJsonStore(dataDir)
  if (fresh) await writeRegister(store, generateRegister({ vendors, now, seed: 20261125 }), now)
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' })
  const before = heapUsed()
  const peakBefore = peakRss()
  const cold = await time(() => unclaimedOn(store, config, now))
  const memory = gc
    ? `; keeps ${mb(heapUsed() - before)} of heap, peak RSS ${mb(peakRss())} (${mb(peakBefore)} before)`
    : ''
  console.log(
    `${vendors} vendors: cold build ${cold.ms.toFixed(0)} ms, ${cold.value.rows.length} rows, sha256 ${digest(cold.value.rows)}${memory} (load ${load()})`,
  )
  const plain: number[] = []
  let last = cold.value
  for (let d = 1; d <= Number(values.days); d++) {
    const at = now.add({ hours: 24 * d })
    const day = await time(() => unclaimedOn(store, config, at))
    last = day.value
    const monthEnd = day.value.today.endsWith('-01')
    if (!monthEnd) plain.push(day.ms)
    if (monthEnd || d <= 3 || day.ms > 50)
      console.log(
        `  ${day.value.today}${monthEnd ? ' (month end)' : ''}: ${day.ms.toFixed(1)} ms, ${day.value.rows.length} rows (load ${load()})`,
      )
  }
  const s = summarize(plain)
  console.log(`  other days: n ${s.n} p50 ${s.p50.toFixed(1)} ms p99 ${s.p99.toFixed(1)} ms (load ${load()})`)
  console.log(`  ${last.today}: ${last.rows.length} rows, sha256 ${digest(last.rows)}`)
  await store.close()
} finally {
  if (!values.dir) await rm(dir, { recursive: true, force: true })
}
