// The evidence gate (SPEC §11): which renewals show lapsed evidence, and how the most overdue
// check, its due date and "+N more" read in `renewals`, the vendor card and a renewal reminder,
// on a small register and on the demo register through the terminal, Slack and Teams.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSlackClient } from '../../adapters/slack/bolt.ts'
import { slackNotifier } from '../../adapters/slack/notifier.ts'
import { loadDemo } from '../../src/import/demo.ts'
import { runReminderSweep } from '../../src/reminders/sweep.ts'
import { makeContext, say, textOf } from '../register/editing/helpers.ts'
import { CLOCK, type Surfaces, startSurfaces } from '../reliability/surfaces.ts'
import { seed } from '../support/context.ts'
import { contract, riskCheck, vendor } from '../support/factories.ts'
import { MemoryStore } from '../support/memory-store.ts'

describe('which contracts have lapsed evidence', () => {
  async function register() {
    const context = makeContext({ now: '2027-01-15T10:00:00Z' })
    await seed(
      context.store,
      {
        vendors: [
          vendor('v1', 'Overdue Co', { tier: 'medium', owner: 'U0OWNER' }),
          vendor('v2', 'Critical Never', { tier: 'critical', owner: 'U0OWNER' }),
          vendor('v3', 'Medium Never', { tier: 'medium', owner: 'U0OWNER' }),
          vendor('v4', 'Current Co', { tier: 'high', owner: 'U0OWNER' }),
        ],
        contracts: ['v1', 'v2', 'v3', 'v4'].map((v) =>
          contract({ id: `c-${v}`, vendorId: v, title: 'Deal', endDate: '2027-03-31', noticeDays: 30 }),
        ),
        riskChecks: [
          // Overdue since 2026-11-28 (done 2025-11-28, every 365 days), and another since 2026-12-31.
          riskCheck('k1', 'v1', 'soc2', { lastDone: '2025-11-28', cadenceDays: 365 }),
          riskCheck('k2', 'v1', 'insurance', { lastDone: '2025-12-31', cadenceDays: 365 }),
          // Never done, added today: due today, not overdue; lapsed only because the tier is critical.
          riskCheck('k3', 'v2', 'insurance', { addedOn: '2027-01-15' }),
          riskCheck('k4', 'v3', 'questionnaire', { addedOn: '2027-01-15' }),
          // Due today: not yet overdue.
          riskCheck('k5', 'v4', 'soc2', { lastDone: '2026-07-19', cadenceDays: 180 }),
        ],
      },
      '2027-01-15T09:00:00Z',
    )
    return context
  }

  it('renewals name the most overdue check and its due date, "+N more", and count the lapsed rows', async () => {
    const text = textOf(await say(await register(), 'renewals'))
    expect(text).toContain(
      'Overdue Co — Deal: notice deadline 2027-03-01, 45 days · auto-renew yes · 1,000.00 USD a year · evidence lapsed: SOC 2 report overdue since 2026-11-28 (+1 more)',
    )
    expect(text).toContain(
      'Critical Never — Deal: notice deadline 2027-03-01, 45 days · auto-renew yes · 1,000.00 USD a year · evidence lapsed: Insurance certificate never done',
    )
    expect(text).toMatch(/Medium Never — Deal: [^\n]*a year\n/)
    expect(text).toMatch(/Current Co — Deal: [^\n]*a year\n/)
    expect(text.split('\n').at(-1)).toBe('Evidence lapsed: 2 of 4 listed contracts')
  })

  // The listed items are kept with the day's selection, which a risk write leaves as it was: the
  // flags must still follow the checks.
  it('renewals drop the flag as soon as the overdue checks are done', async () => {
    const context = await register()
    expect(
      textOf(await say(context, 'renewals'))
        .split('\n')
        .at(-1),
    ).toBe('Evidence lapsed: 2 of 4 listed contracts')
    for (const check of ['soc2', 'insurance']) {
      expect((await say(context, `risk done Overdue Co ${check}`)).status).toBe('ok')
    }
    const text = textOf(await say(context, 'renewals'))
    expect(text).toMatch(/Overdue Co — Deal: [^\n]*a year\n/)
    expect(text.split('\n').at(-1)).toBe('Evidence lapsed: 1 of 4 listed contracts')
  })

  it('the vendor card says which check and since when', async () => {
    const context = await register()
    expect(textOf(await say(context, 'vendor Overdue Co'))).toContain(
      'Evidence: lapsed: SOC 2 report overdue since 2026-11-28 (+1 more)',
    )
    expect(textOf(await say(context, 'vendor Current Co'))).not.toContain('Evidence')
  })
})

