import { describe, expect, it } from 'vitest'
import { lines, makeWorld } from './world.ts'

describe('sla open', () => {
  it('lists open incidents, most urgent first, with time left or overdue per target', async () => {
    const w = await makeWorld()
    await w.run('sla log Contoso P2 Wi-Fi flaky started 8:00') // 24x7 4h/1d: response due 12:00
    await w.run('sla log Contoso P1 VPN down started 9:05') // business 1h/4h: response due 10:05
    await w.run('sla log Globex P1 Portal slow started 9:00 responded 9:10') // 24x7 30m/2h: resolution due 11:00
    await w.run('sla log Contoso P4 Typo on status page started 7:00')
    await w.run('sla log Contoso P1 Already fixed started 8:00 resolved 9:00')
    w.clock.set('2026-11-25T10:30:00Z')
    const out = lines(await w.run('sla open'))
    expect(out).toEqual([
      'Open incidents (4)',
      'INC-0002 Contoso — Managed network, P1 "VPN down": response overdue since 10:05 (by 25m of business time); resolution due 13:05 (2h 35m of business time left)',
      'INC-0003 Globex — Support US, P1 "Portal slow": responded 09:10 (met); resolution due 11:00 (30m left)',
      'INC-0001 Contoso — Managed network, P2 "Wi-Fi flaky": response due 12:00 (1h 30m left); resolution due 2026-11-26 08:00 (21h 30m left)',
      'INC-0004 Contoso — Managed network, P4 "Typo on status page": no target, open',
    ])
  })

  it('follows each write: an incident resolved or logged after a read shows in the next one', async () => {
    const w = await makeWorld()
    await w.run('sla log Contoso P2 Wi-Fi flaky started 8:00')
    await w.run('sla log Contoso P4 Typo on status page started 7:00')
    w.clock.set('2026-11-25T10:30:00Z')
    expect(lines(await w.run('sla open'))[0]).toBe('Open incidents (2)')
    await w.run('sla resolve INC-0001 at 10:00')
    const open = lines(await w.run('sla open'))
    expect(open).toEqual([
      'Open incidents (1)',
      'INC-0002 Contoso — Managed network, P4 "Typo on status page": no target, open',
    ])
    await w.run('sla log Contoso P4 Printer jam started 10:20')
    expect(lines(await w.run('sla open'))[0]).toBe('Open incidents (2)')
  })

  it('says so when nothing is open', async () => {
    const w = await makeWorld()
    expect(lines(await w.run('sla open'))).toEqual(['Open incidents', 'No open incidents.'])
  })
})

describe('sla without a known command', () => {
  it('names the sla commands instead of guessing', async () => {
    const w = await makeWorld()
    const reply = await w.run('sla lgo Contoso P1 down')
    expect(reply.status).toBe('rejected')
    expect(lines(reply)[0]).toBe(
      '"sla lgo" is not an sla command: use sla log, sla respond, sla resolve, sla open, sla show, sla report, sla downtime, sla claims, sla claim, sla statement, sla targets, sla target set, sla target remove.',
    )
    expect(lines(await w.run('sla'))[0]).toMatch(/^sla needs a command/)
  })
})
