// One benchmark run at one register size: generate, write through the real store, then measure
// reads, durable writes (with their floor), a write burst's event-loop stall, the reminder sweep,
// Slack end to end (with its floor) and the cold start of `tickler serve`.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Temporal } from 'temporal-polyfill'
import { openTickler, type Tickler } from '../src/app/open-tickler.ts'
import { loadConfig } from '../src/config/config.ts'
import { LOCK_LEASE_MS, openJsonStore } from '../src/store/json-store.ts'
import { fixedClock } from '../src/time/clock.ts'
import { silentLogger } from '../test/support/silent-logger.ts'
import { ask } from './ask.ts'
import { generateRegister, type Register, rng, writeRegister } from './generate.ts'
import { sealWithBuild } from './seal-snapshot.ts'
import { coldStart } from './serve.ts'
import { measureSlack } from './slack.ts'
import { SlackApiStub } from './slack-api.ts'
import { type SampleOptions, type Summary, sample, summarize, time } from './stats.ts'
import { measureSweep, touch } from './sweep.ts'
import { journalBytes, logIncident, measureBurst, measureFsyncFloor, slaLogLine } from './writes.ts'

export const BENCH_NOW = '2026-11-25T10:00:00Z'

/** How long `npm run bench`'s last cold start of `serve` stays quiet before RSS is read again. */
export const SETTLE_MS = 15_000

export interface Row extends Summary {
  name: string
  group: 'read' | 'read after a write' | 'write' | 'sweep' | 'slack' | 'serve'
  note?: string
}

export interface ScaleResult {
  vendors: number
  records: Record<string, number>
  journalMb: number
  generateMs: number
  writeMs: number
  openMs: number
  rows: Row[]
  burst?: Awaited<ReturnType<typeof measureBurst>>
  sweep?: { ledger: number; planned: number; firstMs: number; firstPosted: number; steadyPosted: number }
  slackRatio?: number
  writeRatio?: number
  coldStarts?: Awaited<ReturnType<typeof coldStart>>[]
  outcomes: Record<string, Record<string, number>>
  /** Parts that could not be measured (e.g. serve failing to start), with the reason. */
  errors: string[]
}

export interface HarnessOptions {
  vendors: number
  seed?: number
  /** Samples per row, warm-up, and the time budget per row. */
  reads: SampleOptions
  writes: SampleOptions
  burst: number
  coldStarts: number
  /** How long the last cold start stays quiet after the commands before RSS is read again (0: not). */
  settleMs?: number
  parts?: { slack?: boolean; serve?: boolean }
  log?: (line: string) => void
}

/** A misspelling a user would make: one letter inside the first word replaced. */
export function misspell(name: string, random: () => number): string {
  const first = name.split(' ')[0]!
  const at = 2 + Math.floor(random() * Math.max(1, first.length - 3))
  const letter = first[at] === 'x' ? 'q' : 'x'
  return `${first.slice(0, at)}${letter}${first.slice(at + 1)}${name.slice(first.length)}`
}

export async function runScale(options: HarnessOptions): Promise<ScaleResult> {
  const begun = performance.now()
  const log = (line: string) =>
    options.log?.(`${((performance.now() - begun) / 1000).toFixed(1).padStart(6)} s ${line}`)
  const now = Temporal.Instant.from(BENCH_NOW)
  const dir = await mkdtemp(join(tmpdir(), `tickler-bench-${options.vendors}-`))
  const dataDir = join(dir, 'store')
  const { picks, records, generateMs, writeMs } = await seed(options, dataDir, now)
  log(`  ${options.vendors} vendors: generated in ${ms(generateMs)}, written in ${ms(writeMs)}`)

  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' })
  const opened = await time(() => openTickler({ config, clock: fixedClock(now), log: silentLogger }))
  const tickler = opened.value
  const result: ScaleResult = {
    vendors: options.vendors,
    records,
    journalMb: (await journalBytes(dataDir)) / 1024 / 1024,
    generateMs,
    writeMs,
    openMs: opened.ms,
    rows: [],
    outcomes: {},
    errors: [],
  }
  const stub = new SlackApiStub()
  await stub.start()
  try {
    await measureReads(tickler, picks, options, result, log)
    // Before the write measures, whose incidents would all be new posts for the incidents topic.
    log('  reminder sweep')
    const sweep = await measureSweep(tickler, now, {
      ...options.reads,
      reps: Math.min(options.reads.reps, 30),
    })
    result.sweep = {
      ledger: sweep.ledger,
      planned: sweep.planned,
      firstMs: sweep.first.ms,
      firstPosted: sweep.first.posted,
      steadyPosted: sweep.steadyPosted,
    }
    result.rows.push(
      row(
        'reminder sweep, dry run',
        'sweep',
        sweep.dryRun,
        `plans ${sweep.planned} posts; ledger holds ${sweep.ledger}`,
      ),
      row(
        'reminder sweep, real (nothing new due)',
        'sweep',
        sweep.steady,
        'full plan; the ledger says all posted',
      ),
      row(
        'reminder sweep, real, first of the day',
        'sweep',
        [sweep.first.ms],
        `posts the ${sweep.first.posted} stages newly due today`,
      ),
    )
    await measureWrites(tickler, picks, dir, dataDir, options, result, log)
    if (options.parts?.slack ?? true) {
      log('  slack over HTTP')
      await measureSlackPart(tickler, picks, stub.url, options, result).catch((error: unknown) => {
        result.errors.push(`slack: ${message(error)}`)
        log(`  slack failed: ${message(error)}`)
      })
    }
  } finally {
    await tickler.close()
  }
  try {
    if ((options.parts?.serve ?? true) && options.coldStarts > 0) {
      log('  tickler serve cold start')
      await measureServe(dataDir, picks, stub.url, options, result).catch((error: unknown) => {
        result.errors.push(`serve: ${message(error)}`)
        log(`  serve failed: ${message(error)}`)
      })
    }
  } finally {
    await stub.close()
    await rm(dir, { recursive: true, force: true })
  }
  return result
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 2000)
}

