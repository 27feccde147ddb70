import { describe, expect, it } from 'vitest'
import { lines, makeWorld, text } from './world.ts'

describe('sla respond and sla resolve', () => {
  it('records the response and the resolution, audited with who did it', async () => {
    const w = await makeWorld()
    await w.run('sla log Contoso P1 VPN down started 9:05')
    const responded = await w.run('sla respond INC-0001 at 9:40', 'U0ALICE')
    expect(lines(responded)[0]).toBe('INC-0001 responded at 2026-11-25 09:40')
    expect(text(responded)).toContain('responded 09:40 (met)')
    w.clock.set('2026-11-25T15:00:00Z')
    const resolved = await w.run('sla resolve inc-1', 'U0BOB')
    expect(lines(resolved)[0]).toBe('INC-0001 resolved at 2026-11-25 15:00')
    expect(text(resolved)).toContain('resolved 15:00 (late, due 13:05)')
    const audit = w.store.audit('INC-0001')
    expect(audit.map((a) => [a.action, a.who])).toEqual([
      ['sla log', 'U0TEST'],
      ['sla respond', 'U0ALICE'],
      ['sla resolve', 'U0BOB'],
    ])
  })

  it('an incident resolved with no response counts as responded at resolution', async () => {
    const w = await makeWorld()
    await w.run('sla log Contoso P1 VPN down started 9:05')
    const reply = await w.run('sla resolve INC-0001 at 9:50')
    expect(text(reply)).toContain('responded 09:50 at resolution (met)')
    expect(w.store.get('incidents', 'INC-0001')!.responded).toBeNull()
  })

  describe('bad input is rejected and changes nothing', () => {
    const cases: Array<[string, string[], string, RegExp]> = [
      ['unknown incident', [], 'sla resolve INC-0042', /There is no incident INC-0042/],
      ['not an incident id', [], 'sla respond yesterday', /"yesterday" is not an incident id/],
      ['no incident', [], 'sla respond', /Which incident\?/],
      [
        'resolving twice',
        ['sla resolve INC-0001 at 9:30'],
        'sla resolve INC-0001',
        /INC-0001 was already resolved at 2026-11-25 09:30/,
      ],
      [
        'responding twice',
        ['sla respond INC-0001 at 9:10'],
        'sla respond INC-0001 at 9:20',
        /already responded to at 2026-11-25 09:10/,
      ],
      [
        'responded before started',
        [],
        'sla respond INC-0001 at 8:00',
        /response time 2026-11-25 08:00 is before the incident started \(2026-11-25 09:05\)/,
      ],
      [
        'resolved before started',
        [],
        'sla resolve INC-0001 at 7:00',
        /resolved time 2026-11-25 07:00 is before the incident started/,
      ],
      [
        'responded after the resolution',
        ['sla resolve INC-0001 at 9:30'],
        'sla respond INC-0001 at 9:45',
        /after the resolution/,
      ],
      [
        'a time in the future',
        [],
        'sla resolve INC-0001 at 11:00',
        /resolved time 2026-11-25 11:00 is in the future/,
      ],
      [
        'an unreadable time',
        [],
        'sla respond INC-0001 at teatime-ish',
        /could not read "teatime-ish" as a time/,
      ],
    ]
    it.each(cases)('%s', async (_name, setup, line, message) => {
      const w = await makeWorld()
      await w.run('sla log Contoso P1 VPN down started 9:05')
      for (const s of setup) expect((await w.run(s)).status).toBe('ok')
      const before = w.store.revision
      const stored = w.store.get('incidents', 'INC-0001')
      const reply = await w.run(line)
      expect(reply.status).toBe('rejected')
      expect(text(reply)).toMatch(message)
      expect(w.store.revision).toBe(before)
      expect(w.store.get('incidents', 'INC-0001')).toEqual(stored)
    })
  })
})
