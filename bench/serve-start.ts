// Cold start of `tickler serve` alone, without the rest of the bench: builds (once) a register at
// the given scale in a kept folder, then starts serve on it N times and on an empty store once,
// printing ready time, CPU seconds and RSS at ready with the load average beside them.
//   node bin/run-ts.mjs bench/serve-start.ts [--vendors 10000] [--runs 3] [--dir /tmp/tickler-10k]
//     [--node-flag=--max-semi-space-size=8 ...]
// bin/tickler.mjs runs dist/ only when it is newer than every source file, else the sources
// through tsx, which about doubles the CPU to ready: the bench builds first when it is stale. The
// register's snapshot is first made one the build sealed (seal-snapshot.ts: two journal lines
// more in --dir), as a deployed serve finds it; the first start after an upgrade checks every
// record instead (about a quarter more at 10,000 vendors).
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { Temporal } from 'temporal-polyfill'
import { openJsonStore } from '../src/store/json-store.ts'
import { generateRegister, writeRegister } from './generate.ts'
import { BENCH_NOW } from './harness.ts'
import { sealWithBuild } from './seal-snapshot.ts'
import { coldStart } from './serve.ts'
import { SlackApiStub } from './slack-api.ts'

const { values } = parseArgs({
  options: {
    vendors: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    dir: { type: 'string' },
    'node-flag': { type: 'string', multiple: true, default: [] },
  },
})
const nodeFlags = values['node-flag']
const vendors = Number(values.vendors)
const dataDir = values.dir ?? join(tmpdir(), `tickler-serve-start-${vendors}`)
if (!existsSync(dataDir)) {
  const now = Temporal.Instant.from(BENCH_NOW)
  const store = await openJsonStore(dataDir)
  await writeRegister(store, generateRegister({ vendors, now, seed: 1 }), now)
  await store.close()
}
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')
console.log(
  (await sealWithBuild(dataDir, BENCH_NOW))
    ? 'snapshot written by this build: its records are taken unchecked'
    : 'snapshot NOT written by this build (no build, or dist/ older than the sources): checked at each start',
)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const stub = new SlackApiStub()
await stub.start()
try {
  await coldStart({ dataDir, now: BENCH_NOW, apiUrl: stub.url, commands: [], nodeFlags })
  const runs = []
  for (let i = 0; i < Number(values.runs); i++) {
    const run = await coldStart({ dataDir, now: BENCH_NOW, apiUrl: stub.url, commands: [], nodeFlags })
    runs.push(run)
    console.log(
      `${vendors} vendors: ready ${run.readyMs.toFixed(0)} ms, ${run.cpuAtReadyS.toFixed(2)} CPU s, RSS ${run.rssMb.toFixed(0)} MB (peak ${run.hwmMb.toFixed(0)}) (load ${load()})`,
    )
  }
  console.log(
    `median: ready ${median(runs.map((r) => r.readyMs)).toFixed(0)} ms, ${median(runs.map((r) => r.cpuAtReadyS)).toFixed(2)} CPU s, RSS ${median(runs.map((r) => r.rssMb)).toFixed(0)} MB${nodeFlags.length > 0 ? ` (node ${nodeFlags.join(' ')})` : ''}`,
  )
  const empty = await mkdtemp(join(tmpdir(), 'tickler-serve-empty-'))
  try {
    const run = await coldStart({
      dataDir: join(empty, 'store'),
      now: BENCH_NOW,
      apiUrl: stub.url,
      commands: [],
      nodeFlags,
    })
    console.log(
      `empty store: ready ${run.readyMs.toFixed(0)} ms, ${run.cpuAtReadyS.toFixed(2)} CPU s, RSS ${run.rssMb.toFixed(0)} MB (peak ${run.hwmMb.toFixed(0)}) (load ${load()})`,
    )
  } finally {
    await rm(empty, { recursive: true, force: true })
  }
} finally {
  await stub.close()
}
