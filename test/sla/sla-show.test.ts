// `sla show <incident>` through the real dispatcher: every fact of one incident, each target's due
// time with met or breached, who logged it, and its history newest first; bad ids say so.
import { describe, expect, it } from 'vitest'
import { lines, makeWorld, text } from './world.ts'

describe('sla show', () => {
  it('shows the incident whole: facts, times, verdicts, who logged it and its history', async () => {
    const w = await makeWorld()
    await w.run('sla log Contoso P2 Core switch down started 8:00', 'U0ALICE')
    w.clock.set('2026-11-25T13:00:00Z')
    await w.run('sla respond INC-0001 at 12:30', 'U0BOB')
    const reply = await w.run('sla show inc-1')
    expect(reply.status).toBe('ok')
    expect(lines(reply)).toEqual([
      'INC-0001: open',
      'Vendor: Contoso',
      'Contract: Managed network',
      'Priority: P2',
      'Summary: Core switch down',
      'Started: 08:00',
      'Responded: 12:30',
      'Resolved: not yet',
      'Targets: response 4h, resolution 1d (24x7)',
      'Response: breached: responded 12:30 (late, due 12:00)',
      'Resolution: not yet due: resolution due 2026-11-26 08:00 (19h left)',
      'Logged by: U0ALICE',
      'History',
      '2026-11-25 13:00 U0BOB sla respond: responded (empty) → 2026-11-25T12:30:00Z',
      '2026-11-25 10:00 U0ALICE sla log: added',
    ])
  })

  it('says met when a target was met, and "no target" for a priority without one', async () => {
    const w = await makeWorld()
    await w.run('sla log Contoso P2 Slow Wi-Fi started 9:00')
    await w.run('sla resolve INC-0001 at 9:30')
    const shown = text(await w.run('sla show INC-0001'))
    expect(shown).toContain('Response: met: responded 09:30 at resolution (met)')
    expect(shown).toContain('Resolution: met: resolved 09:30 (met)')
    await w.run('sla log Contoso contract "Managed network" P4 Label printer')
    const none = text(await w.run('sla show INC-0002'))
    expect(none).toContain('Targets: no target for P4')
    expect(none).not.toMatch(/Response: |Resolution: /)
  })

  const BAD: Array<[string, string]> = [
    ['sla show', 'Which incident? Give its id, such as INC-0001.'],
    ['sla show INC-0042', 'There is no incident INC-0042.'],
    ['sla show yesterday', '"yesterday" is not an incident id; ids look like INC-0001.'],
    ['sla show INC-0001 INC-0002', 'Give one incident id, such as INC-0001; got "INC-0001 INC-0002".'],
  ]
  it.each(BAD)('%s: %s', async (line, says) => {
    const w = await makeWorld()
    await w.run('sla log Contoso P1 VPN down started 9:05')
    const reply = await w.run(line)
    expect(reply.status).toBe('rejected')
    expect(text(reply)).toContain(says)
    expect(text(reply)).toContain('Form: sla show <incident>')
  })
})
