// A claim window walked with a manual clock (SPEC §12): Contoso's October credit must be claimed by
// 2026-11-30. A channel subscribed to `claims` gets one post at 14, 7 and 1 days before, each once
// whatever the number of sweeps, none after `sla claim`, and nothing after the deadline, when
// `sla claims` says how long ago the window closed.
import { describe, expect, it } from 'vitest'
import { runReminderSweep } from '../../src/reminders/sweep.ts'
import { FakeNotifier } from '../reminders/helpers.ts'
import { lines } from '../sla/world.ts'
import { makeWorld, type World } from './world.ts'

const CHANNEL = 'slack:T1:C1'

async function sweepAt(w: World, notifier: FakeNotifier, at: string): Promise<string[]> {
  w.clock.set(at)
  const before = notifier.posts.length
  await runReminderSweep({ context: w.context, notifiers: [notifier] })
  return notifier.posts.slice(before).map((p) => String(p.reply.title))
}

async function subscribed(): Promise<{ w: World; notifier: FakeNotifier }> {
  const w = await makeWorld('2026-11-01T09:00:00Z')
  await w.run('sla downtime Contoso 2026-10-03 09:10 to 11:40 core switch')
  const reply = await w.run('subscribe claims', { user: 'U0ALICE', channel: CHANNEL })
  expect(reply.status).toBe('ok')
  return { w, notifier: new FakeNotifier('slack') }
}

const POST = 'Service credit to claim: Contoso — Managed network, October 2026'

describe('claim reminders', () => {
  it('post at 14, 7 and 1 days before the deadline, once each; then the window closes', async () => {
    const { w, notifier } = await subscribed()
    expect(await sweepAt(w, notifier, '2026-11-15T23:59:00Z')).toEqual([])
    expect(await sweepAt(w, notifier, '2026-11-16T00:01:00Z')).toEqual([POST])
    expect(await sweepAt(w, notifier, '2026-11-16T12:00:00Z')).toEqual([])
    expect(await sweepAt(w, notifier, '2026-11-22T23:00:00Z')).toEqual([])
    expect(await sweepAt(w, notifier, '2026-11-23T08:00:00Z')).toEqual([POST])
    expect(await sweepAt(w, notifier, '2026-11-29T00:00:00Z')).toEqual([POST])
    expect(await sweepAt(w, notifier, '2026-11-30T12:00:00Z')).toEqual([])
    expect(await sweepAt(w, notifier, '2026-12-01T00:30:00Z')).toEqual([])
    expect(notifier.posts.map((p) => p.reply.fields?.find((f) => f.label === 'Claim window')?.value)).toEqual(
      ['claim by 2026-11-30, 14 days', 'claim by 2026-11-30, 7 days', 'claim by 2026-11-30, 1 day'],
    )
    const post = notifier.posts[0]!.reply
    expect(post.private).toBe(false)
    expect(post.fields).toContainEqual({ label: 'Credit', value: '5,000.00 USD' })
    expect(post.fields).toContainEqual({ label: 'Owner', value: [{ mention: 'U0NORTH' }] })
    expect(post.actions!.map((a) => a.command)).toEqual([
      'sla statement "Contoso" contract "Managed network" 2026-10',
      'sla claim "Contoso" contract "Managed network" 2026-10',
    ])

    w.clock.set('2026-12-03T10:00:00Z')
    const claims = lines(await w.run('sla claims'))
    expect(claims).toContain(
      'Contoso — Managed network, October 2026: 5,000.00 USD unclaimed, claim window closed 3 days ago (2026-11-30)',
    )
  })

  it('after downtime of the sweeper, only the latest due stage is posted', async () => {
    const { w, notifier } = await subscribed()
    const result = await (async () => {
      w.clock.set('2026-11-24T10:00:00Z')
      return runReminderSweep({ context: w.context, notifiers: [notifier] })
    })()
    expect(result.posted).toBe(1)
    expect(result.posts.map((p) => [p.channel, p.topic, p.summary, p.stage, p.outcome])).toEqual([
      [
        CHANNEL,
        'claims',
        'Contoso — Managed network, October 2026: 5,000.00 USD unclaimed, claim by 2026-11-30, 6 days (stage 7)',
        7,
        'posted',
      ],
    ])
  })

  it('stop once the credit is claimed', async () => {
    const { w, notifier } = await subscribed()
    expect(await sweepAt(w, notifier, '2026-11-16T08:00:00Z')).toEqual([POST])
    const claimed = await w.run('sla claim Contoso october ref CASE-9', { user: 'U0NORTH' })
    expect(claimed.status).toBe('ok')
    expect(await sweepAt(w, notifier, '2026-11-23T08:00:00Z')).toEqual([])
    expect(await sweepAt(w, notifier, '2026-11-29T08:00:00Z')).toEqual([])
    expect(lines(await w.run('sla claims'))).not.toContain('Contoso')
  })

  it('are not posted for a stage that fell due before the channel subscribed', async () => {
    const w = await makeWorld('2026-11-20T09:00:00Z')
    await w.run('sla downtime Contoso 2026-10-03 09:10 to 11:40')
    await w.run('subscribe claims', { user: 'U0ALICE', channel: CHANNEL })
    const notifier = new FakeNotifier('slack')
    expect(await sweepAt(w, notifier, '2026-11-20T10:00:00Z')).toEqual([])
    expect(await sweepAt(w, notifier, '2026-11-23T00:10:00Z')).toEqual([POST])
  })
})
