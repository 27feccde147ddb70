// A renewal recorded for a contract whose reminder was already posted: the old deadline's stages
// are never repeated, and the new deadline's stages post afresh on their days (ManualClock walked
// a day at a time through the real sweep).
import { describe, expect, it } from 'vitest'
import { runReminderSweep } from '../../../src/reminders/sweep.ts'
import { addDays } from '../../../src/time/calendar-date.ts'
import { FakeNotifier } from '../../reminders/helpers.ts'
import { makeContext, NORTHWIND, PRINT_DEAL, say } from './helpers.ts'

const CHANNEL = 'slack:T1:C1'

describe('renewal and reminders', () => {
  it('after a renewal the old stages stop and the new deadline starts afresh', async () => {
    // Print Fleet: end 2027-01-31, 30 days' notice → notice deadline 2027-01-01 (auto-renews).
    const context = makeContext({ now: '2026-10-01T08:00:00Z' })
    const slack = new FakeNotifier('slack')
    for (const line of [NORTHWIND, PRINT_DEAL]) expect((await say(context, line)).status).toBe('ok')
    expect((await say(context, 'subscribe renewals', { platform: 'slack' })).status).toBe('ok')

    const posts: string[] = []
    let day = '2026-10-01'
    const walkTo = async (last: string) => {
      while (day <= last) {
        context.clock.set(`${day}T08:00:00Z`)
        const result = await runReminderSweep({ context, notifiers: [slack] })
        for (const p of result.posts) {
          expect(p.outcome).toBe('posted')
          posts.push(`${day}: ${p.deadline} stage ${p.stage}`)
        }
        day = addDays(day, 1)
      }
    }

    await walkTo('2026-12-05')
    expect(posts).toEqual([
      '2026-10-03: 2027-01-01 stage 90',
      '2026-11-02: 2027-01-01 stage 60',
      '2026-12-02: 2027-01-01 stage 30',
    ])
    const posted = slack.posts.at(-1)!.reply
    const decide = posted.actions!.find((a) => a.label === 'Decide: Renew')!.command

    // The Renew decision leads to `contract renew`, which asks for the new end date and value.
    const decided = await say(context, decide, { platform: 'slack' })
    const record = decided.actions!.find((a) => a.command.startsWith('contract renew'))!.command
    expect(record).toBe('contract renew "Northwind Traders" "Print Fleet"')
    const form = await say(context, record, { platform: 'slack' })
    expect(form.form?.fields.map((f) => `${f.name}=${f.value ?? ''}`)).toEqual([
      'end_date=',
      'annual_value=84000.00',
      'currency=USD',
      'notice_days=30',
      'renewal_term_months=12',
    ])
    const renewed = await say(context, `${record} end 2028-01-31 value 88000 USD`, { platform: 'slack' })
    expect(renewed.status).toBe('ok')

    // New notice deadline 2028-01-01: stages 90, 60, 30, 14, 7, 1 on their days; nothing more for
    // the old deadline (its 14, 7 and 1 would have come on 2026-12-18, 12-25 and 12-31).
    posts.length = 0
    await walkTo('2028-01-05')
    expect(posts).toEqual([
      '2027-10-03: 2028-01-01 stage 90',
      '2027-11-02: 2028-01-01 stage 60',
      '2027-12-02: 2028-01-01 stage 30',
      '2027-12-18: 2028-01-01 stage 14',
      '2027-12-25: 2028-01-01 stage 7',
      '2027-12-31: 2028-01-01 stage 1',
    ])
    const last = slack.posts.at(-1)!.reply
    expect(JSON.stringify(last.fields)).toContain('88,000.00 USD')
  })

  it('Cancel on a reminder leads to contract end, and the ended contract leaves the reminders at once', async () => {
    const context = makeContext({ now: '2026-10-01T08:00:00Z' })
    const slack = new FakeNotifier('slack')
    for (const line of [NORTHWIND, PRINT_DEAL]) expect((await say(context, line)).status).toBe('ok')
    expect((await say(context, 'subscribe renewals', { platform: 'slack' })).status).toBe('ok')
    context.clock.set('2026-11-02T08:00:00Z')
    expect((await runReminderSweep({ context, notifiers: [slack] })).posts).toHaveLength(1) // stage 60
    // Decide: Cancel offers `contract end` on the current end date.
    const cancel = slack.posts[0]!.reply.actions!.find((a) => a.label === 'Decide: Cancel')!.command
    const decided = await say(context, cancel, { platform: 'slack' })
    const end = decided.actions!.find((a) => a.command.startsWith('contract end'))!.command
    expect(end).toBe('contract end "Northwind Traders" "Print Fleet" on 2027-01-31')
    const ended = await say(context, end, { platform: 'slack' })
    expect(ended.title).toBe('Contract ended: Northwind Traders — Print Fleet')
    expect(context.store.all('contracts')[0]).toMatchObject({ status: 'ended', endedOn: '2027-01-31' })
    for (let day = '2026-11-03'; day <= '2027-02-05'; day = addDays(day, 1)) {
      context.clock.set(`${day}T08:00:00Z`)
      expect((await runReminderSweep({ context, notifiers: [slack] })).posts).toEqual([])
    }
    expect(slack.posts.map((p) => p.channel)).toEqual([CHANNEL])
  })
})
