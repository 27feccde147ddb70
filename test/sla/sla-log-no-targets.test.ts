// `sla log` for a vendor whose active contracts have no SLA targets (SPEC §2 "SLA rules", §9):
// one such contract carries the incident with no clocks and no credit, and the reply says so;
// several give a pick list and store nothing; none is rejected. On the JSON store, so "nothing
// stored" means the files are byte-identical.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Temporal } from 'temporal-polyfill'
import { afterEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../src/app/dispatch.ts'
import { createRegistry } from '../../src/commands/registry.ts'
import { importFiles } from '../../src/import/importer.ts'
import { slaCommands } from '../../src/sla/commands.ts'
import { openJsonStore } from '../../src/store/json-store.ts'
import type { Store } from '../../src/store/store.ts'
import { ManualClock } from '../../src/time/clock.ts'
import { snapshot } from '../register/editing/helpers.ts'
import { makeContext } from '../support/context.ts'
import { CONTRACTS, lines, NOW, SPECS, TARGETS, text, VENDORS, ZONE } from './world.ts'

// Umbrella: two active contracts, neither with targets. Hooli: only an ended one.
const MORE_VENDORS = 'Umbrella,,facilities,low,,,\nHooli,,,low,,,\n'
const MORE_CONTRACTS =
  'Umbrella,Cleaning,outsourcing,2026-01-01,2027-12-31,no,,30,9000.00,USD,,750.00,5,10,\n' +
  'Umbrella,Security,outsourcing,2026-01-01,2027-12-31,no,,30,18000.00,USD,,1500.00,5,10,\n' +
  'Hooli,Search,saas,2020-01-01,2021-12-31,no,,30,100.00,USD,,,,,\n'

let dir = ''
let store: Store | undefined
afterEach(async () => {
  await store?.close()
  store = undefined
  if (dir) await rm(dir, { recursive: true, force: true })
})

async function world() {
  dir = await mkdtemp(join(tmpdir(), 'tickler-sla-log-'))
  store = await openJsonStore(dir)
  const clock = new ManualClock(Temporal.Instant.from(NOW))
  const context = makeContext(clock, {
    env: { TICKLER_TIMEZONE: ZONE },
    store,
    commands: slaCommands,
  })
  const files = {
    'vendors.csv': VENDORS + MORE_VENDORS,
    'contracts.csv': CONTRACTS + MORE_CONTRACTS,
    'sla_targets.csv': TARGETS,
  }
  await importFiles(
    store,
    Object.entries(files).map(([name, t]) => ({ name, bytes: new TextEncoder().encode(t) })),
    { who: 'terminal', at: clock.now(), zone: ZONE, maxBytes: 1_000_000, specs: SPECS },
  )
  const registry = createRegistry(slaCommands)
  const run = (line: string) =>
    dispatch(registry, { text: line, user: 'U0TEST', asAdmin: true, requestId: 'r' }, context)
  return { store, run }
}

describe('sla log against a contract without SLA targets', () => {
  it("logs against the vendor's one active contract, with no clocks, and says so", async () => {
    const w = await world()
    const reply = await w.run('sla log Initech P1 Printer on fire started 9:30')
    expect(reply.status).toBe('ok')
    expect(lines(reply)).toEqual([
      'Logged INC-0001: Initech — Printers, P1 Printer on fire',
      'Printers has no SLA targets, so this incident has no response or resolution clock and earns no service credit.',
      'Vendor: Initech',
      'Contract: Printers',
      'Priority: P1',
      'Started: 09:30',
      'Targets: no target for P1',
      'Logged by: U0TEST',
    ])
    const printers = w.store.all('contracts').find((c) => c.title === 'Printers')!
    expect(w.store.get('incidents', 'INC-0001')).toMatchObject({
      contractId: printers.id,
      priority: 'P1',
      started: '2026-11-25T09:30:00Z',
    })
    expect(text(await w.run('sla open'))).toContain(
      'INC-0001 Initech — Printers, P1 "Printer on fire": no target, open',
    )
  })

  it('asks which of several active contracts, storing nothing, and the pick logs it', async () => {
    const w = await world()
    const before = await snapshot(dir)
    const reply = await w.run('sla log Umbrella P2 Alarm fault')
    expect(reply.status).toBe('ok')
    expect(lines(reply)).toEqual([
      'Umbrella has 2 active contracts, none with SLA targets: which one is the P2 incident against?',
      'Nothing was logged. Pick a contract, or add contract <title> after the vendor.',
      'Umbrella — Cleaning: no P2 target',
      'Umbrella — Security: no P2 target',
    ])
    expect(await snapshot(dir)).toEqual(before)
    const picked = await w.run(reply.sections![0]!.items![1]!.actions![0]!.command)
    expect(lines(picked)[0]).toBe('Logged INC-0001: Umbrella — Security, P2 Alarm fault')
    expect(text(picked)).toContain('Security has no SLA targets')
  })

  it('is rejected, storing nothing, when the vendor has no active contract', async () => {
    const w = await world()
    const before = await snapshot(dir)
    const reply = await w.run('sla log Hooli P1 Search down')
    expect(reply.status).toBe('rejected')
    expect(lines(reply)).toEqual([
      'Hooli has no active contract, so there is nothing to log the incident against. Name an ended one with "contract <title>".',
      'Form: sla log <vendor> [contract <title>] <P1-P4> <summary> [started <when>] [responded <when>] [resolved <when>]',
      'Example: sla log Contoso P1 VPN down for all staff started 9:05',
    ])
    expect(await snapshot(dir)).toEqual(before)
  })

  it('still prefers the one active contract with targets over one without', async () => {
    const w = await world()
    const reply = await w.run('sla log Contoso P3 Slow VPN')
    expect(lines(reply)[0]).toBe('Logged INC-0001: Contoso — Managed network, P3 Slow VPN')
    expect(text(reply)).not.toContain('has no SLA targets')
  })
})
