// `history <vendor>` at one register size, built as harness.ts builds it, plus the edits that give
// a journal later entries (one vendor in five) and a few removed vendors, so the trail is not all
// first entries. Run: node bin/run-ts.mjs bench/history.ts [vendors]
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Temporal } from 'temporal-polyfill'
import { openTickler } from '../src/app/open-tickler.ts'
import { loadConfig } from '../src/config/config.ts'
import { openJsonStore } from '../src/store/json-store.ts'
import { fixedClock } from '../src/time/clock.ts'
import { silentLogger } from '../test/support/silent-logger.ts'
import { generateRegister, rng, writeRegister } from './generate.ts'
import { BENCH_NOW } from './harness.ts'
import { sample, summarize } from './stats.ts'
import { journalBytes } from './writes.ts'

const vendors = Number(process.argv[2] ?? 10_000)
const now = Temporal.Instant.from(BENCH_NOW)
const dir = await mkdtemp(join(tmpdir(), `tickler-history-${vendors}-`))
const dataDir = join(dir, 'store')
try {
  const register = generateRegister({ vendors, now, seed: 1 })
  const store = await openJsonStore(dataDir)
  await writeRegister(store, register, now)
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', TICKLER_ADMINS: 'U0BENCH' })
  const tickler = await openTickler({ config, clock: fixedClock(now), log: silentLogger, store })
  const ask = async (text: string) => {
    const reply = await tickler.run({ text, user: 'U0BENCH', platform: 'slack' })
    if (reply.status !== 'ok') throw new Error(`${text}: ${reply.status}`)
    return reply
  }
  try {
    // One vendor in five edited, each in its own line as `vendor edit` would write it (the
    // command itself rebuilds the vendor index per edit: 10,000 of them took most of an hour).
    for (const v of register.vendors.filter((_, i) => i % 5 === 0)) {
      await store.transact({ who: 'U0BENCH', at: now, action: 'vendor edit' }, (tx) =>
        tx.put('vendors', { ...tx.get('vendors', v.id)!, category: 'Edited' }),
      )
    }
    const removed = register.vendors.slice(-20)
    // Straight through the store: `vendor remove` refuses vendors with running contracts.
    for (const v of removed) {
      await store.transact({ who: 'U0BENCH', at: now, action: 'vendor remove' }, (tx) => {
        const contracts = new Set(
          tx
            .all('contracts')
            .filter((c) => c.vendorId === v.id)
            .map((c) => c.id),
        )
        for (const name of ['slaTargets', 'incidents', 'riskChecks', 'contracts'] as const) {
          for (const r of tx.all(name) as readonly { id: string; vendorId?: string; contractId?: string }[]) {
            if (r.vendorId === v.id || contracts.has(r.contractId ?? '')) tx.remove(name, r.id)
          }
        }
        tx.remove('vendors', v.id)
      })
    }
    const journalMb = (await journalBytes(dataDir)) / 1024 / 1024
    console.log(`${vendors} vendors, journal ${journalMb.toFixed(1)} MB`)

    const random = rng(7)
    const live = register.vendors.slice(0, -20)
    const options = { warmup: 3, reps: 40, budgetMs: 20_000, minReps: 10 }
    const cases: [string, () => string][] = [
      ['history <live vendor>', () => `history "${live[Math.floor(random() * live.length)]!.name}"`],
      ['history <removed vendor>', () => `history "${removed[Math.floor(random() * removed.length)]!.name}"`],
    ]
    for (const [name, text] of cases) {
      const s = summarize(await sample(() => ask(text()), options))
      console.log(
        `${name.padEnd(26)} n=${s.n} p50=${s.p50.toFixed(1)} ms p95=${s.p95.toFixed(1)} ms max=${s.max.toFixed(1)} ms`,
      )
    }
  } finally {
    await store.close()
  }
} finally {
  await rm(dir, { recursive: true, force: true })
}
