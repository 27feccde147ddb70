// The unclaimed service credits alone, walked across days (and month ends), so the carried list
// (src/claims/unclaimed-days.ts) can be timed and profiled without the rest of the agenda:
//   node bin/run-ts.mjs bench/claims-days.ts --vendors 100000 --days 40
// Prints the cold build, then each day's carry (month ends marked) and its row count.
import { mkdtemp, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { Temporal } from 'temporal-polyfill'
import { unclaimedOn } from '../src/claims/unclaimed.ts'
import { loadConfig } from '../src/config/config.ts'
import { openJsonStore } from '../src/store/json-store.ts'
import { generateRegister, writeRegister } from './generate.ts'
import { BENCH_NOW } from './harness.ts'
import { summarize, time } from './stats.ts'

const { values } = parseArgs({
  options: { vendors: { type: 'string', default: '10000' }, days: { type: 'string', default: '40' } },
})
const vendors = Number(values.vendors)
const load = () => loadavg()[0]!.toFixed(2)
const now = Temporal.Instant.from(BENCH_NOW)
const dir = await mkdtemp(join(tmpdir(), `tickler-claims-days-${vendors}-`))
try {
  const store = await openJsonStore(join(dir, 'store'))
  await writeRegister(store, generateRegister({ vendors, now, seed: 20261125 }), now)
  const config = loadConfig({ DATA_DIR: join(dir, 'store'), LOG_LEVEL: 'silent' })
  const cold = await time(() => unclaimedOn(store, config, now))
  console.log(
    `${vendors} vendors: cold build ${cold.ms.toFixed(0)} ms, ${cold.value.rows.length} rows (load ${load()})`,
  )
  const plain: number[] = []
  for (let d = 1; d <= Number(values.days); d++) {
    const at = now.add({ hours: 24 * d })
    const day = await time(() => unclaimedOn(store, config, at))
    const monthEnd = day.value.today.endsWith('-01')
    if (!monthEnd) plain.push(day.ms)
    if (monthEnd || d <= 3 || day.ms > 50)
      console.log(
        `  ${day.value.today}${monthEnd ? ' (month end)' : ''}: ${day.ms.toFixed(1)} ms, ${day.value.rows.length} rows (load ${load()})`,
      )
  }
  const s = summarize(plain)
  console.log(`  other days: n ${s.n} p50 ${s.p50.toFixed(1)} ms p99 ${s.p99.toFixed(1)} ms (load ${load()})`)
  await store.close()
} finally {
  await rm(dir, { recursive: true, force: true })
}
