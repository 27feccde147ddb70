// SPEC §7 (OWASP CSV injection) and §9 (export then import round-trips every field): a formula in
// every text field of every register file is exported behind an apostrophe, so no cell a
// spreadsheet opens begins with = + - @ tab or CR, and imports back exactly as typed.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { Temporal } from 'temporal-polyfill'
import { afterAll, describe, expect, it } from 'vitest'
import { exportFiles } from '../../src/import/exporter.ts'
import { importFiles } from '../../src/import/importer.ts'
import type { StoreView } from '../../src/store/store.ts'
import { seed } from '../support/context.ts'
import { MemoryStore } from '../support/memory-store.ts'

const AT = '2026-11-25T10:00:00Z'
const dirs: string[] = []
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tickler-safe-'))
  dirs.push(dir)
  return dir
}

const FORMULA = '=HYPERLINK("http://evil.example","click")'
const CMD = "=cmd|' /C calc'!A0"

async function register(): Promise<MemoryStore> {
  const store = new MemoryStore()
  await seed(
    store,
    {
      vendors: [
        {
          id: 'v1',
          name: FORMULA,
          aliases: ["'=alias", '@Alias Two'],
          category: '+Category',
          tier: 'high',
          owner: '-U0OWNER',
          contactEmail: '-sales@evil.example',
          notes: `\t${CMD}\r\n@second line`,
        },
        {
          id: 'v2',
          name: "'+Plus Ltd",
          aliases: [],
          category: "'just an apostrophe",
          tier: 'low',
          owner: '@U0OTHER',
          contactEmail: '+it@plus.example',
          notes: '\r\n=x', // a bare CR is a control character (SPEC §6.2); CR before LF is text
        },
      ],
      contracts: [
        {
          id: 'c1',
          vendorId: 'v1',
          title: '-2+3 deal',
          kind: 'saas',
          startDate: '2025-01-01',
          endDate: '2026-12-31',
          autoRenew: true,
          renewalTermMonths: 12,
          noticeDays: 30,
          annualValue: '1000.00',
          currency: 'USD',
          owner: '=U0X',
          monthlyFee: '100.00',
          creditPercentPerBreach: '5',
          creditCapPercent: '20',
          claimDays: 30,
          status: 'ended',
          endedOn: '2026-06-30',
          calendar: null,
          decisions: [],
        },
        {
          id: 'c2',
          vendorId: 'v2',
          title: '@SUM(A1:A2)',
          kind: 'support',
          startDate: '2026-01-01',
          endDate: '2027-12-31',
          autoRenew: false,
          renewalTermMonths: 24,
          noticeDays: 0,
          annualValue: '5.00',
          currency: 'EUR',
          owner: '',
          monthlyFee: null,
          creditPercentPerBreach: null,
          creditCapPercent: null,
          claimDays: null,
          status: 'active',
          endedOn: null,
          calendar: null,
          decisions: [],
        },
      ],
      creditBands: [{ id: 'c1:below:99.9', contractId: 'c1', belowPercent: '99.9', creditPercent: '10' }],
      slaTargets: [
        { id: 'c1:P1', contractId: 'c1', priority: 'P1', response: '1h', resolution: '4h', hours: '24x7' },
        {
          id: 'c2:P3',
          contractId: 'c2',
          priority: 'P3',
          response: '1d',
          resolution: '2d',
          hours: 'business',
        },
      ],
      riskChecks: [
        {
          id: 'r1',
          vendorId: 'v1',
          kind: 'soc2',
          cadenceDays: 90,
          lastDone: '2026-05-01',
          evidence: CMD,
          doneBy: '+U0DOER',
          addedOn: '2026-01-10',
        },
        {
          id: 'r2',
          vendorId: 'v2',
          kind: 'insurance',
          cadenceDays: null,
          lastDone: null,
          evidence: '',
          doneBy: '',
          addedOn: '2026-02-01',
        },
      ],
      incidents: [
        {
          id: 'INC-0001',
          vendorId: 'v1',
          contractId: 'c1',
          priority: 'P1',
          summary: '@SUM(1+1)*cmd|',
          started: '2026-05-01T10:00:00Z',
          responded: '2026-05-01T10:30:00Z',
          resolved: '2026-05-01T12:00:00Z',
          loggedBy: '=U0LOGGER',
        },
        {
          id: 'INC-0002',
          vendorId: 'v2',
          contractId: 'c2',
          priority: 'P3',
          summary: "'-looks escaped already",
          started: '2026-06-01T09:00:00Z',
          responded: null,
          resolved: null,
          loggedBy: 'terminal',
        },
      ],
    },
    AT,
  )
  return store
}

