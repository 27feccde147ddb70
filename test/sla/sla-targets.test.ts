// `sla targets`, `sla target set` and `sla target remove` through the real dispatcher over a
// register loaded by the real importer: listing, setting, changing and removing with the audit's
// before and after, the owner/admin rule, the rules of sla_targets.csv, and no change on refusal.
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/app/dispatch.ts'
import { createRegistry } from '../../src/commands/registry.ts'
import { slaCommands } from '../../src/sla/commands.ts'
import { lines, makeWorld, text, type World } from './world.ts'

/** Everything the store holds, so "changes nothing" is checked on the whole register and audit. */
function snapshot(w: World): string {
  const names = ['vendors', 'contracts', 'slaTargets', 'incidents'] as const
  return JSON.stringify({
    all: names.map((n) => w.store.all(n)),
    audit: w.store.audit(),
    rev: w.store.revision,
  })
}

function onSlack(w: World, line: string, user: string) {
  const registry = createRegistry(slaCommands)
  return dispatch(
    registry,
    { text: line, user, workspace: 'T1', channel: 'slack:T1:C1', requestId: 'r-slack' },
    w.context,
  )
}

describe('sla targets', () => {
  it('lists every contract of the vendor with its targets, ended contracts marked', async () => {
    const w = await makeWorld()
    const reply = await w.run('sla targets Contoso')
    expect(lines(reply)).toEqual([
      'SLA targets: Contoso',
      'Contoso — Managed network',
      'P1: response 1h, resolution 4h (business hours)',
      'P2: response 4h, resolution 1d (24x7)',
      'Contoso — Old helpdesk (ended)',
      'P1: response 1h, resolution 1d (business hours)',
    ])
  })

  it('narrows to one contract, and says when a contract has none', async () => {
    const w = await makeWorld()
    expect(lines(await w.run('sla targets Globex contract "Support US"'))).toEqual([
      'SLA targets: Globex',
      'Globex — Support US',
      'P1: response 30m, resolution 2h (24x7)',
      'P2: response 1h, resolution 4h (24x7)',
    ])
    expect(text(await w.run('sla targets Initech'))).toContain('Initech — Printers\nNo SLA targets.')
  })

  it('names a wrong contract title with the vendor’s titles', async () => {
    const w = await makeWorld()
    const reply = await w.run('sla targets Globex contract Nope')
    expect(reply.status).toBe('rejected')
    expect(text(reply)).toContain(
      'Globex has no contract titled "Nope"; its contracts: "Support EU", "Support US".',
    )
  })
})

