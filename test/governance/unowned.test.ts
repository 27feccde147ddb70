// Unowned vendors and contracts (SPEC §11): an empty owner, or one Slack's users.info says is
// deleted or not found (kept 24 hours), shows as unowned in `renewals`, the vendor card and the
// weekly digest, which lists the unowned contracts with a deadline in the next 90 days. Slack goes
// through the real SDK over HTTP to a recorder, wired as `tickler serve` wires it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { platformNotifiers } from '../../adapters/cli/platforms.ts'
import type { Notifier } from '../../src/reminders/notifier.ts'
import { runReminderSweep } from '../../src/reminders/sweep.ts'
import { makeContext, say, textOf } from '../register/editing/helpers.ts'
import { CLOCK, type Surfaces, startSurfaces } from '../reliability/surfaces.ts'
import { seed } from '../support/context.ts'
import { contract, vendor } from '../support/factories.ts'
import { MemoryStore } from '../support/memory-store.ts'

// On 2026-11-25: notice deadlines 2026-12-31 (36 days) and 2027-01-31; one far away.
const REGISTER = {
  vendors: [
    vendor('v1', 'Contoso', { owner: 'U0HERE' }),
    vendor('v2', 'Fabrikam', { owner: 'U0LEFT' }),
    vendor('v3', 'Northwind', { owner: '' }),
  ],
  contracts: [
    contract({ id: 'c1', vendorId: 'v1', title: 'Hosting', endDate: '2027-01-30', noticeDays: 30 }),
    contract({
      id: 'c2',
      vendorId: 'v1',
      title: 'Support',
      endDate: '2027-03-02',
      noticeDays: 30,
      owner: 'U0GONE',
    }),
    contract({ id: 'c3', vendorId: 'v2', title: 'Printers', endDate: '2027-01-30', noticeDays: 30 }),
    contract({ id: 'c4', vendorId: 'v3', title: 'Backup', endDate: '2027-03-02', noticeDays: 30 }),
    contract({
      id: 'c5',
      vendorId: 'v3',
      title: 'Far',
      startDate: '2026-01-01',
      endDate: '2028-06-30',
      noticeDays: 30,
    }),
  ],
}

describe('unowned without any chat platform', () => {
  it('only an empty owner is unowned: renewals and the card say so', async () => {
    const context = makeContext({ now: CLOCK.now().toString() })
    await seed(context.store, REGISTER, '2026-11-01T00:00:00Z')
    const renewals = textOf(await say(context, 'renewals'))
    expect(renewals).toMatch(/Northwind — Backup: [^\n]* · unowned\n/)
    expect(renewals).toMatch(/Fabrikam — Printers: [^\n]*a year\n/)
    expect(textOf(await say(context, 'vendor Northwind'))).toContain('Owner: no owner (unowned)')
  })
})

describe('unowned with Slack connected', () => {
  let s: Surfaces
  let slack: Notifier
  beforeAll(async () => {
    const store = new MemoryStore()
    await seed(store, REGISTER, '2026-11-01T00:00:00Z')
    s = await startSurfaces({ store })
    s.slackRecorder.responders.push((call) => {
      if (call.path !== '/api/users.info') return undefined
      const user = String(call.body.user)
      if (user === 'U0GONE') return { json: { ok: false, error: 'user_not_found' } }
      return { json: { ok: true, user: { id: user, deleted: user === 'U0LEFT' } } }
    })
    slack = (await platformNotifiers(s.tickler)).notifiers.find((n) => n.platform === 'slack')!
  })
  afterAll(() => s.close())

  // Owners only: the Slack adapter also looks the asker's name up for its logs.
  const usersInfo = () =>
    s.slackRecorder.of('/api/users.info').filter((c) => String(c.body.user).startsWith('U0')).length

  it('renewals flag deleted, unknown and empty owners, asking users.info once a day per owner', async () => {
    const message = await s.slack('renewals')
    const rows = message.split('\\n').filter((l) => l.includes(' — '))
    const flagged = (name: string) => rows.find((r) => r.includes(name))?.includes('unowned')
    expect(flagged('Contoso — Hosting')).toBe(false)
    expect(flagged('Contoso — Support')).toBe(true)
    expect(flagged('Fabrikam — Printers')).toBe(true)
    expect(flagged('Northwind — Backup')).toBe(true)
    const asked = usersInfo()
    expect(asked).toBe(3)
    await s.slack('renewals')
    expect(usersInfo()).toBe(asked)
  })

  it('the vendor card says the owner is not an active user', async () => {
    const card = await s.slack('vendor Fabrikam')
    expect(card).toContain('(unowned: not an active user)')
    expect(await s.slack('vendor Contoso')).not.toContain('(unowned: not an active user)')
  })

  it('the weekly digest lists unowned contracts with a deadline in the next 90 days', async () => {
    expect(await s.slack('subscribe digest', { channel: 'CDIGEST' })).toContain('digest')
    // Monday 2026-11-30 08:00 UTC is the digest slot after the subscription.
    const now = CLOCK.now().add({ hours: 4 * 24 + 23 })
    const result = await runReminderSweep({ context: s.tickler.context, notifiers: [slack], now })
    // The owner's DMs go out in the same sweep; the digest is the channel's one post.
    expect(
      result.posts.filter((p) => p.channel === 'slack:T1:CDIGEST').map((p) => `${p.outcome} ${p.topic}`),
    ).toEqual(['posted digest'])
    const post = s.slackRecorder.of('/api/chat.postMessage').find((c) => c.body.channel === 'CDIGEST')!
    const shown = JSON.stringify(post.body.blocks)
    expect(shown).toContain('Unowned contracts with a deadline in the next 90 days')
    for (const name of ['Contoso — Support', 'Fabrikam — Printers', 'Northwind — Backup'])
      expect(shown).toContain(name)
    const section = shown.slice(shown.indexOf('Unowned contracts'))
    expect(section).not.toContain('Contoso — Hosting')
    expect(section).not.toContain('Northwind — Far')
  })
})