/** Every stored field, with record ids replaced by the names they point to (a new import makes new ids). */
function portable(view: StoreView) {
  const vendor = (id: string) => view.get('vendors', id)!.name
  const contract = (id: string) => view.get('contracts', id)!.title
  const byName = <T>(rows: T[], key: (r: T) => string) => rows.sort((a, b) => key(a).localeCompare(key(b)))
  return {
    vendors: byName(
      view.all('vendors').map(({ id: _, ...v }) => v),
      (v) => v.name,
    ),
    contracts: byName(
      view.all('contracts').map(({ id: _, vendorId, ...c }) => ({ vendor: vendor(vendorId), ...c })),
      (c) => c.title,
    ),
    slaTargets: byName(
      view.all('slaTargets').map(({ id: _, contractId, ...t }) => ({ contract: contract(contractId), ...t })),
      (t) => t.contract + t.priority,
    ),
    riskChecks: byName(
      view.all('riskChecks').map(({ id: _, vendorId, ...r }) => ({ vendor: vendor(vendorId), ...r })),
      (r) => r.vendor + r.kind,
    ),
    creditBands: view.all('creditBands').map(({ id: _, contractId, ...b }) => ({
      contract: contract(contractId),
      ...b,
    })),
    incidents: view.all('incidents').map(({ vendorId, contractId, ...i }) => ({
      vendor: vendor(vendorId),
      contract: contract(contractId),
      ...i,
    })),
  }
}

async function exportedBytes(view: StoreView, dir: string): Promise<Record<string, Buffer>> {
  const out: Record<string, Buffer> = {}
  for (const f of await exportFiles(view, dir, { zone: 'Europe/Paris' })) out[f.file] = await readFile(f.path)
  return out
}

describe('export is safe to open in a spreadsheet and imports back exactly', () => {
  it('writes a formula in every text field behind an apostrophe; the round trip is byte- and field-exact', async () => {
    const store = await register()
    const first = await exportedBytes(store, await tempDir())
    expect(Object.keys(first).sort()).toEqual([
      'contracts.csv',
      'credit_bands.csv',
      'incidents.csv',
      'risk_checks.csv',
      'sla_targets.csv',
      'vendors.csv',
    ])

    // No cell of any file starts a formula.
    for (const [file, bytes] of Object.entries(first)) {
      const rows = parse(bytes, { relax_column_count: false }) as string[][]
      for (const cell of rows.flat())
        expect(cell, `${file}: ${JSON.stringify(cell)}`).not.toMatch(/^[=+\-@\t\r]/)
    }
    const vendors = first['vendors.csv']!.toString('utf8')
    expect(vendors).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`)
    expect(vendors).toContain("''+Plus Ltd,,'just an apostrophe,low,'@U0OTHER,'+it@plus.example")
    expect(vendors).toContain(`,''=alias;@Alias Two,'+Category,high,'-U0OWNER,'-sales@evil.example,"'\t=cmd`)
    expect(first['contracts.csv']!.toString('utf8')).toContain("'-2+3 deal,saas")
    expect(first['contracts.csv']!.toString('utf8')).toContain(',ended,2026-06-30\n')
    expect(first['credit_bands.csv']!.toString('utf8')).toContain("'-2+3 deal,99.9,10\n")
    expect(first['risk_checks.csv']!.toString('utf8')).toContain(`'=cmd|' /C calc'!A0,'+U0DOER,2026-01-10`)
    expect(first['incidents.csv']!.toString('utf8')).toContain("'@SUM(1+1)*cmd|")
    expect(first['incidents.csv']!.toString('utf8')).toContain("''-looks escaped already")

    const fresh = new MemoryStore()
    const sources = Object.entries(first).map(([name, bytes]) => ({ name, bytes: new Uint8Array(bytes) }))
    const at = Temporal.Instant.from(AT)
    await importFiles(fresh, sources, { who: 'terminal', at, zone: 'Europe/Paris', maxBytes: 1e6 })

    expect(portable(fresh)).toEqual(portable(store))
    expect(await exportedBytes(fresh, await tempDir())).toEqual(first)
  })

  it('removes exactly the one apostrophe an export adds, and only from text columns', async () => {
    const store = new MemoryStore()
    const text = "name,tier,notes,category\n'=Sum Corp,low,''@x,'plain\n"
    const at = Temporal.Instant.from(AT)
    await importFiles(store, [{ name: 'v.csv', bytes: new TextEncoder().encode(text) }], {
      who: 'terminal',
      at,
      zone: 'UTC',
      maxBytes: 1e6,
    })
    expect(store.all('vendors').map((v) => [v.name, v.notes, v.category])).toEqual([
      ['=Sum Corp', "'@x", "'plain"],
    ])
  })
})