async function measureSlackPart(
  tickler: Tickler,
  { names }: Picks,
  apiUrl: string,
  options: HarnessOptions,
  result: ScaleResult,
): Promise<void> {
  const pick = rng((options.seed ?? 1) + 7)
  const slack = await measureSlack(
    tickler,
    apiUrl,
    {
      '/vendor <name> (Slack, HTTP)': ['/vendor', () => names[Math.floor(pick() * names.length)]!],
      '/renewals 30 days (Slack, HTTP)': ['/renewals', () => '30 days'],
    },
    options.reads,
  )
  const floor = row('bare Bolt floor: ack a constant (Slack, HTTP)', 'slack', slack.floor)
  result.rows.push(floor)
  for (const [name, samples] of Object.entries(slack.tickler)) result.rows.push(row(name, 'slack', samples))
  result.slackRatio = result.rows.find((r) => r.name.startsWith('/vendor'))!.p50 / floor.p50
}

async function measureServe(
  dataDir: string,
  { names }: Picks,
  apiUrl: string,
  options: HarnessOptions,
  result: ScaleResult,
): Promise<void> {
  const commands: [string, string][] = []
  for (let i = 0; i < 40; i++) commands.push(['/vendor', names[(i * 131) % names.length]!])
  commands.push(['/renewals', '90 days'], ['/tickler', 'risk due'], ['/tickler', 'agenda'])
  // Its snapshot as a deployed serve finds it: sealed by the build, so its records are not checked
  // again (the first start after an upgrade checks them, about a quarter more at 10,000 vendors).
  await sealWithBuild(dataDir, BENCH_NOW)
  // The first start fills tsx's compile cache, as any second start of an installed Tickler finds it.
  await coldStart({ dataDir, now: BENCH_NOW, apiUrl, commands: [] })
  result.coldStarts = []
  for (let i = 0; i < options.coldStarts; i++) {
    // The last start also stays up quiet: what a server holds between requests, once its idle
    // compaction (after 5 s) and young-generation shrink (about 6 s more) have had their turn.
    const settleMs = i === options.coldStarts - 1 && options.settleMs ? options.settleMs : undefined
    result.coldStarts.push(await coldStart({ dataDir, now: BENCH_NOW, apiUrl, commands, settleMs }))
  }
  result.rows.push(
    row(
      'tickler serve: spawn to /healthz 200',
      'serve',
      result.coldStarts.map((c) => c.readyMs),
    ),
  )
  // The same start on an empty store: what module loading costs before any record is read.
  const emptyDir = await mkdtemp(join(tmpdir(), 'tickler-bench-empty-'))
  try {
    const empty = await coldStart({ dataDir: join(emptyDir, 'store'), now: BENCH_NOW, apiUrl, commands: [] })
    result.rows.push(
      row(
        'tickler serve, empty store: spawn to /healthz 200',
        'serve',
        [empty.readyMs],
        `${empty.cpuAtReadyS.toFixed(2)} CPU s`,
      ),
    )
  } finally {
    await rm(emptyDir, { recursive: true, force: true })
  }
}

