// SPEC §12 through the real commands: availability in sla report with bands and breaches capped
// together, unclaimed credits and their claim windows, sla claim, and a claim statement whose CSV
// re-read totals what sla report says.
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { parseAmount } from '../../src/domain/money.ts'
import type { CsvAttachment } from '../../src/reply/reply.ts'
import { lines, text } from '../sla/world.ts'
import { makeWorld } from './world.ts'

const OUTAGE = 'sla downtime Contoso 2026-10-03 09:10 to 11:40 core switch'

describe('availability in sla report', () => {
  it('shows the month beside the breach credits and adds the band to the breaches', async () => {
    const w = await makeWorld()
    expect((await w.run(OUTAGE)).status).toBe('ok')
    const out = lines(await w.run('sla report Contoso october'))
    // October 2026 in London has 44,700 minutes (clocks go back on the 25th): 44,550 / 44,700 = 99.66443…%
    expect(out).toContain(
      'Contoso — Managed network, 2026-10: 99.664% (150 min down of 44,700 min), below 99.9%: 10% credit band',
    )
    expect(out).toContain(
      'Contoso — Managed network, 2026-10: availability 99.664% (below 99.9%): 10%; 3 breaches × 5% = 15%; together 25%; 25% of 20,000.00 USD = 5,000.00 USD',
    )
    expect(out.at(-1)).toBe('Service credit owed: 5,000.00 USD')
  })

  it('caps bands and breaches together: 25% + 15% = 40%, capped at 30%', async () => {
    const w = await makeWorld()
    // 7 h 30 min more (600 min in all): 44,100 / 44,700 = 98.65771…% → the 99.0 band, 25%
    await w.run(OUTAGE)
    await w.run('sla downtime Contoso 2026-10-04 09:00 to 16:30 power')
    const out = lines(await w.run('sla report Contoso october'))
    expect(out).toContain(
      'Contoso — Managed network, 2026-10: availability 98.658% (below 99%): 25%; 3 breaches × 5% = 15%; together 40%, capped at 30%; 30% of 20,000.00 USD = 6,000.00 USD',
    )
    expect(out.at(-1)).toBe('Service credit owed: 6,000.00 USD')
  })

  it('an outage alone earns its band, with no incident in the period', async () => {
    const w = await makeWorld('2026-12-10T10:00:00Z')
    await w.run('sla downtime Contoso 2026-11-03 09:00 to 10:00')
    const out = lines(await w.run('sla report Contoso november'))
    // November: 43,140 / 43,200 = 99.86111…% → 99.861%
    expect(out).toContain('2026-11-01 to 2026-11-30: 0 incidents, 0 breaches.')
    expect(out).toContain(
      'Contoso — Managed network, 2026-11: availability 99.861% (below 99.9%): 10%; 10% of 20,000.00 USD = 2,000.00 USD',
    )
    expect(out.at(-1)).toBe('Service credit owed: 2,000.00 USD')
  })
})

describe('sla downtime', () => {
  it('reads an overnight outage, and rejects one that ends before it starts or in the future', async () => {
    const w = await makeWorld()
    const night = await w.run(
      'sla downtime Contoso contract "Managed network" 2026-11-20 22:00 to 01:30 "fibre cut"',
    )
    expect(text(night)).toContain('2026-11-20 22:00 to 2026-11-21 01:30 (3h 30m): fibre cut.')
    expect(w.store.all('downtimes').map((d) => [d.from, d.to, d.note])).toEqual([
      ['2026-11-20T22:00:00Z', '2026-11-21T01:30:00Z', 'fibre cut'],
    ])
    const before = w.store.revision
    const backwards = await w.run('sla downtime Contoso 2026-11-20 10:00 to 2026-11-20 09:00')
    expect(backwards.status).toBe('rejected')
    expect(text(backwards)).toContain('The outage must end after it starts')
    expect(text(backwards)).toContain('Form: sla downtime <vendor> [contract <title>] <from> to <to> [note]')
    const future = await w.run('sla downtime Contoso 2026-11-25 09:00 to 2026-11-25 11:00')
    expect(text(future)).toContain('is in the future')
    const noEnd = await w.run('sla downtime Contoso 2026-11-20 10:00')
    expect(text(noEnd)).toContain('Give when the outage started and ended')
    const many = await w.run('sla downtime Globex 2026-11-20 10:00 to 11:00')
    expect(many.title).toBe('Globex has 2 active contracts: which one was down?')
    expect(w.store.revision).toBe(before)
  })
})

