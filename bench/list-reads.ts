// The list reads (renewals, risk due, agenda) on one generated register, many times, so they can be
// timed and profiled on their own without the whole benchmark:
//   node bin/run-ts.mjs bench/list-reads.ts --vendors 100000
//   node --cpu-prof --cpu-prof-dir /tmp/prof bin/run-ts.mjs bench/list-reads.ts --vendors 100000
//   … --commands 'renewals 90 days;agenda@repeated,after a write'   (kinds per command after @)
// Each command is timed once cold (its first answer in the process), repeated (caches warm), right
// after an unrelated write (the store's revision moves, its records do not), right after a contract
// write (the renewals change) and, with `next day` among the kinds, on each next day (the clock
// moves 24 hours before each run, so month ends are crossed too). A digest of each reply is printed
// so a change can be checked to answer byte for byte the same.
//   … --data /tmp/lr-100k   keeps the generated store there and reuses it on the next run (the
//   same seed and clock make the same register; generating 100,000 vendors takes a while). Each
//   run works on a copy, so the writes of one run never reach the next.
//   … --slowest 5           prints the slowest timed calls of each kind and their sample index.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { Temporal } from 'temporal-polyfill'
import { openTickler, type Tickler } from '../src/app/open-tickler.ts'
import { loadConfig } from '../src/config/config.ts'
import { openJsonStore } from '../src/store/json-store.ts'
import { silentLogger } from '../test/support/silent-logger.ts'
import { ask } from './ask.ts'
import { generateRegister, writeRegister } from './generate.ts'
import { BENCH_NOW } from './harness.ts'
import { sample, summarize, time } from './stats.ts'
import { touch } from './sweep.ts'

const { values } = parseArgs({
  options: {
    vendors: { type: 'string', default: '10000' },
    reps: { type: 'string', default: '200' },
    commands: { type: 'string', default: 'renewals 90 days;risk due;agenda;renewals 30 days;sla claims' },
    only: { type: 'string', default: 'repeated,after a write,after a contract write' },
    data: { type: 'string' },
    slowest: { type: 'string', default: '0' },
  },
})
const vendors = Number(values.vendors)
const reps = Number(values.reps)
const commands = values.commands!.split(';').map((c) => c.trim())
const allKinds = new Set(values.only!.split(','))

const now = Temporal.Instant.from(BENCH_NOW)
// Moved by the `next day` kind only; every other kind reads one instant.
let at = now
const clock = { now: () => at }
// CPU time of the process per timed call, beside the wall time: on a machine shared with other
// engineers' test runs the wall clock mostly measures the queue for a core.
let cpu: number[] = []

const slowest = Number(values.slowest)
const kept = values.data
const dir = await mkdtemp(join(tmpdir(), `tickler-list-reads-${vendors}-`))
const dataDir = join(dir, 'store')
try {
  let written = { ms: 0 }
  // A kept store is written once (its marker says it is complete) and only copied after that.
  const done = kept && join(kept, `complete-${vendors}`)
  if (!done || !existsSync(done)) {
    const register = generateRegister({ vendors, now, seed: 20261125 })
    const seeded = await openJsonStore(dataDir)
    written = await time(() => writeRegister(seeded, register, now))
    await seeded.close()
  }
  if (kept && done) {
    if (existsSync(done)) await cp(join(kept, 'store'), dataDir, { recursive: true })
    else {
      await rm(kept, { recursive: true, force: true })
      await cp(dataDir, join(kept, 'store'), { recursive: true })
      await mkdir(done)
    }
  }
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' })
  const tickler = await openTickler({ config, clock, log: silentLogger })
  console.log(
    `${vendors} vendors written in ${(written.ms / 1000).toFixed(1)} s; load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  )
  try {
    for (const line of commands) {
      // "agenda@repeated,after a write": this command measured only so.
      const [text = line, only] = line.split('@')
      const kinds = only ? new Set(only.split(',')) : allKinds
      const first = await time(() => ask(tickler, text))
      const reply = first.value
      console.log(
        `  ${'first (cold)'.padEnd(24)} ${first.ms.toFixed(1)} ms  (load ${loadavg()[0]!.toFixed(2)})`,
      )
      const json = JSON.stringify(reply)
      const digest = createHash('sha256').update(json).digest('hex').slice(0, 16)
      console.log(`${text}: ${json.length} bytes, sha256 ${digest}`)
      if (kinds.has('repeated'))
        report(text, 'repeated', await sample(() => askTimed(tickler, text), options()))
      if (kinds.has('after a write')) {
        const before = (i: number) => touch(tickler, i)
        report(text, 'after a write', await sample(() => askTimed(tickler, text), options(before)))
      }
      if (kinds.has('after a contract write')) {
        const before = (i: number) => editContract(tickler, i)
        report(text, 'after a contract write', await sample(() => askTimed(tickler, text), options(before)))
      }
      if (kinds.has('next day')) {
        // The clock stays where it got to: going back a day would build the lists again.
        const before = async () => {
          at = at.add({ hours: 24 })
        }
        report(text, 'next day', await sample(() => askTimed(tickler, text), options(before)))
      }
    }
  } finally {
    await tickler.close()
  }
  console.log(
    `load at end ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  )
} finally {
  await rm(dir, { recursive: true, force: true })
}

function options(before?: (i: number) => Promise<void>) {
  return { warmup: 5, reps, budgetMs: 20_000, ...(before ? { before } : {}) }
}

async function askTimed(tickler: Tickler, text: string) {
  const start = process.cpuUsage()
  const reply = await ask(tickler, text)
  const used = process.cpuUsage(start)
  cpu.push((used.user + used.system) / 1000)
  return reply
}

/** A `contract edit … value`: one contract record replaced, as the register editor does. */
async function editContract(tickler: Tickler, i: number): Promise<void> {
  const { store, clock } = tickler.context
  const contracts = store.all('contracts')
  const contract = contracts[(i * 7919) % contracts.length]!
  await store.transact({ who: 'bench', at: clock.now(), action: 'contract edit' }, (tx) => {
    tx.put('contracts', { ...contract, annualValue: `${1000 + (i % 500)}.00` })
  })
}

function report(text: string, kind: string, samples: number[]): void {
  const s = summarize(samples)
  // The warm-up calls come first; the timed ones are the last samples.length.
  const c = summarize(cpu.slice(-samples.length))
  cpu = []
  if (slowest > 0) {
    const worst = samples
      .map((ms, i) => [ms, i] as const)
      .sort((a, b) => b[0] - a[0])
      .slice(0, slowest)
    console.log(`    slowest: ${worst.map(([ms, i]) => `#${i} ${ms.toFixed(2)}`).join(', ')}`)
  }
  const load = loadavg()[0]!.toFixed(2)
  console.log(
    `  ${kind.padEnd(24)} n ${String(s.n).padStart(4)}  p50 ${s.p50.toFixed(2).padStart(7)} ms  p99 ${s.p99
      .toFixed(2)
      .padStart(
        7,
      )} ms  max ${s.max.toFixed(1).padStart(6)} ms; cpu p50 ${c.p50.toFixed(2)} p99 ${c.p99.toFixed(2)} ms  (load ${load}; ${text})`,
  )
}
