// The vendor lookup right after a vendor write (issue 19): each timed lookup follows an untimed
// vendor edit, add or remove, so the lookup index must follow that write before it answers. Timed
// twice: the lookup alone (findVendor, what every command with a vendor argument and the vendor
// spotter pay) and the whole `vendor <name>` command (the card's other per-vendor reads included).
// Also a full build of the index, the right size to profile:
//   node bin/run-ts.mjs bench/vendor-index-writes.ts --vendors 10000 --reps 300
//   node --cpu-prof --cpu-prof-dir /tmp/prof bin/run-ts.mjs bench/vendor-index-writes.ts --only build
import { mkdtemp, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { Temporal } from 'temporal-polyfill'
import { openTickler, type Tickler } from '../src/app/open-tickler.ts'
import { loadConfig } from '../src/config/config.ts'
import type { Vendor } from '../src/domain/vendor.ts'
import { requireContract } from '../src/lookup/contract-lookup.ts'
import { buildVendorIndex, vendorIndex } from '../src/lookup/vendor-index.ts'
import { findVendor } from '../src/lookup/vendor-lookup.ts'
import { openJsonStore } from '../src/store/json-store.ts'
import { fixedClock } from '../src/time/clock.ts'
import { silentLogger } from '../test/support/silent-logger.ts'
import { generateRegister, rng, writeRegister } from './generate.ts'
import { BENCH_NOW } from './harness.ts'
import { sample, summarize } from './stats.ts'

const { values } = parseArgs({
  options: {
    vendors: { type: 'string', default: '10000' },
    reps: { type: 'string', default: '300' },
    only: { type: 'string' },
    'no-command': { type: 'boolean', default: false },
  },
})
const vendors = Number(values.vendors)
const reps = Number(values.reps)
const now = Temporal.Instant.from(BENCH_NOW)
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')
const dir = await mkdtemp(join(tmpdir(), `tickler-vendor-index-${vendors}-`))
const dataDir = join(dir, 'store')
try {
  const register = generateRegister({ vendors, now, seed: 20261125 })
  const seeded = await openJsonStore(dataDir)
  await writeRegister(seeded, register, now)
  await seeded.close()
  const tickler = await openTickler({
    config: loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }),
    clock: fixedClock(now),
    log: silentLogger,
  })
  const random = rng(20261127)
  const store = tickler.context.store
  const anyVendor = () => {
    const all = store.all('vendors')
    return all[Math.floor(random() * all.length)]!
  }
  const write = (action: string, fn: Parameters<Tickler['context']['store']['transact']>[1]) =>
    store.transact({ who: 'bench', at: now, action }, fn)
  let added = 0
  const writes: [string, (i: number) => Promise<unknown>][] = [
    [
      'edit',
      (i) => write('vendor edit', (tx) => tx.put('vendors', { ...anyVendor(), category: `Bench ${i}` })),
    ],
    [
      'add',
      () =>
        write('vendor add', (tx) => {
          added++
          const vendor: Vendor = {
            id: `bench-added-${added}`,
            name: `Benchadded Holdings ${added}`,
            aliases: [`BAH${added}`],
            category: '',
            tier: 'low',
            owner: '',
            contactEmail: '',
            notes: '',
          }
          tx.put('vendors', vendor)
        }),
    ],
    ['remove', () => write('vendor remove', (tx) => tx.remove('vendors', anyVendor().id))],
  ]
  console.log(`${vendors} vendors; load ${load()}`)
  if (!values.only || values.only === 'build') {
    const all = store.all('vendors')
    const s = summarize(await sample(() => buildVendorIndex(all), { warmup: 3, reps: 20, budgetMs: 30_000 }))
    console.log(`build alone      n ${s.n}  p50 ${s.p50.toFixed(2)}  p99 ${s.p99.toFixed(2)} ms`)
  }
  for (const [name, before] of writes) {
    if (values.only && values.only !== name) continue
    const kinds = new Map<string, number>()
    const lookups = await sample(
      () => {
        const match = findVendor(store, anyVendor().name)
        kinds.set(match.kind, (kinds.get(match.kind) ?? 0) + 1)
      },
      { warmup: 5, reps, budgetMs: 60_000, before },
    )
    const l = summarize(lookups)
    console.log(
      `lookup after ${name.padEnd(7)} n ${l.n}  p50 ${l.p50.toFixed(2)}  p99 ${l.p99.toFixed(2)}  max ${l.max.toFixed(1)} ms  ${[...kinds].map(([k, v]) => `${k} ${v}`).join(', ')}`,
    )
    // The index alone: the store's new vendor array is made before the clock starts.
    const follows = await sample(() => vendorIndex(store), {
      warmup: 5,
      reps,
      budgetMs: 60_000,
      before: async (i) => {
        await before(i)
        store.all('vendors')
      },
    })
    const f = summarize(follows)
    console.log(
      `index after ${name.padEnd(8)} n ${f.n}  p50 ${f.p50.toFixed(2)}  p99 ${f.p99.toFixed(2)}  max ${f.max.toFixed(1)} ms`,
    )
    if (values['no-command']) continue
    const statuses = new Map<string, number>()
    const samples = await sample(
      async () => {
        const reply = await tickler.run({
          text: `vendor ${anyVendor().name}`,
          user: 'U0BENCH',
          platform: 'slack',
          channel: 'slack:T1:C1',
          workspace: 'T1',
        })
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1)
      },
      { warmup: 5, reps, budgetMs: 60_000, before },
    )
    const s = summarize(samples)
    console.log(
      `vendor after ${name.padEnd(7)} n ${s.n}  p50 ${s.p50.toFixed(2)}  p99 ${s.p99.toFixed(2)}  max ${s.max.toFixed(1)} ms  ${[...statuses].map(([k, v]) => `${k} ${v}`).join(', ')}`,
    )
  }
  if (!values.only || values.only === 'contract') {
    // `contract end <title> on <date>` as a write finds its contract, right after a contract write.
    const contracts = () => store.all('contracts')
    const anyContract = () => contracts()[Math.floor(random() * contracts().length)]!
    const options = { write: true, command: 'contract end', form: '', example: '', today: '2026-11-25' }
    const outcomes = new Map<string, number>()
    const samples = await sample(
      () => {
        const c = anyContract()
        const vendor = store.get('vendors', c.vendorId)
        let outcome = 'found'
        try {
          requireContract(store, `${vendor?.name ?? ''} ${c.title} on 2027-01-31`, options)
        } catch (e) {
          outcome = (e as Error).constructor.name
        }
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
      },
      {
        warmup: 5,
        reps,
        budgetMs: 60_000,
        before: (i) =>
          write('contract edit', (tx) => {
            const c = anyContract()
            tx.put('contracts', { ...c, owner: `U0BENCH${i}` })
          }),
      },
    )
    const c = summarize(samples)
    console.log(
      `contract after contract edit n ${c.n}  p50 ${c.p50.toFixed(2)}  p99 ${c.p99.toFixed(2)}  max ${c.max.toFixed(1)} ms  ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}`,
    )
  }
  console.log(`load ${load()}`)
  await tickler.close()
} finally {
  await rm(dir, { recursive: true, force: true })
}