describe('unclaimed credits', () => {
  it('lists closed windows first, then by deadline, then those without one; totals per currency', async () => {
    const w = await makeWorld()
    await w.run(OUTAGE)
    const reply = await w.run('sla claims')
    expect(lines(reply)).toEqual([
      'Unclaimed service credits: next 90 days',
      'Globex — Support US, September 2026: 300.00 USD unclaimed, claim window closed 46 days ago (2026-10-10)',
      'Contoso — Managed network, October 2026: 5,000.00 USD unclaimed, claim by 2026-11-30, 5 days',
      'Globex — Support EU, August 2026: 25.00 EUR unclaimed, no claim deadline',
      'Unclaimed: 5,300.00 USD',
      'Unclaimed: 25.00 EUR',
    ])
    expect(reply.sections![0]!.items![1]!.actions!.map((a) => a.command)).toEqual([
      'sla statement "Contoso" contract "Managed network" 2026-10',
      'sla claim "Contoso" contract "Managed network" 2026-10',
    ])
    // A window that ends before the 30th leaves out Contoso, not the closed or open-ended ones.
    expect(text(await w.run('sla claims 3 days'))).not.toContain('Contoso')
    expect(text(await w.run('agenda'))).toContain(
      'Service credits to claim\nGlobex — Support US, September 2026: 300.00 USD unclaimed, claim window closed 46 days ago (2026-10-10)',
    )
  })

  it('sla claim records the claim by the owner, and the credit leaves the list', async () => {
    const w = await makeWorld()
    const refused = await w.run('sla claim Globex september', { user: 'U0GLOB' })
    // Support US has its own owner: the vendor's owner may not claim it.
    expect(refused.status).toBe('rejected')
    expect(text(refused)).toContain(
      "Only Tickler admins and the owner of Globex's Support US contract (U0DEAL) may record service credit claims.",
    )
    const done = await w.run('sla claim Globex september ref "CASE 77"', { user: 'U0DEAL' })
    expect(done.title).toBe('Claimed: Globex — Support US, September 2026, 300.00 USD')
    expect(w.store.all('claims').map((c) => [c.month, c.ref, c.amount, c.currency, c.claimedBy])).toEqual([
      ['2026-09', 'CASE 77', '300.00', 'USD', 'U0DEAL'],
    ])
    expect(text(await w.run('sla claims'))).not.toContain('September')
    const again = await w.run('sla claim Globex contract "Support US" 2026-09')
    expect(text(again)).toContain('was already claimed on 2026-11-25 by U0DEAL, ref CASE 77 (300.00 USD)')
  })

  it('rejects a month that has not ended, one with no credit, and never guesses between contracts', async () => {
    const w = await makeWorld()
    await w.run(
      'sla log Globex contract "Support EU" P2 Late EU started 2026-10-01 10:00 responded 2026-10-01 12:00',
    )
    await w.run(
      'sla log Globex contract "Support US" P2 Late US started 2026-10-02 10:00 responded 2026-10-02 12:00',
    )
    const before = w.store.revision
    const open = await w.run('sla claim Contoso november')
    expect(text(open)).toContain(
      "November 2026 has not ended yet; a month's service credit is claimed after the month ends.",
    )
    expect(text(open)).toContain('Example: sla claim Contoso october ref CASE-4471')
    const none = await w.run('sla claim Contoso july')
    expect(text(none)).toContain('Contoso has no unclaimed service credit for July 2026')
    const month = await w.run('sla claim Contoso Q3')
    expect(text(month)).toContain('I could not read "Q3" as a month')
    const pick = await w.run('sla claim Globex october ref X1')
    expect(pick.title).toBe(
      'Globex has 2 contracts with an unclaimed credit for October 2026: which one was claimed?',
    )
    expect(pick.sections![0]!.items!.map((i) => i.actions![0]!.command)).toEqual([
      'sla claim "Globex" contract "Support EU" 2026-10 ref "X1"',
      'sla claim "Globex" contract "Support US" 2026-10 ref "X1"',
    ])
    expect(w.store.revision).toBe(before)
  })
})

