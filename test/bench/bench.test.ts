// The benchmark's generator is deterministic and its harness runs end to end at a tiny size. No
// timing is asserted here: speed is what `npm run bench` reports.
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { generateRegister, rng } from '../../bench/generate.ts'
import { growthTable } from '../../bench/growth.ts'
import { misspell, runScale, type ScaleResult } from '../../bench/harness.ts'
import { goals, table } from '../../bench/report.ts'
import type { ColdStart } from '../../bench/serve.ts'
import { summarize } from '../../bench/stats.ts'
import { ContractSchema } from '../../src/domain/contract.ts'
import { RiskCheckSchema } from '../../src/domain/risk-check.ts'
import { IncidentSchema, SlaTargetSchema } from '../../src/domain/sla.ts'
import { VendorSchema } from '../../src/domain/vendor.ts'

const now = Temporal.Instant.from('2026-11-25T10:00:00Z')

describe('bench generator', () => {
  it('gives the same register for the same seed and a different one for another seed', () => {
    const a = generateRegister({ vendors: 200, now, seed: 7 })
    const b = generateRegister({ vendors: 200, now, seed: 7 })
    const c = generateRegister({ vendors: 200, now, seed: 8 })
    expect(JSON.stringify(a)).toBe(JSON.stringify(b))
    expect(c.vendors.map((v) => v.name)).not.toEqual(a.vendors.map((v) => v.name))
  })

  it('has the requested shape: two contracts a vendor, targets on the first, 3 incidents a vendor', () => {
    const r = generateRegister({ vendors: 300, now })
    expect(r.vendors).toHaveLength(300)
    expect(r.contracts).toHaveLength(600)
    expect(r.slaTargets).toHaveLength(1200)
    expect(r.incidents).toHaveLength(900)
    expect(new Set(r.vendors.map((v) => v.name.toLowerCase())).size).toBe(300)
    const threeYearsAgo = now.subtract({ hours: 3 * 365 * 24 }).epochMilliseconds
    for (const i of r.incidents) {
      expect(Date.parse(i.started)).toBeGreaterThanOrEqual(threeYearsAgo)
      expect(Date.parse(i.started)).toBeLessThan(now.epochMilliseconds)
    }
  })

  it('makes records every schema accepts', () => {
    const r = generateRegister({ vendors: 100, now })
    for (const v of r.vendors) VendorSchema.parse(v)
    for (const c of r.contracts) ContractSchema.parse(c)
    for (const t of r.slaTargets) SlaTargetSchema.parse(t)
    for (const i of r.incidents) IncidentSchema.parse(i)
    for (const k of r.riskChecks) RiskCheckSchema.parse(k)
  })

  it('misspells one letter of the first word, deterministically', () => {
    const name = 'Northdata Cloud Inc'
    const typo = misspell(name, rng(1))
    expect(typo).not.toBe(name)
    expect(typo.length).toBe(name.length)
    expect(typo.endsWith(' Cloud Inc')).toBe(true)
    expect(misspell(name, rng(1))).toBe(typo)
  })
})

describe('bench stats', () => {
  it('takes nearest-rank percentiles', () => {
    const s = summarize(Array.from({ length: 100 }, (_, i) => i + 1))
    expect(s).toMatchObject({ n: 100, p50: 50, p95: 95, p99: 99, max: 100 })
  })
})

describe('bench harness', { timeout: 240_000 }, () => {
  it('runs every part at a tiny size and reports every measure and goal', async () => {
    const tiny = { warmup: 1, reps: 3, budgetMs: 100, minReps: 3 }
    const result = await runScale({
      vendors: 40,
      seed: 3,
      reads: tiny,
      writes: tiny,
      burst: 20,
      coldStarts: 1,
    })
    expect(result.errors).toEqual([])
    const names = result.rows.map((r) => r.name)
    for (const expected of [
      'vendor <exact name>',
      'vendor <misspelled name>',
      'renewals 90 days',
      'risk due',
      'sla report <vendor>',
      'agenda',
      'reminder sweep, dry run',
      'tickler serve: spawn to /healthz 200',
      'bare Bolt floor: ack a constant (Slack, HTTP)',
    ]) {
      expect(names).toContain(expected)
    }
    for (const row of result.rows) {
      expect(row.n).toBeGreaterThan(0)
      expect(Number.isFinite(row.p99)).toBe(true)
    }
    // Every read was answered, none rejected (the generated names are all found).
    expect(Object.keys(result.outcomes['vendor <exact name>']!)).not.toContain('rejected')
    expect(result.burst?.writes).toBe(20)
    // Yesterday's posts fill the ledger; today's may be none at this size.
    expect(result.sweep!.ledger + result.sweep!.planned).toBeGreaterThan(0)
    expect(result.coldStarts?.[0]?.rssMb).toBeGreaterThan(10)
    expect(goals(result).map((g) => g.goal)).toHaveLength(8)
    expect(table(result)).toContain('| sla log')
  })
})

describe('growth per 10x', () => {
  const at = (vendors: number, p99: number): ScaleResult => ({
    vendors,
    records: { vendors },
    journalMb: vendors / 1000,
    generateMs: 1,
    writeMs: 1,
    openMs: vendors / 10,
    rows: [{ name: 'agenda', group: 'read', ...summarize([p99]) }],
    outcomes: {},
    errors: [],
  })

  it('puts each scale side by side with the factor between consecutive scales', () => {
    const text = growthTable([at(1000, 2), at(10_000, 4), at(100_000, 40)])
    expect(text).toContain('| agenda, p99 | 2.00 ms | 2.0x | 4.00 ms | 10.0x | 40.0 ms |')
    expect(text).toContain('| open in process | 100 ms | 10.0x | 1000 ms | 10.0x | 10000 ms |')
  })

  it('shows what the last start held after its quiet wait, when it waited', () => {
    const start = (rssSettledMb?: number, settleMs?: number): ColdStart => ({
      readyMs: 900,
      cpuAtReadyS: 1,
      rssMb: 150,
      hwmMb: 150,
      rssAfterMb: 250,
      hwmAfterMb: 250,
      commands: 43,
      rssSettledMb,
      settleMs,
    })
    const waited = { ...at(10_000, 4), coldStarts: [start(), start(205.4, 15_000)] }
    expect(table(waited)).toContain(
      '250 MB after 43 Slack commands (peak VmHWM 250 MB); 205 MB after 15 s quiet (the last start)',
    )
    expect(growthTable([at(1000, 2), waited])).toContain(
      '| serve RSS after the quiet wait (last start) | – | – | 205 MB |',
    )
    const quick = { ...at(10_000, 4), coldStarts: [start()] }
    expect(table(quick)).not.toContain('quiet')
  })

  it('checks the looser limits at 100,000 vendors', () => {
    expect(goals(at(10_000, 6)).find((g) => g.goal.startsWith('every read'))?.pass).toBe(false)
    expect(goals(at(100_000, 6)).find((g) => g.goal.startsWith('every read'))?.pass).toBe(true)
  })
})
