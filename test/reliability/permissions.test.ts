// Issue 9: permissions end to end on the Slack and Teams paths with the real register commands.
// A member who is not an admin cannot edit a contract; a vendor's owner can edit that vendor and
// its contracts and nothing else; admins come from TICKLER_ADMINS or `admins add`; a workspace not
// in SLACK_ALLOWED_TEAMS or a tenant not in TEAMS_ALLOWED_TENANTS is refused politely, logged, and
// runs nothing. Every refusal leaves DATA_DIR byte-identical.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openJsonStore } from '../../src/store/json-store.ts'
import type { Store } from '../../src/store/store.ts'
import { folderBytes } from '../cli/run-cli.ts'
import { tempDir } from './serve-process.ts'
import { importRegister, memoryLog, type Surfaces, startSurfaces, TEAMS_USER } from './surfaces.ts'

const TEAMS_STRANGER = '6b1f4c1e-0000-4000-8000-00000000b002'
const logs = memoryLog()
let dataDir: string
let store: Store
let s: Surfaces

beforeAll(async () => {
  dataDir = join(await tempDir(), 'store')
  store = await openJsonStore(dataDir)
  await importRegister(store)
  s = await startSurfaces({
    store,
    log: logs.log,
    env: { TICKLER_ADMINS: 'U1', SLACK_ALLOWED_TEAMS: 'T1', TEAMS_ALLOWED_TENANTS: 'tenant-1' },
  })
  // Beta Soft belongs to a Teams user (an Entra object id); the terminal is a local administrator.
  expect(await s.terminal(`vendor edit "Beta Soft" owner ${TEAMS_USER}`)).toContain('Changed: owner')
  // Conversation references are stored on a first message; do that before comparing bytes.
  await s.teams('help')
  await s.teams('help', { user: TEAMS_STRANGER })
}, 60_000)

afterAll(async () => {
  await s.close()
  await store.close()
})

/** A refusal naming who may: admins, and for an owner's command the owner, mentioned. */
const ADMINS_ONLY =
  /Only Tickler admins (and (the owner of (Acme Cloud|Beta Soft)'s \w+ contract|(Acme Cloud|Beta Soft)'s owner) \(\S+\) )?may /

/** Runs `send` and expects a refusal matching `refusal` with every store file unchanged. */
async function refused(send: () => Promise<string>, refusal: RegExp): Promise<void> {
  const before = await folderBytes(dataDir)
  const revision = store.revision
  expect((await send()).replace(/\u200B/g, '')).toMatch(refusal)
  expect(store.revision).toBe(revision)
  expect(await folderBytes(dataDir)).toEqual(before)
}

const notice = (title: string) => store.all('contracts').find((c) => c.title === title)?.noticeDays