async function measureReads(
  tickler: Tickler,
  { names, withIncidents }: Picks,
  options: HarnessOptions,
  result: ScaleResult,
  log: (line: string) => void,
): Promise<void> {
  const random = rng((options.seed ?? 1) + 1)
  const vendorNames = new Set(names)
  const anyName = () => names[Math.floor(random() * names.length)]!
  const reads: [string, () => string][] = [
    ['vendor <exact name>', () => `vendor ${anyName()}`],
    ['vendor <misspelled name>', () => `vendor ${misspell(anyName(), random)}`],
    ['renewals 90 days', () => 'renewals 90 days'],
    ['risk due', () => 'risk due'],
    [
      'sla report <vendor>',
      () => `sla report ${withIncidents[Math.floor(random() * withIncidents.length)]!}`,
    ],
    ['agenda', () => 'agenda'],
  ]
  for (const [name, text] of reads) {
    log(`  ${name}`)
    const outcomes: Record<string, number> = {}
    const samples = await sample(async () => {
      const reply = await ask(tickler, text())
      // What kind of answer came back: a vendor card (exact or forgiven typo), a pick list, a list…
      const title = reply.title ?? ''
      const kind =
        reply.status !== 'ok'
          ? reply.status
          : vendorNames.has(title)
            ? 'vendor card'
            : title.split(':')[0]!.slice(0, 40)
      outcomes[kind] = (outcomes[kind] ?? 0) + 1
    }, options.reads)
    result.outcomes[name] = outcomes
    result.rows.push(row(name, 'read', samples))
  }
  // Right after any write (an incident, a sweep's ledger entry) the per-revision caches are stale.
  let touches = 0
  for (const [name, text] of reads.slice(2)) {
    log(`  ${name} after a write`)
    const samples = await sample(() => ask(tickler, text()), {
      ...options.reads,
      reps: Math.min(options.reads.reps, 50),
      before: () => touch(tickler, touches++),
    })
    result.rows.push(row(name, 'read after a write', samples))
  }
}

async function measureWrites(
  tickler: Tickler,
  { names }: Picks,
  dir: string,
  dataDir: string,
  options: HarnessOptions,
  result: ScaleResult,
  log: (line: string) => void,
): Promise<void> {
  log('  sla log (durable)')
  const before = await journalBytes(dataDir)
  const writes = await sample((i) => logIncident(tickler, slaLogLine(names, i)), options.writes)
  const lineBytes =
    Math.round((await journalBytes(dataDir)) - before) / (writes.length + options.writes.warmup)
  const durable = row('sla log (durable: fdatasync before the reply)', 'write', writes)
  // Back to back, each write but the first finds the lock still held (its lease); a write on its
  // own takes it anew, making and removing the lock file, which fdatasync commits too.
  log('  sla log, one at a time')
  const spaced = await sample((i) => logIncident(tickler, slaLogLine(names, 500_000 + i)), {
    ...options.writes,
    reps: Math.min(options.writes.reps, 100),
    minReps: Math.min(options.writes.minReps ?? 20, 100),
    before: () => new Promise((resolve) => setTimeout(resolve, LOCK_LEASE_MS + 30)),
  })
  const alone = row(
    `sla log, one at a time (${LOCK_LEASE_MS + 30} ms apart: the lock taken anew)`,
    'write',
    spaced,
  )
  log('  fsync floor')
  const floor = row(
    `floor: one ${Math.round(lineBytes)}-byte JSON line appended + fdatasync`,
    'write',
    await measureFsyncFloor(dir, lineBytes, options.writes),
  )
  result.rows.push(durable, alone, floor)
  result.writeRatio = durable.p50 / floor.p50
  log(`  burst of ${options.burst} writes`)
  result.burst = await measureBurst(tickler, names, options.burst, 1_000_000)
}

function row(name: string, group: Row['group'], samples: number[], note?: string): Row {
  return { name, group, ...summarize(samples), ...(note ? { note } : {}) }
}

/** What the measures use of the generated register: vendor names. */
interface Picks {
  names: readonly string[]
  /** sla report on vendors that have incidents (the skew puts most on the first vendors). */
  withIncidents: readonly string[]
}

/**
 * Generates the register and writes it through the store, keeping only what the measures use:
 * the generated register (hundreds of MB at 100,000 vendors) is garbage once this returns, so the
 * process measured holds what a serve holds, and marking that heap does not lengthen its tails.
 */
async function seed(options: HarnessOptions, dataDir: string, now: Temporal.Instant) {
  const generated = await time(() => generateRegister({ vendors: options.vendors, now, seed: options.seed }))
  const register = generated.value
  const seeded = await openJsonStore(dataDir)
  const written = await time(() => writeRegister(seeded, register, now))
  await seeded.close()
  const nameOf = new Map(register.vendors.map((v) => [v.id, v.name]))
  const picks: Picks = {
    names: register.vendors.map((v) => v.name),
    withIncidents: [...new Set(register.incidents.map((i) => i.vendorId))].map((id) => nameOf.get(id)!),
  }
  return { picks, records: counts(register), generateMs: generated.ms, writeMs: written.ms }
}

function counts(register: Register): Record<string, number> {
  return Object.fromEntries(Object.entries(register).map(([k, v]) => [k, (v as unknown[]).length]))
}

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`
}
