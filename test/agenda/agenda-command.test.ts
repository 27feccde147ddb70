import { describe, expect, it } from 'vitest'
import { agendaWindow, buildAgenda } from '../../src/agenda/agenda-command.ts'
import type { AgendaSection } from '../../src/agenda/agenda-section.ts'
import { renewalsAgendaSection } from '../../src/agenda/renewals-section.ts'
import { deal, lines, makeContext, run, runCommand } from '../contracts/register-fixture.ts'
import { vendor } from '../support/factories.ts'

const vendors = [vendor('v1', 'Contoso'), vendor('v2', 'Fabrikam')]
const contracts = [
  deal('v1', 'Office 365', { endDate: '2027-04-20', noticeDays: 90, annualValue: '207000.00' }), // notice 2027-01-20 (Wed)
  deal('v2', 'Support', { endDate: '2027-04-25', noticeDays: 90, annualValue: '12000.00' }), // notice 2027-01-25 (next Mon)
  deal('v2', 'Backup', {
    startDate: '2026-03-01',
    endDate: '2027-02-28',
    noticeDays: 60,
    annualValue: '1500.00',
  }), // missed
]

describe('agenda', async () => {
  // Monday 2027-01-18: the week runs to Sunday 2027-01-24.
  const context = await makeContext('2027-01-18T09:00:00Z', vendors, contracts)

  it.each([
    ['Monday', '2027-01-18', '2027-01-18', '2027-01-24'],
    ['Tuesday', '2027-01-19', '2027-01-19', '2027-01-24'],
    ['Wednesday', '2027-01-20', '2027-01-20', '2027-01-24'],
    ['Thursday', '2027-01-21', '2027-01-21', '2027-01-24'],
    ['Friday', '2027-01-22', '2027-01-22', '2027-01-24'],
    ['Saturday', '2027-01-23', '2027-01-25', '2027-01-31'],
    ['Sunday', '2027-01-24', '2027-01-25', '2027-01-31'],
  ])('on a %s (%s) covers %s to %s', (_, today, weekStart, weekEnd) => {
    expect(agendaWindow(today)).toEqual({ today, weekStart, weekEnd })
  })

  it('on a weekend says it shows the coming week, and lists its deadlines', async () => {
    const sunday = await makeContext('2027-01-24T09:00:00Z', vendors, contracts)
    const reply = buildAgenda(sunday)
    expect(reply.title).toBe('Agenda for the coming week: 2027-01-25 to 2027-01-31')
    expect(lines(reply).some((l) => l.includes('Fabrikam') && l.includes('Support'))).toBe(true)
    expect(buildAgenda(context).title).toBe('Agenda: 2027-01-18 to 2027-01-24')
  })

  it('shows missed notices and this week’s notice deadlines in the renewals section', async () => {
    const reply = await run(context, 'agenda')
    expect(reply.status).toBe('ok')
    const out = lines(reply)
    const start = out.indexOf('## Renewal deadlines this week')
    const end = out.findIndex((l, i) => i > start && l.startsWith('## '))
    expect(out[0]).toBe('Agenda: 2027-01-18 to 2027-01-24')
    expect(out.slice(start + 1, end < 0 ? undefined : end)).toEqual([
      '- Fabrikam — Backup: notice missed 19 days ago (2026-12-30) · end 2027-02-28, 41 days · auto-renew yes · 1,500.00 USD a year',
      '- Contoso — Office 365: notice deadline 2027-01-20, 2 days · auto-renew yes · 207,000.00 USD a year',
    ])
  })

  it('is built from every registered section, in order', async () => {
    const extra: AgendaSection = (window) => ({
      heading: `Extra ${window.weekEnd}`,
      items: [],
      empty: 'Nothing.',
    })
    expect(lines(buildAgenda(context, [renewalsAgendaSection, extra])).slice(-2)).toEqual([
      '## Extra 2027-01-24',
      'Nothing.',
    ])
  })

  it('says so when nothing is due', async () => {
    const quiet = await makeContext('2027-01-18T09:00:00Z', vendors, [])
    expect(lines(await run(quiet, 'agenda'))).toContain(
      'No notice deadlines this week and no missed notices.',
    )
    expect((await runCommand(quiet, 'agenda', 'tomorrow')).status).toBe('rejected')
  })
})
