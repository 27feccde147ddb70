// Per-vendor reads on their own (issue 19): `vendor`, a misspelled `vendor`, `sla report`,
// `sla show`, `risk list` and `history` at one register size, many repetitions each, so their
// p50/p99 and how they grow per 10x vendors can be measured without the whole bench. Also the
// right size of script to profile:
//   node bin/run-ts.mjs bench/vendor-reads.ts --vendors 10000 --reps 500
//   node --cpu-prof --cpu-prof-dir /tmp/prof bin/run-ts.mjs bench/vendor-reads.ts --only vendor-typo
import { mkdtemp, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { Temporal } from 'temporal-polyfill'
import { openTickler } from '../src/app/open-tickler.ts'
import { loadConfig } from '../src/config/config.ts'
import { openJsonStore } from '../src/store/json-store.ts'
import { fixedClock } from '../src/time/clock.ts'
import { silentLogger } from '../test/support/silent-logger.ts'
import { generateRegister, rng, writeRegister } from './generate.ts'
import { BENCH_NOW, misspell } from './harness.ts'
import { sample, summarize, time } from './stats.ts'
import { touch } from './sweep.ts'

const { values } = parseArgs({
  options: {
    vendors: { type: 'string', default: '10000' },
    reps: { type: 'string', default: '500' },
    only: { type: 'string' },
    'after-write': { type: 'boolean', default: false },
  },
})
const vendors = Number(values.vendors)
const reps = Number(values.reps)
const now = Temporal.Instant.from(BENCH_NOW)
const dir = await mkdtemp(join(tmpdir(), `tickler-vendor-reads-${vendors}-`))
const dataDir = join(dir, 'store')
try {
  const register = generateRegister({ vendors, now, seed: 20261125 })
  const seeded = await openJsonStore(dataDir)
  await writeRegister(seeded, register, now)
  await seeded.close()
  const opened = await time(() =>
    openTickler({
      config: loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }),
      clock: fixedClock(now),
      log: silentLogger,
    }),
  )
  const tickler = opened.value
  const random = rng(20261126)
  const names = register.vendors.map((v) => v.name)
  const anyName = () => names[Math.floor(random() * names.length)]!
  const withIncidents = [...new Set(register.incidents.map((i) => i.vendorId))].map(
    (id) => register.vendors.find((v) => v.id === id)!.name,
  )
  const anyIncident = () => register.incidents[Math.floor(random() * register.incidents.length)]!.id
  const reads: [string, () => string][] = [
    ['vendor', () => `vendor ${anyName()}`],
    ['vendor-typo', () => `vendor ${misspell(anyName(), random)}`],
    ['sla-report', () => `sla report ${withIncidents[Math.floor(random() * withIncidents.length)]!}`],
    ['sla-show', () => `sla show ${anyIncident()}`],
    ['risk-list', () => `risk list ${anyName()}`],
    ['history', () => `history ${anyName()}`],
  ]
  console.log(
    `${vendors} vendors, opened in ${opened.ms.toFixed(0)} ms; load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  )
  let touches = 0
  for (const [name, text] of reads) {
    if (values.only && values.only !== name) continue
    const statuses = new Map<string, number>()
    const samples = await sample(
      async () => {
        const reply = await tickler.run({
          text: text(),
          user: 'U0BENCH',
          platform: 'slack',
          channel: 'slack:T1:C1',
          workspace: 'T1',
        })
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1)
      },
      {
        warmup: 20,
        reps,
        budgetMs: 60_000,
        ...(values['after-write'] ? { before: () => touch(tickler, touches++) } : {}),
      },
    )
    const s = summarize(samples)
    console.log(
      `${name.padEnd(12)} n ${s.n}  p50 ${s.p50.toFixed(2)}  p99 ${s.p99.toFixed(2)}  max ${s.max.toFixed(1)} ms  ${[...statuses].map(([k, v]) => `${k} ${v}`).join(', ')}`,
    )
  }
  console.log(
    `load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  )
  await tickler.close()
} finally {
  await rm(dir, { recursive: true, force: true })
}
