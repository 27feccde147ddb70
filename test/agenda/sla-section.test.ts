import { describe, expect, it } from 'vitest'
import { slaAgendaSection } from '../../src/agenda/sla-section.ts'
import { plain } from '../../src/reply/reply.ts'
import { makeWorld } from '../sla/world.ts'

describe('the agenda SLA section', () => {
  it('shows open incidents under a quarter or an hour from a target, or past one', async () => {
    const w = await makeWorld('2026-11-25T12:00:00Z')
    await w.run('sla log Contoso P2 Plenty of time started 11:00') // 24x7 4h: 3h of 4h left
    await w.run('sla log Contoso P2 Under a quarter left started 8:30') // 24x7 4h: 30m left
    await w.run('sla log Contoso P1 Response late started 10:00') // business 1h: 1h overdue
    await w.run('sla log Contoso P2 Responded in time started 11:00 responded 11:10') // resolution 1d: far off
    await w.run('sla log Contoso P1 Closed started 9:00 resolved 9:30')
    await w.run('sla log Contoso P4 No target started 6:00')
    const section = slaAgendaSection(
      { today: '2026-11-25', weekStart: '2026-11-25', weekEnd: '2026-11-29' },
      w.context,
    )
    expect(section.items!.map((i) => plain(i.text))).toEqual([
      'INC-0003 Contoso — Managed network, P1 "Response late": response overdue since 11:00 (by 1h of business time); resolution due 14:00 (2h of business time left)',
      'INC-0002 Contoso — Managed network, P2 "Under a quarter left": response due 12:30 (30m left); resolution due 2026-11-26 08:30 (20h 30m left)',
    ])
  })

  it('says so when nothing is close', async () => {
    const w = await makeWorld()
    const section = slaAgendaSection(
      { today: '2026-11-25', weekStart: '2026-11-25', weekEnd: '2026-11-29' },
      w.context,
    )
    expect(section.items).toEqual([])
    expect(section.empty).toBe('No open incident is near or past a target.')
  })
})
