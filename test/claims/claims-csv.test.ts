// credit_bands.csv and contracts.csv claim_days (SPEC §7, §12): imported, exported, re-imported
// unchanged; bad cells named by file, line and column, with nothing stored; claim_days edited
// from chat with the same rule.
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportFiles } from '../../src/import/exporter.ts'
import { importFiles } from '../../src/import/importer.ts'
import { text } from '../sla/world.ts'
import { BANDS, makeWorld, ZONE } from './world.ts'

const options = (w: Awaited<ReturnType<typeof makeWorld>>) => ({
  who: 'terminal',
  at: w.clock.now(),
  zone: ZONE,
  maxBytes: 1_000_000,
})
const file = (name: string, body: string) => ({ name, bytes: new TextEncoder().encode(body) })

describe('credit_bands.csv and claim_days', () => {
  it('import the bands and claim windows, export them, and import the export back unchanged', async () => {
    const w = await makeWorld()
    expect(w.store.all('creditBands').map((b) => [b.belowPercent, b.creditPercent])).toEqual([
      ['99.9', '10'],
      ['99', '25'],
      ['95', '100'],
    ])
    expect(w.store.all('contracts').map((c) => [c.title, c.claimDays])).toEqual([
      ['Managed network', 30],
      ['Support EU', null],
      ['Support US', 10],
    ])
    const dir = await mkdtemp(join(tmpdir(), 'tickler-claims-export-'))
    const files = await exportFiles(w.store, dir, { zone: ZONE })
    const bands = await readFile(join(dir, 'credit_bands.csv'), 'utf8')
    expect(bands).toBe(
      'vendor,contract,below_percent,credit_percent\nContoso,Managed network,99.9,10\nContoso,Managed network,99,25\nContoso,Managed network,95,100\n',
    )
    const contracts = (await readFile(join(dir, 'contracts.csv'), 'utf8')).split('\n')
    expect(contracts[0]).toContain(',notice_days,notice_months,notice_shift,claim_days,annual_value,')
    expect(contracts[1]).toContain(',no,12,90,,,30,240000.00,USD,')
    expect(contracts[2]).toContain(',yes,12,60,,,,12000.00,EUR,')
    const before = w.store.revision
    const again = await importFiles(
      w.store,
      await Promise.all(files.map(async (f) => file(f.file, await readFile(f.path, 'utf8')))),
      options(w),
    )
    expect(again.changed).toBe(false)
    expect(w.store.revision).toBe(before)
  })

  it('"99.90" is the band "99.9": importing it again changes nothing', async () => {
    const w = await makeWorld()
    const before = w.store.revision
    const same = BANDS.replace('99.9,10', '99.90%,10').replace('99.0,25', '99,25')
    expect((await importFiles(w.store, [file('b.csv', same)], options(w))).changed).toBe(false)
    expect(w.store.revision).toBe(before)
  })

  it('rejects a bad band naming file, line and column, and stores nothing', async () => {
    const w = await makeWorld()
    const before = w.store.revision
    const cases: [string, string][] = [
      ['Contoso,Managed network,0,10', 'line 2, column below_percent'],
      ['Contoso,Managed network,99.95,101', 'line 2, column credit_percent'],
      ['Contoso,Managed network,99.9999,10', 'line 2, column below_percent'],
      ['Contoso,Nothing,99,10', 'line 2, column contract'],
      ['Contoso,Managed network,99,10\nContoso,Managed network,99.0,20', 'line 3, column below_percent'],
    ]
    for (const [row, where] of cases) {
      const error = await importFiles(
        w.store,
        [file('bands.csv', `vendor,contract,below_percent,credit_percent\n${row}\n`)],
        options(w),
      ).catch((e: Error) => e)
      expect(String(error), row).toContain('bands.csv')
      expect(String(error), row).toContain(where)
    }
    const badDays = await importFiles(
      w.store,
      [
        file(
          'c.csv',
          'vendor,title,kind,start_date,end_date,auto_renew,notice_days,claim_days,annual_value,currency\nContoso,Managed network,outsourcing,2025-01-01,2027-12-31,no,90,soon,240000.00,USD\n',
        ),
      ],
      options(w),
    ).catch((e: Error) => e)
    expect(String(badDays)).toContain('column claim_days')
    expect(w.store.revision).toBe(before)
  })

  it('contract edit sets and clears claim_days, with the same rule', async () => {
    const w = await makeWorld()
    const set = await w.run('contract edit Globex "Support EU" claim_days 45')
    expect(set.status).toBe('ok')
    expect(w.store.all('contracts').find((c) => c.title === 'Support EU')!.claimDays).toBe(45)
    const bad = await w.run('contract edit Globex "Support EU" claim -3')
    expect(bad.status).toBe('rejected')
    expect(text(bad)).toContain('claim_days')
    await w.run('contract edit Globex "Support EU" claim_days ""')
    expect(w.store.all('contracts').find((c) => c.title === 'Support EU')!.claimDays).toBeNull()
  })
})
