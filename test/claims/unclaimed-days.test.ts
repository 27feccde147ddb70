// The unclaimed credits are carried from day to day instead of computed again for every contract
// (unclaimed-days.ts). Walking the clock across days and month ends, with writes in between, the
// carried list and its closed-window totals must equal a computation from scratch at each step,
// and the lines must count the days left on the day they are shown.
import { describe, expect, it } from 'vitest'
import { closedBy, tallied } from '../../src/claims/closed-tally.ts'
import { allUnclaimed, type UnclaimedCredit, unclaimedOn } from '../../src/claims/unclaimed.ts'
import { localDate } from '../../src/time/zone.ts'
import { lines } from '../sla/world.ts'
import { makeWorld, type World } from './world.ts'

function shown(rows: readonly UnclaimedCredit[]): string[] {
  return rows.map(
    (r) =>
      `${r.vendor?.name} | ${r.contract.title} | ${r.month} | ${r.minor} ${r.currency} | ${r.deadline} | ${r.working}`,
  )
}

/** The kept answer against a fresh one at the clock's instant; returns the kept rows. */
function expectFresh(w: World): string[] {
  const { config } = w.context
  const now = w.clock.now()
  const kept = unclaimedOn(w.store, config, now)
  const fresh = allUnclaimed(w.store, config, now)
  const today = localDate(now, config.TICKLER_TIMEZONE)
  expect(kept.today).toBe(today)
  expect(shown(kept.rows)).toEqual(shown(fresh))
  expect(kept.closed).toEqual(tallied(new Map(), closedBy(fresh, today)))
  return shown(kept.rows)
}

const lateUs = (month: string) => `Globex | Support US | ${month}`

describe('unclaimed credits carried across days', () => {
  it('equal a computation from scratch on every day, across month ends and writes', async () => {
    const w = await makeWorld()
    expectFresh(w)

    // An incident left open late on the last day of November: its month has not ended.
    w.clock.set('2026-11-30T23:30:00Z')
    expect(expectFresh(w).some((r) => r.startsWith(lateUs('2026-11')))).toBe(false)
    const logged = await w.run('sla log Globex contract "Support US" P2 Router down started 2026-11-30 23:00')
    expect(logged.status).toBe('ok')
    expectFresh(w)

    // November has ended; the response (due 00:00) is late: one breach, 10% of 3,000.00 USD.
    w.clock.set('2026-12-01T00:30:00Z')
    expect(expectFresh(w).filter((r) => r.startsWith(lateUs('2026-11')))).toEqual([
      `${lateUs('2026-11')} | 30000 USD | 2026-12-10 | 1 breach × 10% = 10%; 10% of 3,000.00 USD = 300.00 USD`,
    ])

    // Next day the still open incident has missed its resolution (due 03:00) too: two breaches.
    w.clock.set('2026-12-02T09:00:00Z')
    expect(expectFresh(w).filter((r) => r.startsWith(lateUs('2026-11')))).toEqual([
      `${lateUs('2026-11')} | 60000 USD | 2026-12-10 | 2 breaches × 10% = 20%; 20% of 3,000.00 USD = 600.00 USD`,
    ])

    // Writes on a later day: an outage in November (Contoso's bands), a longer claim window, a claim.
    w.clock.set('2026-12-05T09:00:00Z')
    expect((await w.run('sla downtime Contoso 2026-11-03 09:00 to 2026-11-03 17:00 fibre cut')).status).toBe(
      'ok',
    )
    expectFresh(w)
    expect((await w.run('contract edit Globex "Support EU" claim_days 45')).status).toBe('ok')
    expectFresh(w)
    w.clock.set('2026-12-06T09:00:00Z')
    expect((await w.run('sla claim Globex contract "Support US" september')).status).toBe('ok')
    expectFresh(w)
    // A late answer in December, resolved: its row comes only once December has ended.
    const december = 'Globex | Support EU | 2026-12'
    const late = await w.run(
      'sla log Globex contract "Support EU" P2 Slow answer started 2026-12-03 10:00 responded 2026-12-03 12:00 resolved 2026-12-03 13:00',
    )
    expect(late.status).toBe('ok')
    expect(expectFresh(w).some((r) => r.startsWith(december))).toBe(false)

    // Days one by one past the window of November's credit, then a jump over two month ends.
    for (let day = 7; day <= 12; day++) {
      w.clock.set(`2026-12-${String(day).padStart(2, '0')}T09:00:00Z`)
      expectFresh(w)
    }
    w.clock.set('2027-02-03T09:00:00Z')
    expect(expectFresh(w).filter((r) => r.startsWith(december))).toHaveLength(1)
    // Back in time: built again, still the same as from scratch.
    w.clock.set('2026-12-03T09:00:00Z')
    expectFresh(w)
  })

  it('counts the days left on the day a line is shown, not the day it was first made', async () => {
    const w = await makeWorld()
    const september = (reply: Awaited<ReturnType<World['run']>>) =>
      lines(reply).find((l) => l.startsWith('Globex — Support US, September 2026'))
    expect(september(await w.run('sla claims'))).toContain('claim window closed 46 days ago (2026-10-10)')
    w.clock.set('2026-11-26T10:00:00Z')
    expect(september(await w.run('sla claims'))).toContain('claim window closed 47 days ago (2026-10-10)')
    expect(september(await w.run('agenda'))).toContain('claim window closed 47 days ago (2026-10-10)')
  })
})