describe('register permissions over Slack', { timeout: 120_000 }, () => {
  it('refuses a member who is not an admin, on contracts and vendors', async () => {
    await refused(() => s.slack('contract edit Hosting notice 30', { user: 'U9' }), ADMINS_ONLY)
    await refused(() => s.slack('contract end Licences', { user: 'U9' }), ADMINS_ONLY)
    await refused(() => s.slack('vendor remove "Beta Soft"', { user: 'U9' }), ADMINS_ONLY)
    await refused(() => s.slack('admins add U9', { user: 'U9' }), /Only Tickler admins may/)
    await refused(() => s.slack('vendor add Zeta Labs tier low', { user: 'U9' }), ADMINS_ONLY)
  })

  it("lets an owner edit their own vendor and its contracts, and nobody else's", async () => {
    expect(await s.slack('contract edit Hosting notice 45', { user: 'U0OWNER' })).toContain(
      'Contract updated',
    )
    expect(notice('Hosting')).toBe(45)
    expect(await s.slack('vendor edit Acme category Hosting and CDN', { user: 'U0OWNER' })).toContain(
      'Changed: category',
    )
    await refused(() => s.slack('contract edit Licences notice 30', { user: 'U0OWNER' }), ADMINS_ONLY)
    await refused(() => s.slack('vendor edit "Beta Soft" tier low', { user: 'U0OWNER' }), ADMINS_ONLY)
    expect(notice('Licences')).toBe(90)
  })

  it('lets an admin edit anything, and `admins add` makes another admin', async () => {
    expect(await s.slack('contract edit Licences notice 60', { user: 'U1' })).toContain('Contract updated')
    expect(await s.slack('admins add U9', { user: 'U1' })).toContain('U9')
    expect(await s.slack('contract edit Licences notice 75', { user: 'U9' })).toContain('Contract updated')
    expect(notice('Licences')).toBe(75)
    const audit = store.audit().filter((e) => e.collection === 'contracts' && e.action === 'contract edit')
    expect(audit.map((e) => e.who)).toEqual(['U0OWNER', 'U1', 'U9'])
  })

  it('refuses a workspace not in SLACK_ALLOWED_TEAMS politely, logs it, and runs nothing', async () => {
    await refused(
      () => s.slack('sla log Acme P1 Core switch down', { team: 'T9', user: 'U1' }),
      /Sorry, this Tickler serves other Slack workspaces only/,
    )
    expect(store.all('incidents')).toEqual([])
    expect(logs.lines()).toContainEqual(
      expect.objectContaining({
        level: 40,
        team: 'T9',
        user: 'U1',
        msg: expect.stringContaining('not in SLACK_ALLOWED_TEAMS refused'),
      }),
    )
  })
})

describe("the terminal's admin rights", { timeout: 120_000 }, () => {
  // Only the terminal adapter grants them; a chat user whose id is the terminal's audit name
  // ('terminal') must not get them by that name, on either surface.
  it('are not given to a Slack or Teams user named terminal', async () => {
    await refused(() => s.slack('vendor add Zeta Labs tier low', { user: 'terminal' }), ADMINS_ONLY)
    await refused(() => s.slack('admins add terminal', { user: 'terminal' }), /Only Tickler admins may/)
    // A first Teams message stores the conversation reference: sent before the bytes are compared.
    await s.teams('help', { user: 'terminal' })
    await refused(() => s.teams('vendor add Zeta Labs tier low', { user: 'terminal' }), ADMINS_ONLY)
    await refused(() => s.teams('contract edit Licences notice 30', { user: 'terminal' }), ADMINS_ONLY)
    expect(store.all('vendors').map((v) => v.name)).not.toContain('Zeta Labs')
  })
})

describe('register permissions over Teams', { timeout: 120_000 }, () => {
  it('refuses a member who is not an admin or the owner', async () => {
    await refused(() => s.teams('contract edit Licences notice 30', { user: TEAMS_STRANGER }), ADMINS_ONLY)
    await refused(() => s.teams('vendor edit Acme tier low', { user: TEAMS_STRANGER }), ADMINS_ONLY)
  })

  it("lets the owner edit their own vendor's contract, not another vendor's", async () => {
    const before = notice('Licences')
    expect(await s.teams('contract edit Licences notice 20')).toContain('Contract updated')
    expect(notice('Licences')).toBe(20)
    expect(before).not.toBe(20)
    await refused(() => s.teams('contract edit Hosting notice 10'), ADMINS_ONLY)
  })

  it('refuses a tenant not in TEAMS_ALLOWED_TENANTS politely, logs it, and runs nothing', async () => {
    await refused(
      () => s.teams('sla log Acme P1 Core switch down', { tenant: 'tenant-9' }),
      /Sorry, Tickler is not available to your organisation/,
    )
    expect(store.all('incidents')).toEqual([])
    expect(logs.lines()).toContainEqual(
      expect.objectContaining({ level: 40, tenant: 'tenant-9', msg: 'Teams tenant not allowed: refused' }),
    )
  })
})