describe('the evidence gate on the demo register, in the terminal, Slack and Teams', () => {
  let s: Surfaces
  // From data/demo/risk_checks.csv on 2026-11-25: vendors with a check overdue, or a critical or
  // high vendor with a check never done.
  const LAPSED_IN_90_DAYS = [
    'Datos São Paulo Serviços — Service desk',
    'Contoso Cloud Services — Cloud hosting',
    'Proseware HR — HR and payroll',
  ]
  const CURRENT_IN_90_DAYS = [
    'Fabrikam Networks — Core switch maintenance',
    'Nordlicht Telekom — MPLS network',
    'Woodgrove Payments — Payment gateway',
    'Société Générale Informatique — Print and mail room',
    'Wingtip Print Services — Managed print',
    'Blue Yonder Logistics Systems — Warehouse management',
    "Margie's Travel Desk — Travel booking",
    'Alpine Ski Hardware — Desktop maintenance',
    'Müller & Söhne Rechenzentrum — Colocation racks',
    'Adatum Identity — Privileged access',
    'Fabrikam Networks — Branch routers',
    'Fabrikam Networks — Wi-Fi refresh',
    'Blue Yonder Logistics Systems — WMS support',
    'Humongous Insurance Systems — Claims platform',
  ]

  beforeAll(async () => {
    const store = new MemoryStore()
    await loadDemo(store, { who: 'demo', at: CLOCK.now(), zone: 'UTC', maxBytes: 5_000_000 })
    s = await startSurfaces({ store })
  })
  afterAll(() => s.close())

  it('the terminal lists exactly the lapsed renewals, with the check, and counts them', async () => {
    const lines = (await s.terminal('renewals')).split('\n').map((l) => l.replace(/^- /, ''))
    const flagged = lines.filter((l) => l.includes('evidence lapsed:')).map((l) => l.split(':')[0]!)
    expect(flagged.sort()).toEqual([...LAPSED_IN_90_DAYS].sort())
    for (const name of CURRENT_IN_90_DAYS) {
      expect(lines.find((l) => l.startsWith(name))).not.toContain('evidence')
    }
    expect(lines).toContain('Evidence lapsed: 3 of 17 listed contracts')
    expect(lines.find((l) => l.startsWith('Datos São Paulo Serviços — Service desk'))).toContain(
      'evidence lapsed: Insurance certificate overdue since 2026-04-23',
    )
    expect(lines.find((l) => l.startsWith('Proseware HR — HR and payroll'))).toContain(
      'evidence lapsed: SOC 2 report never done (+1 more)',
    )
  })

  it('Slack shows the same rows and count', async () => {
    const message = await s.slack('renewals')
    expect(message).toContain('evidence lapsed: Insurance certificate overdue since 2026-04-23')
    expect(message).toContain('evidence lapsed: SOC 2 report never done (+1 more)')
    expect(message).toContain('Evidence lapsed: 3 of 17 listed contracts')
    expect(message.split('evidence lapsed:').length - 1).toBe(LAPSED_IN_90_DAYS.length)
  })

  it('Teams shows the same rows and count', async () => {
    const card = await s.teams('renewals')
    expect(card).toContain('evidence lapsed: Insurance certificate overdue since 2026-04-23')
    expect(card).toContain('Evidence lapsed: 3 of 17 listed contracts')
    expect(card.split('evidence lapsed:').length - 1).toBe(LAPSED_IN_90_DAYS.length)
  })

  it('the vendor card says it on every surface', async () => {
    const expected = 'lapsed: SOC 2 report overdue since 2026-11-02'
    expect(await s.terminal('vendor contoso')).toContain(`Evidence: ${expected}`)
    expect(await s.slack('vendor contoso')).toContain(expected)
    expect(await s.teams('vendor contoso')).toContain(expected)
  })

  it('a renewal reminder posted to Slack says it too', async () => {
    await s.store.transact({ who: 'test', at: CLOCK.now(), action: 'subscribe' }, (tx) =>
      tx.put('subscriptions', {
        id: 'renewals|slack:T1:C1',
        topic: 'renewals',
        channel: 'slack:T1:C1',
        filters: { tiers: ['critical'], owner: '' },
        createdBy: 'test',
        createdAt: CLOCK.now().toString(),
        broken: null,
      }),
    )
    const client = createSlackClient('xoxb-test', { apiUrl: `${s.slackRecorder.url}/api/` })
    // Contoso's Cloud hosting notice deadline 2026-12-24: stage 14 falls due 2026-12-10.
    const at = CLOCK.now().add({ hours: 15 * 24 })
    const result = await runReminderSweep({
      context: s.tickler.context,
      notifiers: [slackNotifier(client)],
      now: at,
    })
    const contoso = result.posts.find((p) => p.summary.startsWith('Contoso Cloud Services Cloud hosting'))
    expect(contoso?.outcome).toBe('posted')
    const posted = JSON.stringify(s.slackRecorder.of('/api/chat.postMessage').map((c) => c.body))
    expect(posted).toContain('lapsed: SOC 2 report overdue since 2026-11-02')
  })
})
