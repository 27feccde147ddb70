import { describe, expect, it } from 'vitest'
import { lines, makeWorld, text } from './world.ts'

// Contoso "Managed network": 20,000.00 USD a month, 5% per breach, capped at 10%.
// P1 business hours 1h/4h; P2 24x7 4h/1d. London is on BST until Sunday 2026-10-25.
const CONTOSO_INCIDENTS = `id,vendor,contract,priority,summary,started,responded,resolved
,Contoso,Managed network,P1,A met both,2026-10-01T10:00,2026-10-01T10:30,2026-10-01T13:00
,Contoso,Managed network,P1,B late response,2026-10-05T16:30,2026-10-06T09:40,2026-10-06T12:00
,Contoso,Managed network,P2,C late twice,2026-10-10T08:00,2026-10-10T13:00,2026-10-11T09:00
,Contoso,Managed network,P3,D no target,2026-10-12T11:00,,2026-10-12T12:00
,Contoso,Managed network,P2,E first minutes of October,2026-10-01T00:30,2026-10-01T00:45,2026-10-01T02:00
,Contoso,Managed network,P1,F last minutes of September,2026-09-30T23:30,2026-10-02T12:00,2026-10-05T12:00
,Contoso,Managed network,P1,G first minutes of November,2026-11-01T00:30,2026-11-03T12:00,2026-11-05T12:00
`

// Globex: Support EU 1,000.00 EUR, 2.5% per breach, cap 20%; Support US 3,000.00 USD, 10%, no cap.
// Both P2 24x7 1h/4h.
const GLOBEX_INCIDENTS = `id,vendor,contract,priority,summary,started,responded,resolved
,Globex,Support EU,P2,July twice,2026-07-10T10:00Z,2026-07-10T12:00Z,2026-07-10T16:00Z
,Globex,Support EU,P2,August resolution,2026-08-03T10:00Z,2026-08-03T10:30Z,2026-08-03T15:00Z
,Globex,Support US,P2,August twice,2026-08-20T10:00Z,2026-08-20T11:30Z,2026-08-20T15:00Z
,Globex,Support US,P2,September on the dot then late,2026-09-15T10:00Z,2026-09-15T11:00Z,2026-09-15T14:30Z
,Globex,Support US,P2,October is outside Q3,2026-10-02T10:00Z,2026-10-02T12:00Z,2026-10-02T18:00Z
`