describe('sla target set', () => {
  it('adds a target to the vendor’s one active contract, audited with before and after', async () => {
    const w = await makeWorld()
    const reply = await w.run('sla target set Contoso P3 response 8h resolution 3d hours business')
    expect(reply.status).toBe('ok')
    expect(lines(reply)[0]).toBe(
      'Set the P3 target of Contoso — Managed network: response 8h, resolution 3d (business hours)',
    )
    const contract = w.store.all('contracts').find((c) => c.title === 'Managed network')!
    const stored = w.store.get('slaTargets', `${contract.id}:P3`)
    expect(stored).toMatchObject({ priority: 'P3', response: '8h', resolution: '3d', hours: 'business' })
    const audit = w.store.audit(`${contract.id}:P3`)
    expect(audit.map((a) => [a.action, a.who, a.before])).toEqual([['sla target set', 'U0TEST', null]])
    expect(audit[0]!.after).toEqual(stored)
  })

  it('changes an existing target and shows what it was', async () => {
    const w = await makeWorld()
    const reply = await w.run('sla target set Contoso P1 response 30m resolution 2h hours 24x7')
    expect(lines(reply)[0]).toBe(
      'Changed the P1 target of Contoso — Managed network: response 30m, resolution 2h (24x7)',
    )
    expect(text(reply)).toContain('Before: response 1h, resolution 4h (business hours).')
    const contract = w.store.all('contracts').find((c) => c.title === 'Managed network')!
    const entry = w.store.audit(`${contract.id}:P1`).at(-1)!
    expect(entry.before).toMatchObject({ response: '1h', resolution: '4h', hours: 'business' })
    expect(entry.after).toMatchObject({ response: '30m', resolution: '2h', hours: '24x7' })
    // Incidents use the new target at once.
    await w.run('sla log Contoso P1 core down started 9:00')
    expect(text(await w.run('sla show INC-0001'))).toContain('response 30m, resolution 2h (24x7)')
  })

  it('setting the same target again stores nothing', async () => {
    const w = await makeWorld()
    const before = snapshot(w)
    const reply = await w.run('sla target set Contoso P2 response 4h resolution 1d hours 24x7')
    expect(lines(reply)[0]).toBe(
      'The P2 target of Contoso — Managed network is already response 4h, resolution 1d (24x7)',
    )
    expect(snapshot(w)).toBe(before)
  })

  it('with several active contracts, asks which one and stores nothing; the button names it', async () => {
    const w = await makeWorld()
    const before = snapshot(w)
    const reply = await w.run('sla target set Globex P3 response 1h resolution 8h hours 24x7')
    expect(reply.status).toBe('ok')
    expect(lines(reply)[0]).toBe('Globex has 2 active contracts: which one?')
    const commands = reply.sections![0]!.items!.map((i) => i.actions![0]!.command)
    expect(commands).toEqual([
      'sla target set "Globex" contract "Support EU" P3 response 1h resolution 8h hours 24x7',
      'sla target set "Globex" contract "Support US" P3 response 1h resolution 8h hours 24x7',
    ])
    expect(snapshot(w)).toBe(before)
    expect((await w.run(commands[1]!)).status).toBe('ok')
    const us = w.store.all('contracts').find((c) => c.title === 'Support US')!
    expect(w.store.get('slaTargets', `${us.id}:P3`)).toMatchObject({ response: '1h', resolution: '8h' })
  })

  it('the contract’s owner may set targets; anyone else is refused and nothing changes', async () => {
    const w = await makeWorld()
    const before = snapshot(w)
    const refused = await onSlack(
      w,
      'sla target set Contoso P1 response 2h resolution 8h hours 24x7',
      'U0GLOB',
    )
    expect(refused.status).toBe('rejected')
    expect(text(refused)).toMatch(
      /Only Tickler admins and the owner of .*may change this contract's SLA targets/,
    )
    expect(snapshot(w)).toBe(before)
    const owner = await onSlack(
      w,
      'sla target set Contoso P1 response 2h resolution 8h hours 24x7',
      'U0NORTH',
    )
    expect(owner.status).toBe('ok')
    const removed = await onSlack(w, 'sla target remove Contoso P2', 'U0GLOB')
    expect(removed.status).toBe('rejected')
  })

  const BAD: Array<[string, string, string]> = [
    [
      'no priority',
      'sla target set Contoso response 1h resolution 4h hours 24x7',
      'Expected a priority, got "response"',
    ],
    [
      'bad priority',
      'sla target set Contoso P5 response 1h resolution 4h hours 24x7',
      'P5 is not a priority: use P1, P2, P3 or P4.',
    ],
    [
      'bad duration',
      'sla target set Contoso P1 response soon resolution 4h hours 24x7',
      '"soon" is not a response time: use a duration such as 30m, 4h or 2d.',
    ],
    [
      'bad hours',
      'sla target set Contoso P1 response 1h resolution 4h hours weekdays',
      '"weekdays" is not an hours setting: use 24x7 or business.',
    ],
    [
      'missing setting',
      'sla target set Contoso P1 response 1h',
      'Give resolution and hours as well: a target needs all three.',
    ],
    [
      'given twice',
      'sla target set Contoso P1 response 1h response 2h resolution 4h hours 24x7',
      '"response" is given twice.',
    ],
    [
      'unknown word',
      'sla target set Contoso P1 response 1h resolution 4h hours 24x7 please',
      'Expected response, resolution or hours, got "please".',
    ],
    [
      'response longer than resolution',
      'sla target set Contoso P1 response 1d resolution 4h hours 24x7',
      'Not set: the response target 1d is longer than the resolution target 4h.',
    ],
    [
      'business day longer than hours',
      'sla target set Contoso P1 response 1d resolution 7h hours business',
      'Not set: the response target 1d is longer than the resolution target 7h.',
    ],
    [
      'unknown contract',
      'sla target set Contoso contract Nope P1 response 1h resolution 4h hours 24x7',
      'Contoso has no contract titled "Nope"',
    ],
    [
      'unknown vendor',
      'sla target set Nobody P1 response 1h resolution 4h hours 24x7',
      'No vendor named "Nobody".',
    ],
    ['no vendor', 'sla target set', 'Name a vendor: sla target set needs one.'],
    [
      'remove what is not there',
      'sla target remove Contoso P4',
      'Contoso — Managed network has no P4 target; its targets: P1, P2.',
    ],
    ['remove with extra words', 'sla target remove Contoso P2 now', 'Unexpected "now" after the priority.'],
    [
      'neither set nor remove',
      'sla target change Contoso P1',
      '"sla target change" is not an sla command: use sla target set or sla target remove.',
    ],
  ]
  it.each(BAD)('%s: its own message, the form, and nothing changed', async (_kind, line, says) => {
    const w = await makeWorld()
    const before = snapshot(w)
    const reply = await w.run(line)
    expect(reply.status).toBe('rejected')
    expect(text(reply)).toContain(says)
    expect(text(reply)).toMatch(/Form: sla target (set|remove)/)
    expect(snapshot(w)).toBe(before)
  })
})

describe('sla target remove', () => {
  it('removes one target, audited with what it was; incidents of that priority then have no target', async () => {
    const w = await makeWorld()
    const reply = await w.run('sla target remove Contoso contract "Managed network" P2')
    expect(lines(reply)[0]).toBe('Removed the P2 target of Contoso — Managed network')
    expect(text(reply)).toContain('It was response 4h, resolution 1d (24x7).')
    const contract = w.store.all('contracts').find((c) => c.title === 'Managed network')!
    expect(w.store.get('slaTargets', `${contract.id}:P2`)).toBeUndefined()
    const entry = w.store.audit(`${contract.id}:P2`).at(-1)!
    expect([entry.action, entry.after]).toEqual(['sla target remove', null])
    expect(entry.before).toMatchObject({ priority: 'P2', response: '4h' })
    await w.run('sla log Contoso P2 printer jam started 9:00')
    expect(text(await w.run('sla show INC-0001'))).toContain('no target for P2')
  })
})

describe('sla_targets.csv keeps the same rule', () => {
  it('rejects a response target longer than the resolution target, naming file, line and column', async () => {
    const w = await makeWorld()
    const before = snapshot(w)
    const csv = 'vendor,contract,priority,response,resolution,hours\nContoso,Managed network,P3,2d,4h,24x7\n'
    await expect(w.importCsv({ 'sla_targets.csv': csv })).rejects.toThrow(
      'sla_targets.csv, line 2, column response: the response target 2d is longer than the resolution target 4h',
    )
    expect(snapshot(w)).toBe(before)
  })
})
