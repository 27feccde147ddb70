import { describe, expect, it } from 'vitest'
import { lines, makeWorld, text } from './world.ts'

describe('sla log', () => {
  it("logs against the vendor's one active contract with targets, with local deadlines", async () => {
    const w = await makeWorld()
    const reply = await w.run('sla log Contoso P1 VPN down for all staff started 9:05')
    expect(reply.status).toBe('ok')
    const out = lines(reply)
    expect(out[0]).toBe('Logged INC-0001: Contoso — Managed network, P1 VPN down for all staff')
    expect(out).toContain('Targets: response 1h, resolution 4h (business hours)')
    expect(out).toContain('Response: response due 10:05 (5m of business time left)')
    expect(out).toContain('Resolution: resolution due 13:05 (3h 5m of business time left)')
    const stored = w.store.get('incidents', 'INC-0001')!
    expect(stored).toMatchObject({ priority: 'P1', started: '2026-11-25T09:05:00Z', loggedBy: 'U0TEST' })
    expect(w.store.audit('INC-0001')[0]).toMatchObject({ who: 'U0TEST', action: 'sla log', before: null })
  })

  it('numbers incidents sequentially and shows the date of a deadline that is not today', async () => {
    const w = await makeWorld()
    await w.run('sla log Contoso P1 first')
    const reply = await w.run('sla log contoso p2 Wi-Fi flaky on floor 3 started yesterday 3pm')
    expect(lines(reply)[0]).toBe('Logged INC-0002: Contoso — Managed network, P2 Wi-Fi flaky on floor 3')
    // 24x7: 4h and 1d from 2026-11-24 15:00 — the response is past already.
    expect(text(reply)).toContain('response overdue since 2026-11-24 19:00 (by 15h)')
    expect(text(reply)).toContain('resolution due 15:00 (5h left)')
  })

  it('keeps "started" in the summary when no time follows it, and quoted summaries whole', async () => {
    const w = await makeWorld()
    await w.run('sla log Contoso P2 users started complaining about mail started 9:30')
    expect(w.store.get('incidents', 'INC-0001')).toMatchObject({
      summary: 'users started complaining about mail',
      started: '2026-11-25T09:30:00Z',
    })
    await w.run('sla log Contoso P2 "resolved 9:00 yet still broken"')
    expect(w.store.get('incidents', 'INC-0002')).toMatchObject({
      summary: 'resolved 9:00 yet still broken',
      started: '2026-11-25T10:00:00Z',
    })
  })

  it('records response and resolution given on the line', async () => {
    const w = await makeWorld()
    const reply = await w.run('sla log Contoso P1 DNS outage started 9:00 responded 9:20 resolved 9:50')
    expect(w.store.get('incidents', 'INC-0001')).toMatchObject({
      responded: '2026-11-25T09:20:00Z',
      resolved: '2026-11-25T09:50:00Z',
    })
    expect(text(reply)).toContain('responded 09:20 (met)')
    expect(text(reply)).toContain('resolved 09:50 (met)')
  })

  it('picks the contract with a target for the priority', async () => {
    const w = await makeWorld()
    const reply = await w.run('sla log Globex P1 Portal down')
    expect(lines(reply)[0]).toBe('Logged INC-0001: Globex — Support US, P1 Portal down')
  })

  it('lists the contracts and stores nothing when several fit', async () => {
    const w = await makeWorld()
    const before = w.store.revision
    const reply = await w.run('sla log Globex P2 Tickets not answered')
    expect(reply.status).toBe('ok')
    expect(w.store.revision).toBe(before)
    expect(w.store.all('incidents')).toHaveLength(0)
    const items = reply.sections![0]!.items!
    expect(items.map((i) => i.actions![0]!.command)).toEqual([
      'sla log "Globex" contract "Support EU" P2 Tickets not answered',
      'sla log "Globex" contract "Support US" P2 Tickets not answered',
    ])
    // The button's command logs it against the named contract.
    const picked = await w.run(items[0]!.actions![0]!.command)
    expect(lines(picked)[0]).toBe('Logged INC-0001: Globex — Support EU, P2 Tickets not answered')
  })

  it('a typo in the vendor is never acted on: a pick list, nothing stored', async () => {
    const w = await makeWorld()
    const before = w.store.revision
    const reply = await w.run('sla log Contosso P1 VPN down')
    expect(text(reply)).toContain('Did you mean Contoso?')
    expect(w.store.revision).toBe(before)
  })

  it('a priority with no target is logged and marked "no target"', async () => {
    const w = await makeWorld()
    const reply = await w.run('sla log Contoso P4 Cosmetic typo on status page')
    expect(reply.status).toBe('ok')
    expect(text(reply)).toContain('Targets: no target for P4')
    expect(w.store.get('incidents', 'INC-0001')!.priority).toBe('P4')
  })

  it('"contract <title>" names the contract, even one without targets', async () => {
    const w = await makeWorld()
    const reply = await w.run('sla log Initech contract Printers P3 Toner alarm')
    expect(lines(reply)[0]).toBe('Logged INC-0001: Initech — Printers, P3 Toner alarm')
  })

  describe('bad input is rejected and changes nothing', () => {
    const cases: Array<[string, string, RegExp]> = [
      [
        'unknown vendor with nearest names',
        'sla log Zontoso P1 down',
        /No vendor named "Zontoso"\. Nearest names: Contoso/,
      ],
      ['priority P7', 'sla log Contoso P7 down', /P7 is not a priority: use P1, P2, P3 or P4/],
      ['no priority', 'sla log Contoso', /priority is missing/],
      ['no summary', 'sla log Contoso P1 started 9:00', /summary is missing/],
      [
        'started tomorrow',
        'sla log Contoso P1 VPN down started tomorrow 9am',
        /started time 2026-11-26 09:00 is in the future/,
      ],
      [
        'responded before started',
        'sla log Contoso P1 down started 9:00 responded 8:30',
        /response time 2026-11-25 08:30 is before the incident started/,
      ],
      [
        'resolved before started',
        'sla log Contoso P1 down started 9:00 resolved 8:00',
        /resolved time 2026-11-25 08:00 is before the incident started/,
      ],
      [
        'resolved before a default start of now',
        'sla log Contoso P1 down resolved 9:00',
        /before the incident started \(2026-11-25 10:00\)\. Without "started <when>" the incident starts now\./,
      ],
      [
        'an unreadable time',
        'sla log Contoso P1 down started 25:99',
        /could not read "25:99" after "started" as a time/,
      ],
      [
        'an unknown contract title',
        'sla log Contoso contract Nope P1 down',
        /Contoso has no contract titled "Nope"/,
      ],
    ]
    it.each(cases)('%s', async (_name, line, message) => {
      const w = await makeWorld()
      const before = w.store.revision
      const reply = await w.run(line)
      expect(reply.status).toBe('rejected')
      expect(text(reply)).toMatch(message)
      expect(text(reply)).toContain('Form: sla log <vendor>')
      expect(w.store.revision).toBe(before)
      expect(w.store.all('incidents')).toHaveLength(0)
    })
  })
})
