// The commit that finds a snapshot due, against an ordinary one, and the longest event-loop block
// from that commit until the snapshot is on disk, with commits going on meanwhile (issue 19: no
// stall over 20 ms in a burst at 10,000 vendors). Each run starts from a copy of one seeded
// register (kept in --dir between invocations), so the first commit finds the index still packed.
//   node bin/run-ts.mjs bench/snapshot-stall.ts [--vendors 10000] [--runs 5] [--dir /tmp/stall-10k]
import { cp, mkdtemp, rm, stat } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { Temporal } from 'temporal-polyfill'
import { type JsonStore, type JsonStoreOptions, openJsonStore } from '../src/store/json-store.ts'
import type { Store } from '../src/store/store.ts'
import { generateRegister, writeRegister } from './generate.ts'
import { BENCH_NOW } from './harness.ts'
import { longestBlock } from './loop-block.ts'
import { summarize } from './stats.ts'

const { values } = parseArgs({
  options: {
    vendors: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '5' },
    dir: { type: 'string' },
  },
})
const vendors = Number(values.vendors)
const now = Temporal.Instant.from(BENCH_NOW)
const seed = values.dir ?? join(tmpdir(), `tickler-stall-${vendors}`)
if (!(await stat(join(seed, 'snapshot.json')).catch(() => null))) {
  const store = await openJsonStore(seed)
  await writeRegister(store, generateRegister({ vendors, now, seed: 20261125 }), now)
  await store.close()
}
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')

let n = 0
const write = async (store: Store): Promise<number> => {
  const t = performance.now()
  await store.transact({ who: 'bench', at: now, action: 'sla log', requestId: `r${n++}` }, (tx) =>
    tx.next('incident'),
  )
  return performance.now() - t
}

async function fresh(options: JsonStoreOptions): Promise<{ store: JsonStore; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'tickler-stall-run-'))
  await cp(seed, join(dir, 'store'), { recursive: true })
  return { store: (await openJsonStore(join(dir, 'store'), options)) as JsonStore, dir }
}

const firstOrdinary: number[] = []
const ordinary: number[] = []
const trigger: number[] = []
const during: number[] = []
const blocks: number[] = []
const settled: number[] = []
console.log(`load average at start: ${load()}`)
for (let run = 0; run < Number(values.runs); run++) {
  const plain = await fresh({})
  firstOrdinary.push(await write(plain.store))
  for (let i = 0; i < 20; i++) ordinary.push(await write(plain.store))
  await plain.store.close()
  await rm(plain.dir, { recursive: true, force: true })

  const due = await fresh({ snapshotAfterBytes: 0 })
  const { result, driftMs } = await longestBlock(async () => {
    const t = performance.now()
    const ms = await write(due.store)
    // Until the snapshot this commit started is on disk: a commit after that starts another.
    let written = false
    void due.store.snapshotWritten().then(() => {
      written = true
    })
    while (!written) during.push(await write(due.store))
    return { ms, settledMs: performance.now() - t }
  })
  trigger.push(result.ms)
  settled.push(result.settledMs)
  blocks.push(driftMs)
  await due.store.close()
  await rm(due.dir, { recursive: true, force: true })
}
const show = (name: string, samples: number[]) => {
  const s = summarize(samples)
  console.log(
    `${name.padEnd(44)} n=${s.n} p50 ${s.p50.toFixed(2)} p99 ${s.p99.toFixed(2)} max ${s.max.toFixed(1)} ms`,
  )
}
show('first commit, no snapshot due', firstOrdinary)
show('later commits, no snapshot due', ordinary)
show('first commit, snapshot due', trigger)
show('commits while the snapshot is taken/written', during)
show('longest event-loop block, commit to written', blocks)
show('commit to snapshot on disk', settled)
console.log(`load average at end: ${load()}`)
