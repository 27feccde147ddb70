// A contract that has rolled forward (SPEC §2 "Current term", §9): its stored end date is terms
// behind. Turning auto-renew off ends it where its current term ends, and `contract end` speaks
// of the current term, never of the stored date.
import { describe, expect, it } from 'vitest'
import { lines, makeContext, say, textOf } from './helpers.ts'

// Today is 2026-11-25; a contract that ended 2023-06-30 and renews yearly is in its
// 2026-07-01 to 2027-06-30 term.
const SETUP = [
  'vendor add Contoso tier high owner U0NORTH',
  'contract add Contoso "Managed network" kind outsourcing start 2021-07-01 end 2023-06-30 notice 90 days value 240000 USD auto-renew yes term 12 months',
]

async function rolledForward() {
  const context = makeContext()
  for (const line of SETUP) expect((await say(context, line)).status, line).toBe('ok')
  return context
}

const renewalRows = async (context: ReturnType<typeof makeContext>) =>
  lines(await say(context, 'renewals 400 days')).filter((l) => l.startsWith('- '))

describe('turning auto-renew off on a contract that has rolled forward', () => {
  it('ends it at its current term end, says so, and it stays in renewals', async () => {
    const context = await rolledForward()
    const reply = await say(context, 'contract edit "Managed network" auto-renew no')
    expect(reply.status).toBe('ok')
    expect(reply.text).toEqual([
      'Changed: end_date 2023-06-30 → 2027-06-30; auto_renew yes → no.',
      'Auto-renew is off: it ends on 2027-06-30, the end of its current term.',
    ])
    expect(context.store.all('contracts')[0]).toMatchObject({
      endDate: '2027-06-30',
      autoRenew: false,
      status: 'active',
    })
    expect(await renewalRows(context)).toEqual([
      '- Contoso — Managed network: notice deadline 2027-04-01, 127 days · auto-renew no · 240,000.00 USD a year · evidence lapsed: Adverse media review never done (+3 more)',
    ])
  })

  it('does the same when a form sends the stored end date back unchanged', async () => {
    const context = await rolledForward()
    const reply = await say(
      context,
      'contract edit "Contoso" "Managed network" end_date 2023-06-30 auto_renew no renewal_term_months 12',
    )
    expect(reply.status).toBe('ok')
    expect(context.store.all('contracts')[0]!.endDate).toBe('2027-06-30')
  })

  it('keeps a new end date typed in the same change', async () => {
    const context = await rolledForward()
    const reply = await say(context, 'contract edit "Managed network" auto-renew no end 2027-01-31')
    expect(reply.status).toBe('ok')
    expect(context.store.all('contracts')[0]!.endDate).toBe('2027-01-31')
    expect(reply.text).toContain('Auto-renew is off: it ends on 2027-01-31.')
  })

  it('leaves a contract that has not rolled forward at its own end date', async () => {
    const context = makeContext()
    await say(context, SETUP[0]!)
    await say(
      context,
      'contract add Contoso "Firewall" kind support start 2026-01-01 end 2027-03-31 notice 30 value 1000 USD auto-renew yes',
    )
    const reply = await say(context, 'contract edit Firewall auto-renew no')
    expect(reply.text).toEqual(['Changed: auto_renew yes → no.', 'Auto-renew is off: it ends on 2027-03-31.'])
    expect(context.store.all('contracts')[0]!.endDate).toBe('2027-03-31')
  })
})

describe('contract end on a contract that has rolled forward', () => {
  it('names the current term end in its reply and its dates', async () => {
    const context = await rolledForward()
    const reply = await say(context, 'contract end "Managed network"')
    expect(reply.status).toBe('ok')
    expect(reply.text![0]).toBe(
      'Ended on 2026-11-25, before its current term ends on 2027-06-30. It has left renewals, the agenda and reminders; the vendor card lists it as ended.',
    )
    expect(textOf(reply)).toContain('Dates: 2026-07-01 to 2027-06-30')
    expect(textOf(reply)).not.toContain('2023-06-30')

    const atTermEnd = await rolledForward()
    const onTheDay = await say(atTermEnd, 'contract end "Managed network" on 2027-06-30')
    expect(onTheDay.text![0]).toMatch(/^Ended on 2027-06-30, the end of its current term\./)
  })

  it('offers the current term end in its pick list', async () => {
    const context = await rolledForward()
    await say(
      context,
      'contract add Contoso "Firewall" kind support start 2026-01-01 end 2027-03-31 notice 30 value 1000 USD',
    )
    const revision = context.store.revision
    const reply = await say(context, 'contract end Contoso')
    expect(reply.status).toBe('ok')
    expect(reply.sections![0]!.items!.map((i) => i.text)).toEqual([
      'Contoso — Managed network (outsourcing, ends 2027-06-30)',
      'Contoso — Firewall (support, ends 2027-03-31)',
    ])
    expect(context.store.revision).toBe(revision)
  })
})