describe('sla statement', () => {
  it("writes one row per incident and a total row, and its total is sla report's", async () => {
    const w = await makeWorld()
    await w.run(OUTAGE)
    const reply = await w.run('sla statement Contoso october')
    expect(reply.status).toBe('ok')
    expect(lines(reply)).toEqual([
      'SLA claim statement: Contoso — Managed network, October 2026',
      '3 incidents, 3 breaches; availability 99.664%.',
      'Credit: availability 99.664% (below 99.9%): 10%; 3 breaches × 5% = 15%; together 25%; 25% of 20,000.00 USD = 5,000.00 USD',
      'Not claimed yet: claim by 2026-11-30, 5 days.',
      'Service credit for October 2026: 5,000.00 USD',
    ])
    const file = reply.attachment!
    expect(file.name).toBe('sla-statement-contoso-managed-network-2026-10.csv')
    const rows = parse(file.content, { columns: true }) as Record<string, string>[]
    expect(rows.map((r) => r.record)).toEqual(['INC-0001', 'INC-0002', 'INC-0003', 'total'])
    expect(rows[0]).toMatchObject({
      priority: 'P1',
      started: '2026-10-05 10:00',
      response_due: '2026-10-05 11:00',
      response: 'breached',
      resolution: 'breached',
      breaches: '2',
      breach_percent: '10',
    })
    // Text a person typed is spreadsheet-safe, as in export.
    expect(rows[2]!.summary).toBe(`'=C "core" switch`)
    const total = rows.at(-1)!
    expect(total).toMatchObject({
      breaches: '3',
      breach_percent: '15',
      availability: '99.664%',
      band_percent: '10',
      total_percent: '25',
      cap_percent: '30',
      credit_percent: '25',
      monthly_fee: '20000.00',
      credit: '5000.00',
      currency: 'USD',
    })
    const sumOfRows = rows.slice(0, -1).reduce((n, r) => n + Number(r.breaches), 0)
    expect(sumOfRows).toBe(3)
    const report = await w.run('sla report Contoso october')
    const owed = /^Service credit owed: ([\d,.]+) USD$/.exec(String(report.footer!.at(-1)))![1]!
    expect(parseAmount(total.credit!, 'USD')).toBe(parseAmount(owed, 'USD'))
  })

  it('a statement is a read: nothing is stored; several busy contracts give a pick list', async () => {
    const w = await makeWorld()
    await w.run(
      'sla log Globex contract "Support EU" P2 Late EU started 2026-10-01 10:00 responded 2026-10-01 12:00',
    )
    await w.run(
      'sla log Globex contract "Support US" P2 Late US started 2026-10-02 10:00 responded 2026-10-02 12:00 resolved 2026-10-02 12:30',
    )
    const before = w.store.revision
    const pick = await w.run('sla statement Globex october')
    expect(pick.title).toBe(
      'Globex has 2 contracts with incidents or outages in October 2026: which statement?',
    )
    const one = await w.run('sla statement Globex contract "Support US" 2026-10')
    expect((one.attachment as CsvAttachment).content.trim().split('\n').at(-1)).toBe(
      'total,Support US,,,,,,,,,,,,,1,10,,,10,,10,3000.00,300.00,USD',
    )
    expect(w.store.revision).toBe(before)
  })
})

describe('history', () => {
  it("lists a contract's outages and claims with its other changes", async () => {
    const w = await makeWorld()
    await w.run(OUTAGE)
    await w.run('sla claim Contoso october ref CASE-1')
    const out = text(await w.run('history Contoso "Managed network"'))
    expect(out).toMatch(/downtime DT-0001.*added/)
    expect(out).toMatch(/claim 2026-10.*added/)
  })
})
