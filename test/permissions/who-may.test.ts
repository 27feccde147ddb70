// SPEC §6.1 as a table, run over Slack and Teams through their real HTTP routes: every existing
// command line × (anyone, owner, admin). An allowed one is carried out; a refused one says who may
// (admins, and the owner by mention) and leaves every file in DATA_DIR byte-identical. Each role
// gets its own store and server, so the rows run in order like a day's work. A new command adds
// one row; the first test fails until it has one.
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { allCommands } from '../../src/app/command-table.ts'
import type { Permission } from '../../src/commands/command.ts'
import { createRegistry } from '../../src/commands/registry.ts'
import { importFiles } from '../../src/import/importer.ts'
import { openJsonStore } from '../../src/store/json-store.ts'
import type { Store } from '../../src/store/store.ts'
import { tempDir } from '../reliability/serve-process.ts'
import { CLOCK, type Surfaces, startSurfaces } from '../reliability/surfaces.ts'
import { askAs, type Surface } from './ask-as.ts'

/** One side of the register per surface, so Slack's rows and Teams' rows never meet. */
interface World {
  vendor: string
  /** A vendor with no contracts, for `vendor remove`. */
  spare: string
  newVendor: string
  newAdmin: string
  incident: string
  users: { anyone: string; vendorOwner: string; contractOwner: string; admin: string }
}

const WORLDS: Record<Surface, World> = {
  slack: {
    vendor: 'Contoso',
    spare: 'Initech',
    newVendor: 'Globex',
    newAdmin: 'U0NEWADMIN',
    incident: 'INC-0001',
    users: { anyone: 'U0ANYONE', vendorOwner: 'U0VENDOR', contractOwner: 'U0DEAL', admin: 'U0ADMIN' },
  },
  teams: {
    vendor: 'Fabrikam',
    spare: 'Umbrella',
    newVendor: 'Tailspin',
    newAdmin: '6b1f4c1e-0000-4000-8000-00000000c0de',
    incident: 'INC-0002',
    users: {
      anyone: '6b1f4c1e-0000-4000-8000-00000000c001',
      vendorOwner: '6b1f4c1e-0000-4000-8000-00000000c002',
      contractOwner: '6b1f4c1e-0000-4000-8000-00000000c003',
      admin: '6b1f4c1e-0000-4000-8000-00000000c004',
    },
  },
}

/** Contracts in both worlds: each has its own owner, apart from the vendor's. */
const DEADLINE = '2027-05-01' // Office 365: ends 2027-06-30, 60 days' notice

interface Row {
  line: (w: World, contractId: (title: string) => string) => string
  may: Permission['role']
  /** Whose owner the "owner" asker is: the vendor's, or the contract's own. */
  of?: 'vendor' | 'contract'
  /** Sent as a button press, as reminders carry these commands. */
  button?: boolean
}

