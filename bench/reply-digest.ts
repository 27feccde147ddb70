// A digest of every reply `tickler serve` gives in the memory bench (bench/serve-rss.ts: 40 vendor
// cards, renewals, risk due, agenda) plus `sla claims`, `sla open`, a few more vendor cards, and
// the list reads again after a contract edit, so a change to a cache can be checked to answer
// byte for byte the same before and after it, including after a write:
//   node bin/run-ts.mjs bench/reply-digest.ts --dir /tmp/tickler-mem19-10k [--verbose]
// The folder holds `store/` (bench/retained.ts builds it); it is copied, so it is never written.
import { createHash } from 'node:crypto'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { Temporal } from 'temporal-polyfill'
import { openTickler, type Tickler } from '../src/app/open-tickler.ts'
import { loadConfig } from '../src/config/config.ts'
import { runReminderSweep } from '../src/reminders/sweep.ts'
import { fixedClock } from '../src/time/clock.ts'
import { silentLogger } from '../test/support/silent-logger.ts'
import { ask } from './ask.ts'
import { BENCH_NOW } from './harness.ts'
import { fakeNotifiers } from './sweep.ts'

const { values } = parseArgs({
  options: { dir: { type: 'string' }, verbose: { type: 'boolean', default: false } },
})
if (!values.dir) throw new Error('--dir: a folder holding store/ (see bench/retained.ts)')
const copy = await mkdtemp(join(tmpdir(), 'tickler-reply-digest-'))
const total = createHash('sha256')
try {
  const dataDir = join(copy, 'store')
  await cp(join(values.dir, 'store'), dataDir, { recursive: true })
  const now = Temporal.Instant.from(BENCH_NOW)
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' })
  const tickler = await openTickler({ config, clock: fixedClock(now), log: silentLogger })
  try {
    // As serve's start-up sweep: the posts it records show in the replies after it.
    await runReminderSweep({ context: tickler.context, notifiers: fakeNotifiers().notifiers })
    const names = tickler.context.store.all('vendors').map((v) => v.name)
    const cards = Array.from({ length: 40 }, (_, i) => `vendor ${names[(i * 131) % names.length]}`)
    const more = [0, 1, 7, 4999, names.length - 1].map((i) => `vendor ${names[i % names.length]}`)
    const lists = ['renewals 90 days', 'risk due', 'agenda', 'sla claims', 'sla open']
    for (const text of [...cards, ...lists, ...more, ...cards.slice(0, 5)]) await digest(tickler, text)
    const { store, clock } = tickler.context
    for (let i = 0; i < 3; i++) {
      const contracts = store.all('contracts')
      const contract = contracts[(i * 7919) % contracts.length]!
      await store.transact({ who: 'bench', at: clock.now(), action: 'contract edit' }, (tx) => {
        tx.put('contracts', { ...contract, annualValue: `${1000 + i}.00`, endDate: '2027-01-15' })
      })
      const owner = store.get('vendors', contract.vendorId)?.name
      for (const text of [...lists, ...(owner ? [`vendor ${owner}`] : [])]) await digest(tickler, text)
    }
  } finally {
    await tickler.close()
  }
} finally {
  await rm(copy, { recursive: true, force: true })
}
console.log(`all replies: sha256 ${total.digest('hex').slice(0, 16)}`)

async function digest(tickler: Tickler, text: string): Promise<void> {
  const reply = await ask(tickler, text)
  const json = JSON.stringify(reply)
  total.update(`${text}\n${json}\n`)
  if (values.verbose) console.log(`${createHash('sha256').update(json).digest('hex').slice(0, 16)}  ${text}`)
}
