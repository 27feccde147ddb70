// The agenda's service-credit section reads the unclaimed-credit list, which is kept per store
// revision and day: each step below asks the agenda first, so an answer kept past a write or past
// midnight would show the step before's list.
import { describe, expect, it } from 'vitest'
import type { Reply } from '../../src/reply/reply.ts'
import { makeWorld } from '../claims/world.ts'
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

    // A late response in August: a closed window, listed before September's.
    await w.run(
      'sla log Globex contract "Support US" P2 Late August started 2026-08-04 10:00 responded 2026-08-04 12:00 resolved 2026-08-04 12:30',
    )
    expect(credits(await w.run('agenda'))).toEqual([
      'Globex — Support US, August 2026: 300.00 USD unclaimed, claim window closed 76 days ago (2026-09-10)',
      SEPTEMBER,
    ])

    expect((await w.run('sla claim Globex contract "Support US" august')).status).toBe('ok')
    expect(credits(await w.run('agenda'))).toEqual([SEPTEMBER])

    // Monday: Contoso's October window (3 breaches × 5%) closes this week.
    w.clock.set('2026-11-30T10:00:00Z')
    const contoso = 'Contoso — Managed network, October 2026'
    expect(credits(await w.run('agenda'))).toEqual([
      'Globex — Support US, September 2026: 300.00 USD unclaimed, claim window closed 51 days ago (2026-10-10)',
      `${contoso}: 3,000.00 USD unclaimed, claim by 2026-11-30, 0 days (today)`,
    ])

    // The outage puts October in the 99.9% band: 10% more of the 20,000.00 USD fee.
    await w.run('sla downtime Contoso 2026-10-03 09:10 to 11:40 core switch')
    expect(credits(await w.run('agenda')).at(-1)).toBe(
      `${contoso}: 5,000.00 USD unclaimed, claim by 2026-11-30, 0 days (today)`,
    )
  })
})