describe('sla report', () => {
  it('last month (the default): attainment, breaches and a capped credit', async () => {
    const w = await makeWorld(undefined, { 'incidents.csv': CONTOSO_INCIDENTS })
    const reply = await w.run('sla report Contoso')
    expect(reply.status).toBe('ok')
    const out = lines(reply)
    expect(out[0]).toBe('SLA report: Contoso, October 2026')
    expect(out).toContain('2026-10-01 to 2026-10-31: 5 incidents, 3 breaches.')
    expect(out).toContain('P1: 2 incidents: response 50% (1 of 2 met), resolution 100% (2 of 2 met)')
    expect(out).toContain('P2: 2 incidents: response 50% (1 of 2 met), resolution 50% (1 of 2 met)')
    expect(out).toContain('P3: 1 incident, no target (left out of attainment)')
    const incidents = out.slice(out.indexOf('Incidents') + 1, out.indexOf('Attainment by priority'))
    expect(incidents).toEqual([
      'INC-0005 Contoso — Managed network, P2 "E first minutes of October", started 2026-10-01 00:30: response met, resolution met',
      'INC-0001 Contoso — Managed network, P1 "A met both", started 2026-10-01 10:00: response met, resolution met',
      'INC-0002 Contoso — Managed network, P1 "B late response", started 2026-10-05 16:30: response breached, resolution met',
      'INC-0003 Contoso — Managed network, P2 "C late twice", started 2026-10-10 08:00: response breached, resolution breached',
      'INC-0004 Contoso — Managed network, P3 "D no target", started 2026-10-12 11:00: no target',
    ])
    const breaches = out.filter((l) => / breached — /.test(l))
    expect(breaches).toHaveLength(3)
    expect(breaches[0]).toMatch(
      /^INC-\d{4} Contoso — Managed network, P1 "B late response": response breached — responded 2026-10-06 09:40 \(late, due 2026-10-06 09:30\)$/,
    )
    expect(out).toContain(
      'Contoso — Managed network, 2026-10: 3 breaches × 5% = 15%, capped at 10%; 10% of 20,000.00 USD = 2,000.00 USD',
    )
    expect(out.at(-1)).toBe('Service credit owed: 2,000.00 USD')
  })

  it('a longer period sums monthly credits, per currency', async () => {
    const w = await makeWorld(undefined, { 'incidents.csv': GLOBEX_INCIDENTS })
    const reply = await w.run('sla report Globex Q3')
    const out = lines(reply)
    expect(out[0]).toBe('SLA report: Globex, Q3 2026')
    expect(out).toContain('2026-07-01 to 2026-09-30: 4 incidents, 6 breaches.')
    expect(out).toContain('P2: 4 incidents: response 50% (2 of 4 met), resolution 0% (0 of 4 met)')
    const credits = out.filter((l) => l.startsWith('Globex — Support'))
    expect(credits).toEqual([
      'Globex — Support EU, 2026-07: 2 breaches × 2.5% = 5%; 5% of 1,000.00 EUR = 50.00 EUR',
      'Globex — Support EU, 2026-08: 1 breach × 2.5% = 2.5%; 2.5% of 1,000.00 EUR = 25.00 EUR',
      'Globex — Support US, 2026-08: 2 breaches × 10% = 20%; 20% of 3,000.00 USD = 600.00 USD',
      'Globex — Support US, 2026-09: 1 breach × 10% = 10%; 10% of 3,000.00 USD = 300.00 USD',
    ])
    expect(reply.footer).toEqual(['Service credit owed: 75.00 EUR', 'Service credit owed: 900.00 USD'])
  })

  it('reads the period words: a month name, a year, this month', async () => {
    const w = await makeWorld(undefined, { 'incidents.csv': GLOBEX_INCIDENTS })
    expect(lines(await w.run('sla report Globex august'))[0]).toBe('SLA report: Globex, August 2026')
    expect(text(await w.run('sla report Globex 2026'))).toContain('5 incidents, 8 breaches.')
    expect(text(await w.run('sla report Globex this month'))).toContain(
      '2026-11-01 to 2026-11-25: 0 incidents',
    )
  })

  it('a contract without fee or credit terms owes nothing, and says why', async () => {
    const incidents = `id,vendor,contract,priority,summary,started,responded,resolved
,Initech,Printers,P1,Jammed,2026-10-05T10:00,,
`
    const targets = `vendor,contract,priority,response,resolution,hours
Initech,Printers,P1,1h,4h,24x7
`
    const w = await makeWorld(undefined, { 'sla_targets.csv': targets, 'incidents.csv': incidents })
    const out = lines(await w.run('sla report Initech october'))
    // Still open long after both targets: both already count as breaches.
    expect(out).toContain(
      'Initech — Printers, 2026-10: 2 breaches, no service credits (the contract has no monthly fee or credit terms)',
    )
    expect(out.at(-1)).toBe('No service credit owed.')
  })

  it('rejects an unknown vendor or a period it cannot read, changing nothing', async () => {
    const w = await makeWorld()
    const before = w.store.revision
    const unknown = await w.run('sla report Zontoso')
    expect(unknown.status).toBe('rejected')
    expect(text(unknown)).toContain('Nearest names: Contoso')
    const future = await w.run('sla report Contoso 2031')
    expect(future.status).toBe('rejected')
    expect(text(future)).toContain('I could not read "2031" as a period')
    expect(w.store.revision).toBe(before)
  })
})
