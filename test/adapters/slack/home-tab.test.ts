// The App Home tab over real HTTP (SPEC §13): Bolt on 127.0.0.1, signed events and button payloads
// shaped as Slack sends them, every Web API call caught by the recorder. Opening the Home publishes
// the opener's own Home once; a button on it runs as the presser and republishes it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { allCommands } from '../../../src/app/command-table.ts'
import { ADMIN, WORLD } from '../../home/world.ts'
import { seed } from '../../support/context.ts'
import {
  blockActionsBody,
  eventBody,
  type Harness,
  postEvent,
  postSlack,
  type Recorded,
  startHarness,
} from './slack-harness.ts'

interface Block {
  type: string
  text?: { text: string }
  fields?: { text: string }[]
  elements?: { text?: string | { text: string }; value?: string; action_id?: string }[]
  accessory?: { action_id: string; value: string }
}

interface Published {
  user_id: string
  view: { type: string; blocks: Block[] }
}

let h: Harness

beforeEach(async () => {
  h = await startHarness(allCommands, { TICKLER_ADMINS: ADMIN })
  await seed(h.store, WORLD, '2026-06-01T00:00:00Z')
})
afterEach(() => h.close())

let events = 0

function opened(user: string, tab = 'home'): string {
  events++
  return eventBody(`EvHOME${events}`, {
    type: 'app_home_opened',
    user,
    channel: `D${user}`,
    tab,
    event_ts: `1700000000.00${events}`,
  })
}

async function open(body: string, headers: Record<string, string> = {}): Promise<void> {
  expect((await postEvent(h, body, headers)).status).toBe(200)
}

function publishes(): Published[] {
  return h.recorder.of('/api/views.publish').map((c: Recorded) => c.body as unknown as Published)
}

async function nthPublish(n: number): Promise<Published> {
  await h.recorder.waitFor('/api/views.publish', n)
  return publishes()[n - 1]!
}

function textOf(view: Published['view']): string {
  return JSON.stringify(view.blocks)
}

function buttons(view: Published['view']): { action_id: string; value: string }[] {
  const out: { action_id: string; value: string }[] = []
  for (const b of view.blocks) {
    for (const e of b.elements ?? [])
      if (e.action_id) out.push({ action_id: e.action_id, value: e.value ?? '' })
    if (b.accessory) out.push(b.accessory)
  }
  return out
}

let presses = 0

/** A block_actions payload from a button on the Home tab: a `view` of type home, no channel, no response_url. */
function homePress(user: string, button: { action_id: string; value: string }): string {
  presses++
  const payload = {
    type: 'block_actions',
    team: { id: 'T1', domain: 'acme' },
    user: { id: user, username: user.toLowerCase(), team_id: 'T1' },
    api_app_id: 'A1',
    token: 'deprecated-verification-token',
    container: { type: 'view', view_id: 'VHOME' },
    trigger_id: `home-trigger-${presses}`,
    view: { id: 'VHOME', type: 'home', team_id: 'T1', blocks: [], hash: '1700000000.abc' },
  }
  return blockActionsBody(payload, button, `1700000002.${presses}`)
}

describe('the App Home tab', () => {
  it('publishes the opener’s own contracts once per opening, a retry included', async () => {
    const first = opened('U1')
    await open(first)
    const home = await nthPublish(1)
    expect(home.user_id).toBe('U1')
    expect(home.view.type).toBe('home')
    const text = textOf(home.view)
    for (const own of [
      'Contoso — Office 365',
      'Northwind — Hosting',
      'Fabrikam — Backup',
      'Contoso SOC 2 report',
    ]) {
      expect(text).toContain(own)
    }
    // U2's contract and check, and a contract past the 90 days.
    for (const other of ['Fabrikam — Support', 'Fabrikam SOC 2 report', 'Contoso — Far'])
      expect(text).not.toContain(other)
    expect(home.view.blocks.length).toBeLessThanOrEqual(100)

    // Slack's retry of that delivery, then the Messages tab, then U2 opening their Home.
    await open(first, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' })
    await open(opened('U1', 'messages'))
    await open(opened('U2'))
    const theirs = await nthPublish(2)
    expect(publishes().map((p) => p.user_id)).toEqual(['U1', 'U2'])
    expect(textOf(theirs.view)).toContain('Fabrikam — Support')
    expect(textOf(theirs.view)).not.toContain('Contoso — Office 365')
  })

  it('shows an admin the whole register', async () => {
    await open(opened(ADMIN))
    const text = textOf((await nthPublish(1)).view)
    expect(text).toContain('You are a Tickler admin: this is the whole register.')
    for (const row of [
      'Contoso — Office 365',
      'Fabrikam — Support',
      'Fabrikam — Backup',
      'Northwind — Hosting',
    ]) {
      expect(text).toContain(row)
    }
  })

  it('acknowledges from the Home as the presser, records it and republishes the Home', async () => {
    await open(opened('U1'))
    const ack = buttons((await nthPublish(1)).view).find((b) => b.value === 'reminder ack c-a 2026-12-30')!
    expect(ack).toBeDefined()
    const res = await postSlack(h, homePress('U1', ack))
    expect(res.status).toBe(200)

    const again = await nthPublish(2)
    expect(again.user_id).toBe('U1')
    expect(h.store.get('deadlineActions', 'c-a|2026-12-30|acknowledge')).toMatchObject({ by: 'U1' })
    const text = textOf(again.view)
    expect(text).toContain('Acknowledged by <@U1>: Contoso Office 365')
    expect(text).toMatch(/Contoso — Office 365: notice deadline 2026-12-30[^"]*acknowledged by <@U1>/)
    // Only the decision is left to press on that row.
    expect(buttons(again.view).map((b) => b.value)).not.toContain('reminder ack c-a 2026-12-30')
    expect(buttons(again.view).map((b) => b.value)).toContain('reminder decide c-a 2026-12-30 renew')
    // A Home has no response_url to answer through.
    expect(h.recorder.calls.filter((c) => c.path.startsWith('/response/'))).toEqual([])
  })

  it('refuses a decision or a check pressed by someone who does not own it, changing nothing', async () => {
    await open(opened('U1'))
    const own = buttons((await nthPublish(1)).view)
    const decide = own.find((b) => b.value === 'reminder decide c-a 2026-12-30 cancel')!
    const done = own.find((b) => b.value === 'risk done "Contoso" soc2')!
    const before = h.store.revision

    await postSlack(h, homePress('U2', decide))
    const refused = await nthPublish(2)
    expect(refused.user_id).toBe('U2')
    expect(textOf(refused.view)).toContain(
      "Only Tickler admins and the owner of Contoso's Office 365 contract (<@U1>) may decide its renewal.",
    )
    await postSlack(h, homePress('U2', done))
    expect(textOf((await nthPublish(3)).view)).toContain("Only Tickler admins and Contoso's owner (<@U1>)")
    expect(h.store.revision).toBe(before)
    expect(h.store.get('contracts', 'c-a')!.decisions).toEqual([])
  })
})
