// The Home (SPEC §13) through the dispatcher, as each viewer: their own deadlines (missed first),
// checks and incidents with the buttons the reminders and `risk done` already run, or the whole
// register for an admin; and what the buttons changed shows on the next Home.
import { beforeEach, describe, expect, it } from 'vitest'
import { allCommands } from '../../src/app/command-table.ts'
import type { Context } from '../../src/commands/command.ts'
import { plain, type Reply } from '../../src/reply/reply.ts'
import { makeContext, seed } from '../support/context.ts'
import { ADMIN, logIncidents, NOW, runAs, WORLD } from './world.ts'

let context: Context

beforeEach(async () => {
  context = makeContext(NOW, { env: { TICKLER_ADMINS: ADMIN }, commands: allCommands })
  await seed(context.store, WORLD, '2026-06-01T00:00:00Z')
  await logIncidents(context)
})

/** Each section as its heading and its lines, each line with the labels of its buttons. */
function sections(reply: Reply): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const s of reply.sections ?? []) {
    out[s.heading ?? ''] = (s.items ?? []).map((i) => {
      const buttons = (i.actions ?? []).map((a) => a.label)
      return buttons.length ? `${plain(i.text)} [${buttons.join(', ')}]` : plain(i.text)
    })
  }
  return out
}

const DEADLINES = 'Renewal deadlines in the next 90 days'
const CHECKS = 'Risk checks overdue or due in the next 30 days'
const INCIDENTS = 'Open incidents'
const ALL_BUTTONS = '[Acknowledge, Snooze 7 days, Decide: Renew, Decide: Renegotiate, Decide: Cancel]'

const HOSTING =
  'Northwind — Hosting: notice missed 39 days ago (2026-10-17) · end 2027-01-15, 51 days · auto-renew no · 1,000.00 USD a year'
const OFFICE =
  'Contoso — Office 365: notice deadline 2026-12-30, 35 days · auto-renew yes · 1,000.00 USD a year'
const BACKUP = 'Fabrikam — Backup: notice deadline 2026-12-31, 36 days · auto-renew yes · 1,000.00 USD a year'
const SUPPORT =
  'Fabrikam — Support: notice deadline 2027-01-01, 37 days · auto-renew yes · 1,000.00 USD a year'

describe('home', () => {
  it.each([
    {
      who: 'U1, who owns Contoso, Northwind and Fabrikam’s Backup contract',
      user: 'U1',
      deadlines: [HOSTING, OFFICE, BACKUP],
      checks: [
        /^Contoso SOC 2 report: due 2026-10-01, 55 days ago \(overdue\) · tier high$/,
        /^Northwind Security questionnaire: due 2026-12-20, 25 days left · tier low$/,
      ],
      // Without SLA targets, incidents list by id.
      incidents: [
        /^INC-0001 Contoso — Office 365, P2 "Mail slow"/,
        /^INC-0003 Fabrikam — Backup, P1 "Backups failing"/,
      ],
    },
    {
      who: 'U2, who owns Fabrikam but not the deadlines of its Backup contract',
      user: 'U2',
      deadlines: [SUPPORT],
      checks: [/^Fabrikam SOC 2 report: due 2026-12-01, 6 days left · tier critical$/],
      // Incidents on their vendor, whichever contract.
      incidents: [/^INC-0002 Fabrikam — Support, P3/, /^INC-0003 Fabrikam — Backup/],
    },
    {
      who: 'an admin, who sees the whole register with owners named',
      user: ADMIN,
      deadlines: [HOSTING, OFFICE, BACKUP, SUPPORT],
      checks: [
        /^Contoso SOC 2 report: .* · owner U1$/,
        /^Fabrikam SOC 2 report: .* · owner U2$/,
        /^Northwind Security questionnaire: .* · owner U1$/,
      ],
      incidents: [/^INC-0001 /, /^INC-0002 /, /^INC-0003 /],
    },
    { who: 'someone who owns nothing', user: 'U7', deadlines: [], checks: [], incidents: [] },
  ])('shows $who their own', async ({ user, deadlines, checks, incidents }) => {
    const reply = await runAs(context, user, 'home')
    expect(reply.status).toBe('ok')
    const shown = sections(reply)
    expect(Object.keys(shown)).toEqual([DEADLINES, CHECKS, INCIDENTS])
    expect(shown[DEADLINES]).toEqual(deadlines.map((d) => `${d} ${ALL_BUTTONS}`))
    expect(shown[CHECKS]).toHaveLength(checks.length)
    checks.forEach((pattern, i) => {
      expect(shown[CHECKS]![i]).toMatch(new RegExp(`${pattern.source.replace(/\$$/, '')} \\[Done\\]$`))
    })
    expect(shown[INCIDENTS]).toHaveLength(incidents.length)
    incidents.forEach((pattern, i) => {
      expect(shown[INCIDENTS]![i]).toMatch(pattern)
    })
  })

  it('puts the reminder commands on a deadline: the end for a missed notice that does not renew itself', async () => {
    const reply = await runAs(context, 'U1', 'home')
    const [hosting, office] = reply.sections![0]!.items!
    expect(hosting!.actions!.map((a) => a.command)).toEqual([
      'reminder ack c-d 2027-01-15',
      'reminder snooze c-d 2027-01-15',
      'reminder decide c-d 2027-01-15 renew',
      'reminder decide c-d 2027-01-15 renegotiate',
      'reminder decide c-d 2027-01-15 cancel',
    ])
    expect(office!.actions![0]!.command).toBe('reminder ack c-a 2026-12-30')
    expect(reply.sections![1]!.items![0]!.actions).toEqual([
      { label: 'Done', command: 'risk done "Contoso" soc2', style: 'primary' },
    ])
  })

  it('shows what its buttons did: acknowledged, snoozed, decided, done', async () => {
    const home = () => runAs(context, 'U1', 'home')
    for (const action of (await home()).sections![0]!.items![1]!.actions!.slice(0, 2)) {
      expect((await runAs(context, 'U1', action.command)).status).toBe('ok')
    }
    expect((await runAs(context, 'U1', 'reminder decide c-d 2027-01-15 cancel')).status).toBe('ok')
    const done = (await home()).sections![1]!.items![0]!.actions![0]!.command
    expect((await runAs(context, 'U1', done)).status).toBe('ok')

    const shown = sections(await home())
    expect(shown[DEADLINES]).toEqual([
      `${HOSTING} · decided: cancel by U1`,
      `${OFFICE} · acknowledged by U1 · snoozed until 2026-12-02 [Decide: Renew, Decide: Renegotiate, Decide: Cancel]`,
      `${BACKUP} ${ALL_BUTTONS}`,
    ])
    expect(shown[CHECKS]).toEqual([expect.stringMatching(/^Northwind Security questionnaire/)])
  })

  it('ends with the commands that list every row', async () => {
    expect(plain((await runAs(context, 'U1', 'home')).footer![0]!)).toBe(
      'All of them: renewals 90 days owner me · risk due · sla open',
    )
    expect(plain((await runAs(context, ADMIN, 'home')).footer![0]!)).toBe(
      'All of them: renewals 90 days · risk due · sla open',
    )
  })

  it('takes no arguments, and stores nothing', async () => {
    const before = context.store.revision
    await runAs(context, 'U1', 'home')
    expect(context.store.revision).toBe(before)
    const reply = await runAs(context, 'U1', 'home sweet home')
    expect(reply.status).toBe('rejected')
    expect(context.store.revision).toBe(before)
  })
})
