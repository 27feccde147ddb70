import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { exportFiles } from '../../src/import/exporter.ts'
import { ImportError } from '../../src/import/import-error.ts'
import { type ImportSource, importFiles } from '../../src/import/importer.ts'
import { MemoryStore } from '../support/memory-store.ts'

const at = Temporal.Instant.from('2027-01-15T10:00:00Z')
const options = { who: 'terminal', at, zone: 'Europe/Paris', maxBytes: 50 * 1024 * 1024 }

const src = (name: string, text: string): ImportSource => ({ name, bytes: new TextEncoder().encode(text) })

const VENDORS = `name,aliases,category,tier,owner,contact_email,notes
Contoso Ltd,Contoso;CTS,Cloud hosting,critical,U0NORTH,vendor@contoso.example,
Société Générale Informatique,SGI,Mainframe,high,U0SOUTH,,"Notes with a comma, and ""quotes"""
Fabrikam,,Printers,low,,,
`
const CONTRACTS = `vendor,title,kind,start_date,end_date,auto_renew,renewal_term_months,notice_days,annual_value,currency,owner,monthly_fee,credit_percent_per_breach,credit_cap_percent,status
Contoso Ltd,Cloud hosting 2026,saas,2026-04-01,2027-03-31,yes,12,60,"207,000.00",USD,,17250,5,20,
societe generale informatique,Mainframe support,support,2025-01-01,2027-12-31,no,,90,1200000,EUR,U0WEST,,,,
Fabrikam,Printer fleet,hardware,2024-01-01,2026-12-31,no,,30,15000.5,GBP,,,,,ended
`

async function imported(...sources: ImportSource[]) {
  const store = new MemoryStore()
  const summary = await importFiles(store, sources, options)
  return { store, summary }
}

function snapshot(store: MemoryStore) {
  return JSON.stringify({
    vendors: store.all('vendors'),
    contracts: store.all('contracts'),
    checks: store.all('riskChecks'),
    revision: store.revision,
    audit: store.audit().length,
  })
}

async function rejection(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ImportError)
  return error as ImportError
}