const ROWS: Row[] = [
  { line: () => 'help', may: 'anyone' },
  { line: (w) => `vendor ${w.vendor}`, may: 'anyone' },
  { line: (w) => `history ${w.vendor}`, may: 'anyone' },
  { line: (w) => `sla log ${w.vendor} contract "Office 365" P2 Mail is slow`, may: 'anyone' },
  { line: (w) => `sla respond ${w.incident}`, may: 'anyone' },
  { line: (w) => `sla resolve ${w.incident}`, may: 'anyone' },
  {
    line: (w) => `sla downtime ${w.vendor} contract "Office 365" 2026-10-05 09:00 to 12:00 router`,
    may: 'anyone',
  },
  {
    line: (w) => `sla claim ${w.vendor} contract "Office 365" 2026-10 ref C-1`,
    may: 'owner',
    of: 'contract',
  },
  { line: () => 'subscribe renewals', may: 'anyone' },
  { line: () => 'unsubscribe renewals', may: 'anyone' },
  { line: () => 'calendar', may: 'anyone' },
  { line: () => 'calendar reset', may: 'anyone' },
  { line: (_, id) => `reminder ack ${id('Office 365')} ${DEADLINE}`, may: 'anyone', button: true },
  { line: (_, id) => `reminder snooze ${id('Office 365')} ${DEADLINE}`, may: 'anyone', button: true },
  {
    line: (_, id) => `reminder decide ${id('Office 365')} ${DEADLINE} cancel`,
    may: 'owner',
    of: 'contract',
    button: true,
  },
  {
    line: (w) =>
      `sla target set ${w.vendor} contract "Office 365" P3 response 2h resolution 1d hours business`,
    may: 'owner',
    of: 'contract',
  },
  { line: (w) => `sla target remove ${w.vendor} contract "Office 365" P3`, may: 'owner', of: 'contract' },
  { line: (w) => `risk done ${w.vendor} soc2 report received`, may: 'owner' },
  { line: (w) => `risk add ${w.vendor} pentest every 365 days`, may: 'owner' },
  { line: (w) => `risk remove ${w.vendor} insurance`, may: 'owner' },
  { line: (w) => `vendor edit ${w.vendor} category "Productivity suite"`, may: 'owner' },
  {
    line: (w) =>
      `contract add ${w.vendor} "Meeting Rooms" kind hardware start 2026-12-01 end 2027-11-30 notice 30 days value 12000 USD auto-renew no`,
    may: 'owner',
  },
  { line: (w) => `contract edit ${w.vendor} "Office 365" value 210000 USD`, may: 'owner', of: 'contract' },
  { line: (w) => `contract renew ${w.vendor} Azure end 2028-06-30`, may: 'owner', of: 'contract' },
  { line: (w) => `contract end ${w.vendor} Dynamics`, may: 'owner', of: 'contract' },
  { line: (w) => `vendor add ${w.newVendor} tier low`, may: 'admin' },
  { line: (w) => `vendor remove ${w.spare}`, may: 'admin' },
  { line: (w) => `admins add ${w.newAdmin}`, may: 'admin' },
  { line: (w) => `admins remove ${w.newAdmin}`, may: 'admin' },
]

const ASKERS = ['anyone', 'owner', 'admin'] as const
type Asker = (typeof ASKERS)[number]

const allowed = (asker: Asker, row: Row) =>
  asker === 'admin' || row.may === 'anyone' || (asker === 'owner' && row.may === 'owner')

function userOf(w: World, asker: Asker, row: Row): string {
  if (asker === 'anyone') return w.users.anyone
  if (asker === 'admin') return w.users.admin
  return row.of === 'contract' ? w.users.contractOwner : w.users.vendorOwner
}

const registry = createRegistry(allCommands)
const commandOf = (row: Row) => registry.match(row.line(WORLDS.slack, () => 'c-1'))?.command

describe('the permission table', () => {
  it('has a row for every write command, with the role the command declares', () => {
    const covered = new Set(ROWS.map((r) => commandOf(r)?.name))
    // A hidden write menu with no permission only names its commands' forms (`sla target`).
    const writes = allCommands.filter((c) => c.writes && !(c.hidden && !c.permission)).map((c) => c.name)
    expect(writes.filter((name) => !covered.has(name))).toEqual([])
    for (const row of ROWS) {
      const command = commandOf(row)
      expect(command?.permission?.role ?? 'anyone', command?.name).toBe(row.may)
    }
  })
})

function csv(w: World): Record<string, string> {
  const { vendorOwner, contractOwner } = w.users
  const deal = (title: string, autoRenew: string) =>
    `${w.vendor},${title},saas,2026-01-01,2027-06-30,${autoRenew},12,60,50000.00,USD,${contractOwner},1000.00,,,`
  return {
    vendors: `${w.vendor},,Productivity,high,${vendorOwner},,\n${w.spare},,Printing,low,${vendorOwner},,`,
    contracts: [deal('Office 365', 'yes'), deal('Azure', 'no'), deal('Dynamics', 'no')].join('\n'),
    sla: `${w.vendor},Office 365,P2,1h,8h,24x7`,
    risk: `${w.vendor},soc2,365,2026-01-10,report\n${w.vendor},insurance,365,2026-02-01,certificate`,
    bands: `${w.vendor},Office 365,99.9,10`,
  }
}

async function importWorlds(store: Store): Promise<void> {
  const [a, b] = [csv(WORLDS.slack), csv(WORLDS.teams)]
  const file = (name: string, header: string, key: keyof typeof a) => ({
    name,
    bytes: Buffer.from(`${header}\n${a[key]}\n${b[key]}\n`),
  })
  await importFiles(
    store,
    [
      file('vendors.csv', 'name,aliases,category,tier,owner,contact_email,notes', 'vendors'),
      file(
        'contracts.csv',
        'vendor,title,kind,start_date,end_date,auto_renew,renewal_term_months,notice_days,annual_value,currency,owner,monthly_fee,credit_percent_per_breach,credit_cap_percent,status',
        'contracts',
      ),
      file('sla_targets.csv', 'vendor,contract,priority,response,resolution,hours', 'sla'),
      file('risk_checks.csv', 'vendor,check,cadence_days,last_done,evidence', 'risk'),
      file('credit_bands.csv', 'vendor,contract,below_percent,credit_percent', 'bands'),
    ],
    { who: 'terminal', at: CLOCK.now(), zone: 'UTC', maxBytes: 1_000_000 },
  )
}

