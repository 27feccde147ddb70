// Which cache holds what after the memory bench's commands (bench/serve-rss.ts): opens a copy of
// a register as serve does, runs its warm-up (which builds the vendor index) and its start-up
// sweep, then fills each cache the commands read on its own before the command itself, and prints
// the heap each adds (after a full collection), so the growth bench/retained.ts shows per command
// can be put on the cache that keeps it:
//   node --expose-gc bin/run-ts.mjs bench/cache-heap.ts --dir /tmp/tickler-mem19-10k
//     [--snapshots /tmp/heaps]   (a heap snapshot after each step, for retained sizes in DevTools)
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { getHeapStatistics, writeHeapSnapshot } from 'node:v8'
import { Temporal } from 'temporal-polyfill'
import { agendaWindow } from '../src/agenda/agenda-command.ts'
import { openTickler, warmUp } from '../src/app/open-tickler.ts'
import { unclaimedOn } from '../src/claims/unclaimed.ts'
import { loadConfig } from '../src/config/config.ts'
import { contractsOfVendor } from '../src/contracts/contracts-by-vendor.ts'
import { renewalsIn } from '../src/contracts/renewals.ts'
import { todayOf } from '../src/contracts/today.ts'
import { runReminderSweep } from '../src/reminders/sweep.ts'
import { dueChecks } from '../src/risk/due-list.ts'
import { evidenceLapses } from '../src/risk/evidence-lapsed.ts'
import { checksOfVendor } from '../src/risk/vendor-checks.ts'
import { nearOrPastIncidents } from '../src/sla/open-incidents.ts'
import { addDays } from '../src/time/calendar-date.ts'
import { fixedClock } from '../src/time/clock.ts'
import { silentLogger } from '../test/support/silent-logger.ts'
import { ask } from './ask.ts'
import { BENCH_NOW } from './harness.ts'
import { fakeNotifiers } from './sweep.ts'

const { values } = parseArgs({ options: { dir: { type: 'string' }, snapshots: { type: 'string' } } })
if (!values.dir) throw new Error('--dir: a folder holding store/ (see bench/retained.ts)')
const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with node --expose-gc')

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
let last = 0
let steps = 0
if (values.snapshots) await mkdir(values.snapshots, { recursive: true })
function heap(): number {
  gc!()
  gc!()
  return getHeapStatistics().used_heap_size
}
async function step(name: string, run: () => unknown): Promise<void> {
  await run()
  const used = heap()
  console.log(
    `${name.padEnd(36)} +${mb(used - last).padStart(7)} MB  heap ${mb(used).padStart(7)} MB  RSS ${mb(process.memoryUsage().rss).padStart(7)} MB`,
  )
  last = used
  if (values.snapshots) {
    const file = join(
      values.snapshots,
      `${String(++steps).padStart(2, '0')}-${name.trim().replace(/\W+/g, '-')}.heapsnapshot`,
    )
    console.log(`  ${writeHeapSnapshot(file)}`)
  }
}

const copy = await mkdtemp(join(tmpdir(), 'tickler-cache-heap-'))
try {
  const dataDir = join(copy, 'store')
  await cp(join(values.dir, 'store'), dataDir, { recursive: true })
  const now = Temporal.Instant.from(BENCH_NOW)
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' })
  last = heap()
  const tickler = await openTickler({ config, clock: fixedClock(now), log: silentLogger })
  const { context } = tickler
  const { store } = context
  const askHere = (text: string) => ask(tickler, text)
  const today = todayOf(context)
  const calendar = context.config.businessCalendar
  const vendors = store.all('vendors')
  try {
    await step('open', () => undefined)
    // As serve: the warm-up (the store's audit index and shared strings, the vendor index) runs
    // right after ready, before the start-up sweep.
    await step('warm-up', () => warmUp(context))
    await step('reminder sweep', () => runReminderSweep({ context, notifiers: fakeNotifiers().notifiers }))
    await step('  contracts by vendor', () => contractsOfVendor(store, vendors[0]!.id))
    await step('  checks by vendor', () => checksOfVendor(store, vendors[0]!.id))
    await step('  evidence lapses', () => evidenceLapses(store, today))
    await step('40 vendor cards', async () => {
      for (let i = 0; i < 40; i++) await askHere(`vendor ${vendors[(i * 131) % vendors.length]!.name}`)
    })
    await step('  renewals rows (90 days)', () =>
      renewalsIn(store, today, today, addDays(today, 90), calendar),
    )
    await step('renewals 90 days', () => askHere('renewals 90 days'))
    await step('  due checks (30 days)', () => dueChecks(store, today, addDays(today, 30)))
    await step('risk due', () => askHere('risk due'))
    const week = agendaWindow(today)
    await step('  renewals rows (week)', () => renewalsIn(store, today, today, week.weekEnd, calendar))
    await step('  due checks (week)', () => dueChecks(store, today, week.weekEnd))
    await step('  near or past incidents', () => nearOrPastIncidents(store, context.config, now))
    await step('  unclaimed credits', () => unclaimedOn(store, context.config, now))
    await step('agenda', () => askHere('agenda'))
    await step('sla claims', () => askHere('sla claims'))
  } finally {
    await tickler.close()
  }
} finally {
  await rm(copy, { recursive: true, force: true })
}
console.log(`load ${loadavg()[0]!.toFixed(2)}`)
