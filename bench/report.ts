// The table printed after a run, the goals checked at the largest size, and bench/results.json.
import { cpus, loadavg, totalmem } from 'node:os'
import type { ScaleResult } from './harness.ts'
import type { ColdStart } from './serve.ts'

export interface Machine {
  cpu: string
  cores: number
  memoryGb: number
  node: string
  platform: string
  date: string
  /** 1, 5 and 15 minute load averages at the start and end of the run: other work on the machine. */
  loadStart: number[]
  loadEnd: number[]
}

export function machine(loadStart: number[]): Machine {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
    loadStart: loadStart.map(round2),
    loadEnd: loadavg().map(round2),
  }
}

export interface Goal {
  goal: string
  value: string
  pass: boolean
}

/** Issue 19's limits: tight up to 10,000 vendors, looser at 100,000. */
function limits(vendors: number) {
  return vendors > 10_000
    ? { readMs: 20, writeMs: 10, rssMb: 1024, slack: 1.3, readyMs: Number.POSITIVE_INFINITY }
    : { readMs: 5, writeMs: 5, rssMb: 150, slack: 1.3, readyMs: 1000 }
}

export function goals(r: ScaleResult): Goal[] {
  const find = (name: string) => r.rows.find((x) => x.name.startsWith(name))
  const limit = limits(r.vendors)
  const out: Goal[] = []
  // Whether the write comes in a burst or on its own (see harness.ts): the worse of the two.
  const durable = find('sla log (durable')
  const alone = find('sla log, one at a time')
  if (durable) {
    const worst = Math.max(durable.p99, alone?.p99 ?? 0)
    out.push({
      goal: `durable sla log p99 < ${limit.writeMs} ms`,
      value: alone
        ? `${f(durable.p99)} ms back to back, ${f(alone.p99)} ms one at a time`
        : `${f(durable.p99)} ms`,
      pass: worst < limit.writeMs,
    })
  }
  if (r.burst) {
    const stall = Math.max(r.burst.maxDelayMs, r.burst.maxDriftMs)
    out.push({
      goal: `longest event-loop stall in a ${r.burst.writes}-write burst < 20 ms`,
      value: `${f(stall)} ms`,
      pass: stall < 20,
    })
  }
  for (const group of ['read', 'read after a write'] as const) {
    const reads = r.rows.filter((x) => x.group === group)
    if (reads.length === 0) continue
    const worst = reads.reduce((a, b) => (b.p99 > a.p99 ? b : a))
    out.push({
      goal: `every read command p99 < ${limit.readMs} ms (${group === 'read' ? 'repeated reads' : 'right after a write'})`,
      value: `worst ${worst.name}: ${f(worst.p99)} ms`,
      pass: worst.p99 < limit.readMs,
    })
  }
  const sweep = find('reminder sweep, real (nothing new due)')
  const dry = find('reminder sweep, dry run')
  if (sweep && dry) {
    const worst = Math.max(sweep.p50, dry.p50)
    out.push({
      goal: 'full reminder sweep < 50 ms (median)',
      value: `real ${f(sweep.p50)} ms, dry run ${f(dry.p50)} ms`,
      pass: worst < 50,
    })
  }
  if (r.slackRatio !== undefined) {
    out.push({
      goal: `Slack command within ${limit.slack}x the bare-Bolt floor (medians)`,
      value: `${r.slackRatio.toFixed(2)}x`,
      pass: r.slackRatio <= limit.slack,
    })
  }
  const cold = find('tickler serve')
  if (cold && Number.isFinite(limit.readyMs))
    out.push({
      goal: `serve ready (/healthz) < ${limit.readyMs} ms (median)`,
      value: `${f(cold.p50)} ms`,
      pass: cold.p50 < limit.readyMs,
    })
  if (r.coldStarts?.length) {
    const rss = Math.max(...r.coldStarts.map((c) => c.rssAfterMb))
    out.push({
      goal: `RSS < ${limit.rssMb} MB`,
      value: `${rss.toFixed(0)} MB after ${r.coldStarts[0]!.commands} commands`,
      pass: rss < limit.rssMb,
    })
  }
  return out
}

export function table(r: ScaleResult): string {
  const lines = [
    `${r.vendors.toLocaleString('en-US')} vendors: ${Object.entries(r.records)
      .map(([k, v]) => `${v.toLocaleString('en-US')} ${k}`)
      .join(
        ', ',
      )}; journal ${r.journalMb.toFixed(1)} MB; written in ${f(r.writeMs / 1000)} s; opened in process in ${f(r.openMs)} ms`,
    '',
    '| measure | n | p50 ms | p95 ms | p99 ms | max ms |',
    '|---|---:|---:|---:|---:|---:|',
  ]
  let group = ''
  for (const row of r.rows) {
    const name = row.group === 'read after a write' ? `${row.name} (after a write)` : row.name
    if (row.group !== group) group = row.group
    lines.push(
      `| ${name}${row.note ? ` (${row.note})` : ''} | ${row.n} | ${f(row.p50)} | ${f(row.p95)} | ${f(row.p99)} | ${f(row.max)} |`,
    )
  }
  const extra: string[] = []
  if (r.writeRatio !== undefined) extra.push(`durable write / fsync floor (p50): ${r.writeRatio.toFixed(2)}x`)
  if (r.slackRatio !== undefined) extra.push(`Slack /vendor / bare Bolt (p50): ${r.slackRatio.toFixed(2)}x`)
  if (r.burst) {
    extra.push(
      `burst: ${r.burst.writes} writes in ${f(r.burst.totalMs)} ms (${Math.round((r.burst.writes / r.burst.totalMs) * 1000)}/s); longest event-loop stall ${f(r.burst.maxDelayMs)} ms (histogram), ${f(r.burst.maxDriftMs)} ms (timer drift); p99 loop delay ${f(r.burst.p99DelayMs)} ms`,
    )
  }
  if (r.coldStarts?.length) {
    const c = r.coldStarts
    extra.push(
      `serve cold start: ${c.map((x) => `${f(x.readyMs)} ms`).join(', ')} wall; ${c.map((x) => x.cpuAtReadyS.toFixed(2)).join(', ')} CPU seconds (all threads) up to ready`,
      `serve memory: VmRSS ${range(c.map((x) => x.rssMb))} MB at ready, ${range(c.map((x) => x.rssAfterMb))} MB after ${c[0]!.commands} Slack commands (peak VmHWM ${range(c.map((x) => x.hwmAfterMb))} MB)${settled(c)}`,
    )
  }
  return [...lines, '', ...extra.map((e) => `- ${e}`)].join('\n')
}

export function goalTable(list: Goal[]): string {
  return [
    '| goal | measured | holds |',
    '|---|---|---|',
    ...list.map((g) => `| ${g.goal} | ${g.value} | ${g.pass ? 'yes' : 'NO'} |`),
  ].join('\n')
}

/** The last start's RSS after its quiet wait, when it waited (a quick run does not). */
function settled(starts: readonly ColdStart[]): string {
  const last = starts.at(-1)
  if (last?.rssSettledMb === undefined || !last.settleMs) return ''
  return `; ${Math.round(last.rssSettledMb)} MB after ${last.settleMs / 1000} s quiet (the last start)`
}

function range(values: number[]): string {
  const lo = Math.min(...values)
  const hi = Math.max(...values)
  return Math.round(lo) === Math.round(hi) ? `${Math.round(lo)}` : `${Math.round(lo)}–${Math.round(hi)}`
}

function f(value: number): string {
  if (!Number.isFinite(value)) return '–'
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)
}

function round2(x: number): number {
  return Math.round(x * 100) / 100
}
