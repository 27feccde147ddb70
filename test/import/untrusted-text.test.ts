// SPEC §6.2 through CSV import: a cell with a control character, or longer than its field allows,
// rejects the whole import naming file, line and column, and the store's files on disk stay
// byte-identical. Tabs and line breaks in free-text columns (notes, evidence, summary) are text.
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Temporal } from 'temporal-polyfill'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ImportSource, importFiles } from '../../src/import/importer.ts'
import { openJsonStore } from '../../src/store/json-store.ts'
import type { Store } from '../../src/store/store.ts'
import { folderBytes } from '../cli/run-cli.ts'

const options = {
  who: 'terminal',
  at: Temporal.Instant.from('2026-11-25T10:00:00Z'),
  zone: 'UTC',
  maxBytes: 50_000_000,
}
const src = (name: string, text: string): ImportSource => ({ name, bytes: new TextEncoder().encode(text) })

const VENDORS = 'name,aliases,category,tier,owner,contact_email,notes\n'
const CHECKS = 'vendor,check,cadence_days,last_done,evidence\n'
const INCIDENTS = 'id,vendor,contract,priority,summary,started,responded,resolved\n'

let dataDir: string
let store: Store

beforeAll(async () => {
  dataDir = join(await mkdtemp(join(tmpdir(), 'tickler-untrusted-')), 'store')
  store = await openJsonStore(dataDir)
  await importFiles(
    store,
    [
      src('vendors.csv', `${VENDORS}Acme Cloud,,Cloud,high,U0OWNER,,\n`),
      src(
        'contracts.csv',
        'vendor,title,kind,start_date,end_date,auto_renew,renewal_term_months,notice_days,annual_value,currency\n' +
          'Acme Cloud,Hosting,saas,2026-01-01,2027-12-31,yes,12,60,1000.00,USD\n',
      ),
      src('risk_checks.csv', `${CHECKS}Acme Cloud,soc2,365,2026-01-10,report\n`),
    ],
    options,
  )
})

afterAll(async () => {
  await store.close()
})

const BAD: Array<{ kind: string; file: string; text: string; says: string | RegExp }> = [
  {
    kind: 'ESC in a vendor name',
    file: 'vendors.csv',
    text: `${VENDORS}Acme\u001b[2JCorp,,,low,,,\n`,
    says: 'vendors.csv, line 2, column name: name contains a control character (ESC, U+001B) at position 5',
  },
  {
    kind: 'a tab in a vendor name',
    file: 'vendors.csv',
    text: `${VENDORS}"Tab\tCorp",,,low,,,\n`,
    says: 'vendors.csv, line 2, column name: name contains a control character (TAB, U+0009) at position 4; tabs and line breaks are allowed only in summaries, notes and evidence',
  },
  {
    kind: 'BEL in an alias',
    file: 'vendors.csv',
    text: `${VENDORS}Bell Corp,Ding\u0007,,low,,,\n`,
    says: 'vendors.csv, line 2, column aliases: aliases contains a control character (BEL, U+0007) at position 5',
  },
  {
    kind: 'an over-long vendor name',
    file: 'vendors.csv',
    text: `${VENDORS}${'V'.repeat(250)},,,low,,,\n`,
    says: 'vendors.csv, line 2, column name: name is 250 characters long; the limit is 200 characters',
  },
  {
    kind: 'C1 CSI in evidence',
    file: 'risk_checks.csv',
    text: `${CHECKS}Acme Cloud,soc2,365,2026-02-01,ok \u009b31m red\n`,
    says: 'risk_checks.csv, line 2, column evidence: evidence contains a control character (CSI, U+009B) at position 4',
  },
  {
    kind: 'NUL in a summary',
    file: 'incidents.csv',
    text: `${INCIDENTS},Acme Cloud,Hosting,P1,down\u0000now,2026-11-20T10:00,,\n`,
    // The reader may refuse a NUL byte for the whole file before the cell is read (SPEC §7).
    says: /incidents\.csv.*(NUL|U\+0000)/,
  },
  {
    kind: 'a 3,000-character summary',
    file: 'incidents.csv',
    text: `${INCIDENTS},Acme Cloud,Hosting,P1,${'x'.repeat(3000)},2026-11-20T10:00,,\n`,
    says: 'incidents.csv, line 2, column summary: summary is 3000 characters long; the limit is 2000 characters',
  },
]

describe('bad text in an import', () => {
  it.each(BAD)(
    '$kind: named by file, line and column; the store files unchanged',
    async ({ file, text, says }) => {
      const before = await folderBytes(dataDir)
      const attempt = importFiles(store, [src(file, text)], options)
      if (typeof says === 'string') await expect(attempt).rejects.toThrow(says)
      else await expect(attempt).rejects.toThrow(says)
      expect(await folderBytes(dataDir)).toEqual(before)
    },
  )

  it('tabs and line breaks in notes, evidence and a summary are text, stored as given', async () => {
    await importFiles(
      store,
      [
        src('vendors.csv', `${VENDORS}Acme Cloud,,Cloud,high,U0OWNER,,"line one\r\n\tline two"\n`),
        src('risk_checks.csv', `${CHECKS}Acme Cloud,soc2,365,2026-01-10,"page 1\tpage 2"\n`),
        src(
          'incidents.csv',
          `${INCIDENTS},Acme Cloud,Hosting,P1,"VPN down\nsince 9:00",2026-11-20T10:00,,\n`,
        ),
      ],
      options,
    )
    expect(store.all('vendors')[0]!.notes).toBe('line one\r\n\tline two')
    expect(store.all('riskChecks')[0]!.evidence).toBe('page 1\tpage 2')
    expect(store.all('incidents')[0]!.summary).toBe('VPN down\nsince 9:00')
  })
})
