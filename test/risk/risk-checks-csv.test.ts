import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { exportFiles } from '../../src/import/exporter.ts'
import { ImportError } from '../../src/import/import-error.ts'
import { importFiles } from '../../src/import/importer.ts'
import { vendorsCsv } from '../../src/import/vendors-csv.ts'
import { riskChecksCsv } from '../../src/risk/risk-checks-csv.ts'
import { makeContext } from '../support/context.ts'
import { CHECKS, importDemo, importRegister, VENDORS } from './register.ts'

const NOW = '2026-11-25T10:00:00Z'

describe('risk_checks.csv', () => {
  it('imports checks with spellings mapped to kinds, and tier defaults only for vendors with none', async () => {
    const ctx = makeContext(NOW)
    await importDemo(ctx)
    const rows = riskChecksCsv.exportRows(ctx.store)
    expect(rows.map((r) => `${r.vendor}/${r.check}`)).toEqual([
      'Contoso/adverse_media',
      'Contoso/insurance',
      'Contoso/questionnaire',
      'Contoso/soc2',
      'Fabrikam/questionnaire',
      'Fabrikam/soc2',
      'Northwind Traders/adverse_media',
      'Tailspin/adverse_media',
      'Tailspin/soc2',
      'Wide World/insurance',
      'Wide World/pentest',
    ])
    expect(rows.find((r) => r.vendor === 'Contoso' && r.check === 'soc2')).toEqual({
      vendor: 'Contoso',
      check: 'soc2',
      cadence_days: '',
      last_done: '2026-05-01',
      evidence: 'FY25 report',
      done_by: '',
      added_on: '2026-11-25',
    })
  })

  it('importing the same files twice changes nothing; the export imports back unchanged', async () => {
    const ctx = makeContext(NOW)
    await importDemo(ctx)
    const revision = ctx.store.revision
    const before = JSON.stringify(ctx.store.all('riskChecks'))
    await importRegister(ctx, [{ name: 'checks.csv', rows: CHECKS }], '2026-11-26')
    await importRegister(
      ctx,
      [{ name: 'export.csv', rows: riskChecksCsv.exportRows(ctx.store) }],
      '2026-11-27',
    )
    expect(JSON.stringify(ctx.store.all('riskChecks'))).toBe(before)
    expect(ctx.store.revision).toBe(revision)
  })

  it('a changed row updates the matched check (vendor + check), keeping its id', async () => {
    const ctx = makeContext(NOW)
    await importDemo(ctx)
    const id = ctx.store.all('riskChecks').find((c) => c.kind === 'pentest')!.id
    await importRegister(
      ctx,
      [
        {
          name: 'r.csv',
          rows: [
            {
              vendor: 'wide world',
              check: 'PENTEST',
              cadence_days: '60',
              last_done: '2026-11-01',
              evidence: 'ok',
            },
          ],
        },
      ],
      '2026-11-25',
    )
    expect(ctx.store.get('riskChecks', id)).toMatchObject({
      cadenceDays: 60,
      lastDone: '2026-11-01',
      evidence: 'ok',
    })
    expect(ctx.store.all('riskChecks')).toHaveLength(11)
  })

  it.each([
    [{ vendor: 'Nobody', check: 'soc2' }, 'vendor', /no vendor named "Nobody"/],
    [{ vendor: '', check: 'soc2' }, 'vendor', /empty/],
    [{ vendor: 'Contoso', check: 'pen test' }, 'check', /not a check kind/],
    [{ vendor: 'Contoso', check: 'soc2', cadence_days: '0' }, 'cadence_days', /too small/],
    [{ vendor: 'Contoso', check: 'soc2', cadence_days: '30.5' }, 'cadence_days', /whole number/],
    [{ vendor: 'Contoso', check: 'soc2', last_done: '2026-02-30' }, 'last_done', /not a date/],
  ])('rejects %j naming the column', async (partial, column, message) => {
    const ctx = makeContext(NOW)
    await importDemo(ctx)
    const revision = ctx.store.revision
    const row: Record<string, string> = { cadence_days: '', last_done: '', evidence: '', ...partial }
    const attempt = importRegister(ctx, [{ name: 'bad.csv', rows: [row] }], '2026-11-25')
    await expect(attempt).rejects.toThrow(ImportError)
    await expect(attempt).rejects.toMatchObject({ file: 'bad.csv', line: 2, column })
    await expect(attempt).rejects.toThrow(message)
    expect(ctx.store.revision).toBe(revision)
  })

  it('rejects two rows for one vendor + check, however spelt', async () => {
    const ctx = makeContext(NOW)
    const rows = [
      { vendor: 'Contoso', check: 'SOC 2', cadence_days: '', last_done: '', evidence: '' },
      { vendor: 'contoso', check: 'soc2', cadence_days: '', last_done: '', evidence: '' },
    ]
    const attempt = importRegister(
      ctx,
      [
        { name: 'v.csv', rows: VENDORS },
        { name: 'r.csv', rows },
      ],
      '2026-11-25',
    )
    await expect(attempt).rejects.toThrow(/already on line 2/)
    expect(ctx.store.revision).toBe(0)
  })

  it('a file without an optional column leaves those fields of existing checks alone', async () => {
    const ctx = makeContext(NOW)
    await importDemo(ctx)
    await ctx.store.transact({ who: 't', at: ctx.clock.now(), action: 'x' }, () => undefined)
    const created = new Set<string>()
    await ctx.store.transact({ who: 't', at: ctx.clock.now(), action: 'import' }, (tx) => {
      riskChecksCsv.applyRow({ vendor: 'Contoso', check: 'soc2', last_done: '2026-11-20' }, tx, {
        today: '2026-11-25',
        now: ctx.clock.now(),
        zone: 'UTC',
        calendar: { weekdays: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00', holidays: [] },
        createdVendorIds: created,
        columns: new Set(['vendor', 'check', 'last_done']),
        file: 'risk_checks.csv',
        line: 2,
      })
    })
    const soc2 = riskChecksCsv.exportRows(ctx.store).find((r) => r.vendor === 'Contoso' && r.check === 'soc2')
    expect(soc2).toEqual({
      vendor: 'Contoso',
      check: 'soc2',
      cadence_days: '',
      last_done: '2026-11-20',
      evidence: 'FY25 report',
      done_by: '',
      added_on: '2026-11-25',
    })
  })

  it('written by the exporter as CSV, the file imports back unchanged (quotes and commas included)', async () => {
    const ctx = makeContext(NOW)
    await importDemo(ctx)
    await ctx.store.transact({ who: 't', at: ctx.clock.now(), action: 'x' }, (tx) => {
      const c = tx.all('riskChecks').find((r) => r.kind === 'pentest')!
      tx.put('riskChecks', { ...c, evidence: 'report "B", 3 findings; fixed' })
    })
    const dir = await mkdtemp(join(tmpdir(), 'tickler-risk-'))
    try {
      const specs = [vendorsCsv, riskChecksCsv]
      const files = await exportFiles(ctx.store, dir, { specs })
      const text = await readFile(join(dir, 'risk_checks.csv'), 'utf8')
      expect(text.split('\n')[0]).toBe('vendor,check,cadence_days,last_done,evidence,done_by,added_on')
      const revision = ctx.store.revision
      const sources = await Promise.all(
        files.map(async (f) => ({ name: f.file, bytes: new Uint8Array(await readFile(f.path)) })),
      )
      const at = Temporal.Instant.from('2026-12-01T00:00:00Z')
      const again = await importFiles(ctx.store, sources, { who: 't', at, zone: 'UTC', maxBytes: 1e6, specs })
      expect(again.changed).toBe(false)
      expect(ctx.store.revision).toBe(revision)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
