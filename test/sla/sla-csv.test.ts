import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { exportFiles } from '../../src/import/exporter.ts'
import { incidentsCsv } from '../../src/sla/incidents-csv.ts'
import { slaTargetsCsv } from '../../src/sla/sla-targets-csv.ts'
import { makeWorld, SPECS, text, ZONE } from './world.ts'

const INCIDENTS = `id,vendor,contract,priority,summary,started,responded,resolved
,Contoso,Managed network,P1,"VPN down, all sites",2026-10-05T16:30,2026-10-06T09:40,2026-10-06T12:00
,Contoso,Managed network,P2,In the repeated hour,2026-10-25T01:30+01:00,2026-10-25T01:30+00:00,
INC-0042,Globex,Support US,P1,Imported with an id,2026-11-20T14:05:30Z,,
`

const dirs: string[] = []
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true })
})

describe('sla_targets.csv and incidents.csv', () => {
  it('imports incidents, matching empty ids by their natural key; importing twice changes nothing', async () => {
    const w = await makeWorld(undefined, { 'incidents.csv': INCIDENTS })
    const ids = w.store.all('incidents').map((i) => i.id)
    expect(ids.sort()).toEqual(['INC-0001', 'INC-0002', 'INC-0042'])
    expect(w.store.get('incidents', 'INC-0001')).toMatchObject({
      summary: 'VPN down, all sites',
      started: '2026-10-05T15:30:00Z', // BST
      responded: '2026-10-06T08:40:00Z',
      loggedBy: 'import',
    })
    expect(w.store.get('incidents', 'INC-0002')).toMatchObject({
      started: '2026-10-25T00:30:00Z',
      responded: '2026-10-25T01:30:00Z',
    })
    const before = w.store.revision
    const again = await w.importCsv({
      'sla_targets.csv': (await import('./world.ts')).TARGETS,
      'incidents.csv': INCIDENTS,
    })
    expect(again.changed).toBe(false)
    expect(w.store.revision).toBe(before)
    expect(w.store.all('incidents')).toHaveLength(3)
  })

  it('a logged incident after an import takes the next number past the highest', async () => {
    const w = await makeWorld(undefined, { 'incidents.csv': INCIDENTS })
    const reply = await w.run('sla log Globex P1 After the import')
    expect(reply.title).toMatch(/^Logged INC-0043:/)
  })

  it('an import with a higher id between two logs moves the numbering past it', async () => {
    const w = await makeWorld()
    expect((await w.run('sla log Globex P1 first')).title).toMatch(/^Logged INC-0001:/)
    expect((await w.run('sla log Globex P1 second')).title).toMatch(/^Logged INC-0002:/)
    await w.importCsv({
      'incidents.csv':
        'id,vendor,contract,priority,summary,started\nINC-0042,Globex,Support US,P1,Imported,2026-11-20T14:05Z\n',
    })
    expect((await w.run('sla log Globex P1 third')).title).toMatch(/^Logged INC-0043:/)
  })

  it('an imported id near the nine-digit limit moves the numbering there in one step', async () => {
    // Stepping the sequence one by one would take a billion steps: the import, or the next log,
    // would hang (an imported file is untrusted input).
    const w = await makeWorld()
    await w.importCsv({
      'incidents.csv':
        'id,vendor,contract,priority,summary,started\nINC-999999998,Globex,Support US,P1,Imported,2026-11-20T14:05Z\n',
    })
    expect((await w.run('sla log Globex P1 after it')).title).toMatch(/^Logged INC-999999999:/)
  })

  it('exports every row so that re-importing changes nothing, here or in an empty register', async () => {
    const w = await makeWorld(undefined, { 'incidents.csv': INCIDENTS })
    await w.run('sla log Contoso P1 Logged by hand started 9:05 responded 9:07')
    const dir = await mkdtemp(join(tmpdir(), 'tickler-sla-'))
    dirs.push(dir)
    await exportFiles(w.store, dir, { specs: SPECS })
    const files: Record<string, string> = {}
    for (const name of ['vendors.csv', 'contracts.csv', 'sla_targets.csv', 'incidents.csv']) {
      files[name] = await readFile(join(dir, name), 'utf8')
    }
    const before = w.store.revision
    expect((await w.importCsv(files)).changed).toBe(false)
    expect(w.store.revision).toBe(before)

    // Record ids of vendors and contracts differ in a new register; the rows must not.
    const fresh = await makeWorld(undefined, files)
    for (const spec of [slaTargetsCsv, incidentsCsv]) {
      expect(spec.exportRows(fresh.store, { zone: ZONE })).toEqual(spec.exportRows(w.store, { zone: ZONE }))
    }
    expect(fresh.store.get('incidents', 'INC-0043')!.started).toBe(
      w.store.get('incidents', 'INC-0043')!.started,
    )
  })

  it('writes times as local wall clock with the offset, seconds only when there are any', async () => {
    const w = await makeWorld(undefined, { 'incidents.csv': INCIDENTS })
    const rows = incidentsCsv.exportRows(w.store, { zone: ZONE })
    expect(rows.map((r) => [r.id, r.started, r.responded, r.resolved])).toEqual([
      ['INC-0001', '2026-10-05T16:30+01:00', '2026-10-06T09:40+01:00', '2026-10-06T12:00+01:00'],
      ['INC-0002', '2026-10-25T01:30+01:00', '2026-10-25T01:30+00:00', ''],
      ['INC-0042', '2026-11-20T14:05:30+00:00', '', ''],
    ])
    expect(slaTargetsCsv.exportRows(w.store)[0]).toEqual({
      vendor: 'Contoso',
      contract: 'Managed network',
      priority: 'P1',
      response: '1h',
      resolution: '4h',
      hours: 'business',
    })
  })

  describe('a bad row rejects the whole import, naming file, line and column', () => {
    const header = 'id,vendor,contract,priority,summary,started,responded,resolved'
    const cases: Array<[string, Record<string, string>, RegExp]> = [
      [
        'priority P7',
        { 'incidents.csv': `${header}\n,Contoso,Managed network,P7,x,2026-10-01T10:00,,\n` },
        /incidents\.csv, line 2, column priority: "P7" is not a priority/,
      ],
      [
        'resolved before started',
        { 'incidents.csv': `${header}\n,Contoso,Managed network,P1,x,2026-10-01T10:00,,2026-10-01T09:00\n` },
        /line 2, column resolved: The resolved time 2026-10-01 09:00 is before the incident started/,
      ],
      [
        'responded after resolved',
        {
          'incidents.csv': `${header}\n,Contoso,Managed network,P1,x,2026-10-01T10:00,2026-10-01T12:00,2026-10-01T11:00\n`,
        },
        /column responded: .*after the resolution/,
      ],
      [
        'an unknown contract',
        { 'incidents.csv': `${header}\n,Contoso,Nope,P1,x,2026-10-01T10:00,,\n` },
        /column contract: Contoso has no contract titled "Nope"/,
      ],
      [
        'a bad time',
        { 'incidents.csv': `${header}\n,Contoso,Managed network,P1,x,yesterday,,\n` },
        /column started: "yesterday" is not a date and time/,
      ],
      [
        'the same id twice',
        {
          'incidents.csv': `${header}\nINC-0007,Contoso,Managed network,P1,x,2026-10-01T10:00,,\ninc-7,Contoso,Managed network,P1,y,2026-10-01T10:00,,\n`,
        },
        /line 3, column id: the same incident is already on line 2/,
      ],
      [
        'a bad target duration',
        {
          'sla_targets.csv':
            'vendor,contract,priority,response,resolution,hours\nContoso,Managed network,P3,soon,4h,business\n',
        },
        /sla_targets\.csv, line 2, column response: "soon" is not a duration/,
      ],
      [
        'bad hours',
        {
          'sla_targets.csv':
            'vendor,contract,priority,response,resolution,hours\nContoso,Managed network,P3,1h,4h,office\n',
        },
        /column hours: "office" is not 24x7 or business/,
      ],
    ]
    it.each(cases)('%s', async (_name, files, message) => {
      const w = await makeWorld()
      const before = w.store.revision
      const snapshot = JSON.stringify([w.store.all('incidents'), w.store.all('slaTargets')])
      await expect(w.importCsv(files)).rejects.toThrow(message)
      expect(w.store.revision).toBe(before)
      expect(JSON.stringify([w.store.all('incidents'), w.store.all('slaTargets')])).toBe(snapshot)
    })
  })

  it('an imported incident shows in sla open like a logged one', async () => {
    const w = await makeWorld(undefined, { 'incidents.csv': INCIDENTS })
    expect(text(await w.run('sla open'))).toContain('INC-0042 Globex — Support US, P1 "Imported with an id"')
  })
})
