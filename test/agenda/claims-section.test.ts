// The agenda's service-credit section reads the unclaimed-credit list, which is kept per store
// revision and day: each step below asks the agenda first, so an answer kept past a write or past
// midnight would show the step before's list.
import { describe, expect, it } from 'vitest'
import type { Reply } from '../../src/reply/reply.ts'
import { CONTRACTS, makeWorld } from '../claims/world.ts'
import { lines } from '../sla/world.ts'

function credits(reply: Reply): string[] {
  const out = lines(reply)
  const start = out.indexOf('Service credits to claim')
  return out.slice(start + 1)
}

const SEPTEMBER =
  'Globex — Support US, September 2026: 300.00 USD unclaimed, claim window closed 46 days ago (2026-10-10)'

describe('the agenda service-credit section', () => {
  it('follows every write and the day: a new breach, a claim, an outage, a window closing', async () => {
    const w = await makeWorld()
    expect(credits(await w.run('agenda'))).toEqual([SEPTEMBER])

    // A late response in August: a closed window, listed after September's (closed more recently).
    await w.run(
      'sla log Globex contract "Support US" P2 Late August started 2026-08-04 10:00 responded 2026-08-04 12:00 resolved 2026-08-04 12:30',
    )
    expect(credits(await w.run('agenda'))).toEqual([
      SEPTEMBER,
      'Globex — Support US, August 2026: 300.00 USD unclaimed, claim window closed 76 days ago (2026-09-10)',
    ])

    expect((await w.run('sla claim Globex contract "Support US" august')).status).toBe('ok')
    expect(credits(await w.run('agenda'))).toEqual([SEPTEMBER])

    // Monday: Contoso's October window (3 breaches × 5%) closes this week, listed before the
    // windows already closed.
    w.clock.set('2026-11-30T10:00:00Z')
    const contoso = 'Contoso — Managed network, October 2026'
    expect(credits(await w.run('agenda'))).toEqual([
      `${contoso}: 3,000.00 USD unclaimed, claim by 2026-11-30, 0 days (today)`,
      'Globex — Support US, September 2026: 300.00 USD unclaimed, claim window closed 51 days ago (2026-10-10)',
    ])

    // The outage puts October in the 99.9% band: 10% more of the 20,000.00 USD fee.
    await w.run('sla downtime Contoso 2026-10-03 09:10 to 11:40 core switch')
    expect(credits(await w.run('agenda'))[0]).toBe(
      `${contoso}: 5,000.00 USD unclaimed, claim by 2026-11-30, 0 days (today)`,
    )
  })
})

// Globex's Support EU given a 10-day claim window, so closed windows come in two currencies.
const EU_WINDOW = CONTRACTS.replace(
  'Support EU,support,2026-01-01,2027-12-31,yes,12,60,,',
  'Support EU,support,2026-01-01,2027-12-31,yes,12,60,10,',
)

async function lateAnswers(w: Awaited<ReturnType<typeof makeWorld>>, contract: string, months: string[]) {
  for (const m of months) {
    const reply = await w.run(
      `sla log Globex contract "${contract}" P2 Late ${m} started 2026-${m}-04 10:00 responded 2026-${m}-04 12:00 resolved 2026-${m}-04 12:30`,
    )
    expect(reply.status).toBe('ok')
  }
}

describe('closed claim windows in the agenda', () => {
  it('lists the five closed most recently, then one line for the older ones; sla claims lists all', async () => {
    const w = await makeWorld(undefined, { 'contracts.csv': EU_WINDOW })
    // Support US (300.00 USD a breach): January to July and September; Support EU (25.00 EUR):
    // February and August. Eleven windows, all closed by 2026-11-25 (Contoso's closes 11-30).
    await lateAnswers(w, 'Support US', ['01', '02', '03', '04', '05', '06', '07'])
    await lateAnswers(w, 'Support EU', ['02'])
    const us = (month: string, closed: string, ago: number) =>
      `Globex — Support US, ${month} 2026: 300.00 USD unclaimed, claim window closed ${ago} days ago (${closed})`
    expect(credits(await w.run('agenda'))).toEqual([
      us('September', '2026-10-10', 46),
      'Globex — Support EU, August 2026: 25.00 EUR unclaimed, claim window closed 76 days ago (2026-09-10)',
      us('July', '2026-08-10', 107),
      us('June', '2026-07-10', 138),
      us('May', '2026-06-10', 168),
      // January, February (both contracts), March and April.
      '…and 5 older closed claim windows: 1,200.00 USD, 25.00 EUR unclaimed; sla claims lists them all.',
    ])

    // `sla claims` still lists every unclaimed window, oldest closed first (SPEC §12), and
    // Contoso's October, open until 2026-11-30.
    const all = lines(await w.run('sla claims'))
    expect(all.filter((l) => l.includes('claim window closed'))).toHaveLength(10)
    expect(all[1]).toBe(us('January', '2026-02-10', 288))
    expect(all.at(-2)).toBe('Unclaimed: 5,400.00 USD')
    expect(all.at(-1)).toBe('Unclaimed: 50.00 EUR')

    // Claiming one of the older windows takes it out of the count and the total; currencies stay
    // in the order their first window closed (now February's EUR before USD).
    expect((await w.run('sla claim Globex contract "Support US" january')).status).toBe('ok')
    expect(credits(await w.run('agenda')).at(-1)).toBe(
      '…and 4 older closed claim windows: 25.00 EUR, 900.00 USD unclaimed; sla claims lists them all.',
    )

    // A renamed vendor shows in every one of its rows (the kept list is patched, not rebuilt).
    expect((await w.run('vendor edit Globex name "Globex Corp"')).status).toBe('ok')
    const renamed = credits(await w.run('agenda'))
    expect(renamed[0]).toBe(us('September', '2026-10-10', 46).replace('Globex —', 'Globex Corp —'))
    expect(renamed.filter((l) => l.startsWith('Globex —'))).toEqual([])
  })
})
