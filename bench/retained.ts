// What a serving process keeps after the bench's commands, in process so the heap can be read:
// opens a generated register (built once into --dir and reused), runs one real reminder sweep (as
// serve's start-up sweep), the 43 commands bench/harness.ts sends to `tickler serve`, then
// `sla claims`, a second sweep and ten contract edits each followed by the reads, and after each
// step prints the heap after a full collection and the RSS.
//   node --expose-gc bin/run-ts.mjs bench/retained.ts --vendors 100000 --dir /tmp/tickler-mem-100k
//   … --snapshot /tmp/mem.heapsnapshot   (a heap snapshot at the end, for DevTools)
//   … --edits 0   (no contract edits at the end: each is followed by every read, slow at 100k)
import { existsSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { getHeapStatistics, writeHeapSnapshot } from 'node:v8'
import { Temporal } from 'temporal-polyfill'
import { openTickler } from '../src/app/open-tickler.ts'
import { loadConfig } from '../src/config/config.ts'
import { runReminderSweep } from '../src/reminders/sweep.ts'
import { openJsonStore } from '../src/store/json-store.ts'
import { fixedClock } from '../src/time/clock.ts'
import { silentLogger } from '../test/support/silent-logger.ts'
import { ask } from './ask.ts'
import { generateRegister, writeRegister } from './generate.ts'
import { BENCH_NOW } from './harness.ts'
import { fakeNotifiers, fillLedger } from './sweep.ts'

const { values } = parseArgs({
  options: {
    vendors: { type: 'string', default: '10000' },
    dir: { type: 'string' },
    snapshot: { type: 'string' },
    // Contract edits after the commands, each followed by the reads and a sweep (slow at 100k).
    edits: { type: 'string', default: '10' },
  },
})
const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with node --expose-gc')
const vendors = Number(values.vendors)
const dataDir = join(values.dir ?? `/tmp/tickler-mem-${vendors}`, 'store')
const now = Temporal.Instant.from(BENCH_NOW)
const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' })

if (!existsSync(dataDir)) {
  const store = await openJsonStore(dataDir)
  await writeRegister(store, generateRegister({ vendors, now, seed: 20261125 }), now)
  await store.close()
  // As the bench leaves it: every post due up to yesterday recorded, so today's are new.
  const tickler = await openTickler({ config, clock: fixedClock(now), log: silentLogger })
  await fillLedger(tickler, now.subtract({ hours: 24 }))
  await tickler.close()
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
function report(step: string, ms: number): void {
  gc!()
  gc!()
  const heap = getHeapStatistics()
  const mem = process.memoryUsage()
  console.log(
    `${step.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  heap used ${mb(heap.used_heap_size).padStart(7)} MB  external ${mb(mem.external).padStart(6)} MB  RSS ${mb(mem.rss).padStart(7)} MB  (load ${loadavg()[0]!.toFixed(2)})`,
  )
}
async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now()
  const value = await run()
  report(name, performance.now() - started)
  return value
}

report('before open', 0)
const tickler = await step('open', () => openTickler({ config, clock: fixedClock(now), log: silentLogger }))
const { notifiers } = fakeNotifiers()
await step('reminder sweep', () => runReminderSweep({ context: tickler.context, notifiers }))
const names = tickler.context.store.all('vendors').map((v) => v.name)
await step('40 vendor cards', async () => {
  for (let i = 0; i < 40; i++) await ask(tickler, `vendor ${names[(i * 131) % names.length]}`)
})
for (const text of ['renewals 90 days', 'risk due', 'agenda']) {
  const bytes = await step(text, async () => JSON.stringify(await ask(tickler, text)).length)
  console.log(`  reply ${mb(bytes)} MB`)
}
const claims = await step('sla claims', async () => JSON.stringify(await ask(tickler, 'sla claims')).length)
console.log(`  reply ${mb(claims)} MB`)
await step('second reminder sweep', () => runReminderSweep({ context: tickler.context, notifiers }))
// Caches are kept per store revision: after writes, each followed by the reads, only the latest
// revision's values should remain.
const edits = Number(values.edits)
await step(`${edits} contract edits, each read`, async () => {
  const { store, clock } = tickler.context
  for (let i = 0; i < edits; i++) {
    const contracts = store.all('contracts')
    const contract = contracts[(i * 7919) % contracts.length]!
    await store.transact({ who: 'bench', at: clock.now(), action: 'contract edit' }, (tx) => {
      tx.put('contracts', { ...contract, annualValue: `${1000 + i}.00` })
    })
    for (const text of ['renewals 90 days', 'agenda', 'sla claims']) await ask(tickler, text)
    await runReminderSweep({ context: tickler.context, notifiers })
  }
})
if (values.snapshot) console.log(`snapshot ${writeHeapSnapshot(values.snapshot)}`)
await tickler.close()