describe('importFiles', () => {
  it('adds vendors and contracts, then changes nothing when the same files come again', async () => {
    const { store, summary } = await imported(src('v.csv', VENDORS), src('c.csv', CONTRACTS))
    expect(summary.files.map((f) => [f.kind, f.added, f.updated, f.unchanged])).toEqual([
      ['vendors.csv', 3, 0, 0],
      ['contracts.csv', 3, 0, 0],
    ])
    const contoso = store.all('vendors').find((v) => v.name === 'Contoso Ltd')!
    expect(contoso.aliases).toEqual(['Contoso', 'CTS'])
    const sgi = store.all('vendors').find((v) => v.name.startsWith('Soci'))!
    expect(sgi.notes).toBe('Notes with a comma, and "quotes"')
    const hosting = store.all('contracts').find((c) => c.title === 'Cloud hosting 2026')!
    expect(hosting).toMatchObject({
      vendorId: contoso.id,
      annualValue: '207000.00',
      monthlyFee: '17250.00',
      autoRenew: true,
      creditPercentPerBreach: '5',
      renewalTermMonths: 12,
    })
    const mainframe = store.all('contracts').find((c) => c.title === 'Mainframe support')!
    expect(mainframe.vendorId).toBe(sgi.id)
    expect(store.all('contracts').find((c) => c.title === 'Printer fleet')!.status).toBe('ended')
    // Defaults after the whole import: critical 4, high 4, low 1.
    expect(summary.defaultChecks).toBe(9)
    expect(store.all('riskChecks').every((c) => c.addedOn === '2027-01-15')).toBe(true)

    const before = snapshot(store)
    const again = await importFiles(store, [src('c.csv', CONTRACTS), src('v.csv', VENDORS)], options)
    expect(again.changed).toBe(false)
    expect(again.files.map((f) => f.unchanged)).toEqual([3, 3])
    expect(snapshot(store)).toBe(before)
  })

  it('applies files in dependency order whatever the argument order', async () => {
    const { store, summary } = await imported(src('c.csv', CONTRACTS), src('v.csv', VENDORS))
    expect(summary.files.map((f) => f.name)).toEqual(['v.csv', 'c.csv'])
    expect(store.all('contracts')).toHaveLength(3)
  })

  it('reads a BOM, CRLF line ends, quoted newlines and columns in any order', async () => {
    const text =
      '\uFEFFtier,notes,name\r\nmedium,"line one\r\nline two",Northwind\r\n\r\nlow,"a ""quoted"" word",Tailspin\r\n'
    const { store } = await imported(src('v.csv', text))
    const byName = new Map(store.all('vendors').map((v) => [v.name, v]))
    expect(byName.get('Northwind')?.notes).toBe('line one\r\nline two')
    expect(byName.get('Northwind')?.tier).toBe('medium')
    expect(byName.get('Tailspin')?.notes).toBe('a "quoted" word')
  })

  it('names file, line and column of a bad row and stores nothing', async () => {
    const store = new MemoryStore()
    await importFiles(store, [src('v.csv', VENDORS)], options)
    const before = snapshot(store)
    const bad = CONTRACTS.replace('2027-12-31,no', '2027-12-31,maybe')
    const error = await rejection(
      importFiles(store, [src('v.csv', VENDORS.replace('Printers', 'Ink')), src('c.csv', bad)], options),
    )
    expect(error.file).toBe('c.csv')
    expect(error.line).toBe(3)
    expect(error.column).toBe('auto_renew')
    expect(error.message).toBe('c.csv, line 3, column auto_renew: "maybe" is not yes or no')
    expect(snapshot(store)).toBe(before)
  })

  it('counts lines from where a row starts, after quoted newlines', async () => {
    const text = 'name,tier,notes\nA,low,"one\r\ntwo\r\nthree"\nB,bogus,\n'
    const error = await rejection(imported(src('v.csv', text)))
    expect([error.line, error.column]).toEqual([5, 'tier'])
  })

  it('names the line of a malformed row and refuses text that is not UTF-8', async () => {
    const ragged = await rejection(imported(src('v.csv', 'name,tier\nA,low\nB,low,extra\n')))
    expect([ragged.line, ragged.detail]).toEqual([
      3,
      'the row has a different number of values than the header has columns',
    ])
    const open = await rejection(imported(src('v.csv', 'name,tier\nA,low\n"B,low\n')))
    expect(open.detail).toContain('never closed')
    const latin1 = await rejection(
      imported({ name: 'v.csv', bytes: new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xe9, 0x0a]) }),
    )
    expect(latin1.detail).toContain('not UTF-8')
    const empty = await rejection(imported(src('v.csv', '')))
    expect(empty.detail).toContain('empty')
  })

  it('rejects an unknown column by name, a missing required column, and a row without a notice period', async () => {
    const unknown = await rejection(imported(src('v.csv', 'name,tier,colour\nA,low,red\n')))
    expect(unknown.message).toContain('unknown column "colour"')
    expect(unknown.line).toBe(1)
    const missing = await rejection(imported(src('c.csv', CONTRACTS.replace('currency,', 'cur,'))))
    expect(missing.message).toContain('lacks the required column "currency"')
    expect(missing.message).toContain('unknown column "cur"')
    // notice_days is required unless notice_months is set (SPEC §11), so it is checked per row.
    const noNotice = CONTRACTS.replace(',notice_days', '')
      .replace(/,12,60,/, ',12,')
      .replace(',,90,', ',,')
    const period = await rejection(imported(src('v.csv', VENDORS), src('c.csv', noNotice)))
    expect(period.message).toContain('the notice period is empty')
    const nothing = await rejection(imported(src('x.csv', 'foo,bar\n1,2\n')))
    expect(nothing.message).toContain('does not name the columns of any register file')
  })

  it('rejects an amount more precise than its currency, an unknown vendor and a repeated row', async () => {
    const store = new MemoryStore()
    await importFiles(store, [src('v.csv', VENDORS)], options)
    const header = CONTRACTS.split('\n')[0]
    const precise = await rejection(
      importFiles(
        store,
        [src('c.csv', `${header}\nFabrikam,X,saas,2026-01-01,2027-01-01,no,,0,12.345,USD,,,,,\n`)],
        options,
      ),
    )
    expect(precise.column).toBe('annual_value')
    expect(precise.message).toContain('USD amounts have at most 2')
    const ghost = await rejection(
      importFiles(
        store,
        [src('c.csv', `${header}\nGhost Corp,X,saas,2026-01-01,2027-01-01,no,,0,1,USD,,,,,\n`)],
        options,
      ),
    )
    expect([ghost.column, ghost.line]).toEqual(['vendor', 2])
    const twice = await rejection(
      importFiles(store, [src('v.csv', `${VENDORS}CONTOSO LTD,,,low,,,\n`)], options),
    )
    expect(twice.message).toContain('already on line 2')
    const backwards = await rejection(
      importFiles(
        store,
        [src('c.csv', `${header}\nFabrikam,X,saas,2027-01-01,2026-01-01,no,,0,1,USD,,,,,\n`)],
        options,
      ),
    )
    expect(backwards.column).toBe('end_date')
  })

  it('updates a changed row, and leaves fields of columns the file lacks alone', async () => {
    const { store } = await imported(src('v.csv', VENDORS))
    const summary = await importFiles(
      store,
      [src('v2.csv', 'name,tier\nfabrikam,medium\nContoso Ltd,critical\n')],
      options,
    )
    expect(summary.files[0]).toMatchObject({ added: 0, updated: 1, unchanged: 1 })
    const fabrikam = store.all('vendors').find((v) => v.name === 'fabrikam')!
    expect(fabrikam).toMatchObject({ tier: 'medium', category: 'Printers' })
  })

  it('refuses a file over the size limit', async () => {
    const error = await rejection(
      imported(src('v.csv', VENDORS)).then(() =>
        importFiles(new MemoryStore(), [src('big.csv', VENDORS)], { ...options, maxBytes: 10 }),
      ),
    )
    expect(error.message).toContain('the limit is')
  })

  it('exports every file and column, and the export imports back unchanged', async () => {
    const { store } = await imported(src('v.csv', VENDORS), src('c.csv', CONTRACTS))
    const dir = await mkdtemp(join(tmpdir(), 'tickler-export-'))
    const files = await exportFiles(store, dir)
    expect(files.map((f) => [f.file, f.rows])).toEqual(
      expect.arrayContaining([
        ['vendors.csv', 3],
        ['contracts.csv', 3],
      ]),
    )
    const contracts = await readFile(join(dir, 'contracts.csv'), 'utf8')
    expect(contracts.split('\n')[0]).toBe(
      `${CONTRACTS.split('\n')[0]!.replace('notice_days,', 'notice_days,notice_months,notice_shift,claim_days,')},ended_on`,
    )
    const before = snapshot(store)
    const sources = await Promise.all(
      files.map(async (f) => ({ name: f.file, bytes: new Uint8Array(await readFile(f.path)) })),
    )
    const again = await importFiles(store, sources, options)
    expect(again.changed).toBe(false)
    expect(snapshot(store)).toBe(before)
  })
})
