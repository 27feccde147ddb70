// SPEC §9: import is never looser than chat. Each row a chat write would refuse is refused here,
// naming file, line and column, and the whole import stores nothing.
import { Temporal } from 'temporal-polyfill'
import { beforeAll, describe, expect, it } from 'vitest'
import { ImportError } from '../../src/import/import-error.ts'
import { type ImportSource, importFiles } from '../../src/import/importer.ts'
import { MemoryStore } from '../support/memory-store.ts'

const at = Temporal.Instant.from('2026-11-25T10:00:00Z')
const options = { who: 'terminal', at, zone: 'Europe/Paris', maxBytes: 1e6 }
const src = (name: string, text: string): ImportSource => ({ name, bytes: new TextEncoder().encode(text) })

const VENDORS = 'name,aliases,tier\nContoso,CTS,high\nGlobex,GBX;Globex Corp,low\n'
const CONTRACTS =
  'vendor,title,kind,start_date,end_date,auto_renew,notice_days,annual_value,currency\n' +
  'Contoso,Hosting,saas,2026-01-01,2027-12-31,yes,30,1000,USD\n'
const TARGETS = 'vendor,contract,priority,response,resolution,hours\nContoso,Hosting,P1,1h,4h,24x7\n'
const INCIDENTS = 'vendor,contract,priority,summary,started,responded,resolved\n'
const CHECKS = 'vendor,check,last_done\n'

let store: MemoryStore
beforeAll(async () => {
  store = new MemoryStore()
  await importFiles(store, [src('v.csv', VENDORS), src('c.csv', CONTRACTS), src('t.csv', TARGETS)], options)
})

interface Case {
  name: string
  file: string
  text: string
  line: number
  column: string
  message: string
}

const cases: Case[] = [
  {
    name: 'an incident that starts after the import clock',
    file: 'incidents.csv',
    // 12:00 in Paris is 11:00Z, an hour after the clock.
    text: `${INCIDENTS}Contoso,Hosting,P1,Down,2026-11-25T10:00,,\nContoso,Hosting,P1,Later,2026-11-25T12:00,,\n`,
    line: 3,
    column: 'started',
    message: 'The started time 2026-11-25 12:00 is in the future (now is 2026-11-25 11:00)',
  },
  {
    name: 'a response after the import clock',
    file: 'incidents.csv',
    text: `${INCIDENTS}Contoso,Hosting,P1,Down,2026-11-25T09:00,2026-11-25T11:30,\n`,
    line: 2,
    column: 'responded',
    message: 'The responded time 2026-11-25 11:30 is in the future',
  },
  {
    name: 'a resolution after the import clock',
    file: 'incidents.csv',
    text: `${INCIDENTS}Contoso,Hosting,P1,Down,2026-11-25T09:00,2026-11-25T09:10,2026-11-26T08:00Z\n`,
    line: 2,
    column: 'resolved',
    message: 'The resolved time 2026-11-26 09:00 is in the future',
  },
  {
    name: 'a check done after today',
    file: 'risk_checks.csv',
    text: `${CHECKS}Contoso,soc2,2026-11-25\nContoso,insurance,2026-11-26\n`,
    line: 3,
    column: 'last_done',
    message: 'the check cannot be done on 2026-11-26, after today (2026-11-25)',
  },
  {
    name: 'a response target longer than the resolution target',
    file: 'sla_targets.csv',
    text: 'vendor,contract,priority,response,resolution,hours\nContoso,Hosting,P2,8h,4h,24x7\n',
    line: 2,
    column: 'response',
    message: 'the response target 8h is longer than the resolution target 4h',
  },
  {
    name: 'a business-hours response longer than a business day of resolution',
    file: 'sla_targets.csv',
    text: 'vendor,contract,priority,response,resolution,hours\nContoso,Hosting,P3,9h,1d,business\n',
    line: 2,
    column: 'response',
    message: 'the response target 9h is longer than the resolution target 1d',
  },
  {
    name: "an alias that is another vendor's name, spelt differently",
    file: 'vendors.csv',
    text: 'name,aliases,tier\nInitech,"IT; G.L.O.B.É.X.",low\n',
    line: 2,
    column: 'aliases',
    message: '"G.L.O.B.É.X." is the name of vendor "Globex"; an alias names one vendor only',
  },
  {
    name: "an alias that is another vendor's alias",
    file: 'vendors.csv',
    text: 'name,aliases,tier\nInitech,globex-corp,low\n',
    line: 2,
    column: 'aliases',
    message: '"globex-corp" is an alias of vendor "Globex"; an alias names one vendor only',
  },
  {
    name: 'one alias for two new vendors of the same file',
    file: 'vendors.csv',
    text: 'name,aliases,tier\nInitech,INI,low\nHooli,ini,low\n',
    line: 3,
    column: 'aliases',
    message: '"ini" is an alias of vendor "Initech"',
  },
  {
    name: 'an existing vendor given an alias another vendor has',
    file: 'vendors.csv',
    text: 'name,aliases,tier\nContoso,CTS;gbx,high\n',
    line: 2,
    column: 'aliases',
    message: '"gbx" is an alias of vendor "Globex"',
  },
]

describe('import is never looser than chat', () => {
  it.each(cases)('rejects $name, naming file, line and column', async (c) => {
    const before = JSON.stringify([
      store.revision,
      ...['vendors', 'slaTargets', 'incidents', 'riskChecks'].map((n) => store.all(n as 'vendors')),
    ])
    const error = await importFiles(store, [src(c.file, c.text)], options).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ImportError)
    const { file, line, column, detail } = error as ImportError
    expect([file, line, column]).toEqual([c.file, c.line, c.column])
    expect(detail).toContain(c.message)
    expect(
      JSON.stringify([
        store.revision,
        ...['vendors', 'slaTargets', 'incidents', 'riskChecks'].map((n) => store.all(n as 'vendors')),
      ]),
    ).toBe(before)
  })

  it('accepts what chat accepts: times up to the clock, equal targets, an alias moved between vendors', async () => {
    const fresh = new MemoryStore()
    await importFiles(fresh, [src('v.csv', VENDORS), src('c.csv', CONTRACTS)], options)
    const summary = await importFiles(
      fresh,
      [
        src('t.csv', 'vendor,contract,priority,response,resolution,hours\nContoso,Hosting,P2,4h,4h,24x7\n'),
        src('i.csv', `${INCIDENTS}Contoso,Hosting,P2,Now,2026-11-25T11:00,2026-11-25T11:00,\n`),
        src('r.csv', `${CHECKS}Contoso,soc2,2026-11-25\n`),
        // GBX leaves Globex in the same import in which Contoso takes it.
        src('v2.csv', 'name,aliases,tier\nGlobex,Globex Corp,low\nContoso,CTS;GBX,high\n'),
      ],
      options,
    )
    expect(summary.changed).toBe(true)
    expect(fresh.all('vendors').find((v) => v.name === 'Contoso')!.aliases).toEqual(['CTS', 'GBX'])
  })
})