async function fileHashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    out[path] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex')
  }
  return out
}

const admins = [WORLDS.slack.users.admin, WORLDS.teams.users.admin].join(',')

interface Running {
  dataDir: string
  store: Store
  s: Surfaces
}

/** One store and one server (Slack and Teams) per asker, started once. */
const running = new Map<Asker, Running>()

async function start(): Promise<Running> {
  const dataDir = join(await tempDir('tickler-who-may-'), 'store')
  const store = await openJsonStore(dataDir)
  await importWorlds(store)
  const s = await startSurfaces({ store, env: { TICKLER_ADMINS: admins } })
  for (const w of Object.values(WORLDS)) {
    expect(await s.terminal(`sla log ${w.vendor} contract "Office 365" P1 Mail down`)).toContain(w.incident)
  }
  // A first Teams message stores its conversation reference: done before any comparison.
  for (const [surface, w] of Object.entries(WORLDS) as [Surface, World][]) {
    for (const user of Object.values(w.users)) await askAs(s, { surface, user, text: 'help' })
  }
  return { dataDir, store, s }
}

beforeAll(async () => {
  for (const asker of ASKERS) running.set(asker, await start())
}, 60_000)

afterAll(async () => {
  for (const { s, store } of running.values()) {
    await s.close()
    await store.close()
  }
})

function contractIdIn(store: Store, w: World): (title: string) => string {
  return (title) =>
    store
      .all('contracts')
      .find((c) => c.title === title && store.get('vendors', c.vendorId)?.name === w.vendor)!.id
}

/** Asks, then expects a refusal naming `owner` (if any) with every store file unchanged. */
async function expectRefused(
  { dataDir, store, s }: Running,
  ask: Parameters<typeof askAs>[1],
  owner?: string,
): Promise<void> {
  const before = await fileHashes(dataDir)
  const revision = store.revision
  const seen = await askAs(s, ask)
  const where = `${ask.surface}: ${ask.text}`
  expect(seen.text.replace(/\u200B/g, ''), where).toMatch(/Only Tickler admins .*may .*admins/s)
  if (owner) expect(seen.mentions, where).toContain(owner)
  expect(store.revision, where).toBe(revision)
  expect(await fileHashes(dataDir), where).toEqual(before)
}

describe.each(ASKERS)('asked by %s', (asker) => {
  it.each(ROWS.map((row) => ({ row, line: row.line(WORLDS.slack, () => '<id>') })))(
    '$line',
    async ({ row }) => {
      const run = running.get(asker)!
      for (const surface of ['slack', 'teams'] as const) {
        const w = WORLDS[surface]
        const ask = {
          surface,
          user: userOf(w, asker, row),
          text: row.line(w, contractIdIn(run.store, w)),
          button: row.button,
        }
        if (!allowed(asker, row)) {
          const owner = row.of === 'contract' ? w.users.contractOwner : w.users.vendorOwner
          await expectRefused(run, ask, row.may === 'owner' ? owner : undefined)
          continue
        }
        const revision = run.store.revision
        const seen = await askAs(run.s, ask)
        expect(seen.text, `${surface}: ${ask.text}`).not.toMatch(/Only Tickler admins|^HTTP/)
        if (commandOf(row)?.writes)
          expect(run.store.revision, `${surface}: ${ask.text}`).toBeGreaterThan(revision)
      }
    },
    20_000,
  )
})

describe('a contract with its own owner', () => {
  it("is that owner's to change, not the vendor owner's", async () => {
    const run = running.get('owner')!
    for (const surface of ['slack', 'teams'] as const) {
      const w = WORLDS[surface]
      const text = `contract edit ${w.vendor} Azure notice 30 days`
      await expectRefused(run, { surface, user: w.users.vendorOwner, text }, w.users.contractOwner)
    }
  })
})
