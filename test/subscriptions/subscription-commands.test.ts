import { describe, expect, it } from 'vitest'
import { plain } from '../../src/reply/reply.ts'
import { contract, makeContext, say, seed } from '../reminders/helpers.ts'
import { vendor } from '../support/factories.ts'

const C1 = 'slack:T1:C1'
const TEAMS = 'teams:19:abc@thread.tacv2'

async function setup() {
  const context = makeContext({ now: '2027-02-10T09:00:00Z', env: { TICKLER_TIMEZONE: 'Europe/London' } })
  await seed(
    context,
    [
      vendor('v1', 'Contoso', { tier: 'critical', owner: 'U0NORTH' }),
      vendor('v2', 'Fabrikam', { tier: 'low', owner: 'U0SOUTH' }),
    ],
    [
      contract('c1', 'v1', {
        title: 'Azure EA',
        endDate: '2027-05-31',
        noticeDays: 60,
        annualValue: '207000.00',
      }),
      contract('c2', 'v2', { title: 'Printers', endDate: '2027-03-31', noticeDays: 0, autoRenew: false }),
      contract('c3', 'v2', { title: 'Far away', endDate: '2028-12-31', noticeDays: 30 }),
    ],
  )
  return context
}

const lines = (reply: { sections?: { items?: { text: unknown }[] }[] }) =>
  (reply.sections?.[0]?.items ?? []).map((i) => plain(i.text as string))

describe('subscribe', () => {
  it('subscribes the channel it is typed in and lists the deadlines already close', async () => {
    const context = await setup()
    const reply = await say(context, 'subscribe renewals', { channel: C1, user: 'U0BOB' })
    expect(reply.status).toBe('ok')
    expect(plain(reply.text![0]!)).toBe(
      'This channel now gets renewals (everything): a reminder per contract at 90, 60, 30, 14, 7, 1 days before each notice deadline (and the end date of contracts that do not auto-renew).',
    )
    expect(lines(reply)).toEqual([
      'Fabrikam Printers: notice deadline 2027-03-31 Wed, 49 days, auto-renew no, 120,000.00 USD; next reminder 2027-03-01 (30 days before)',
      'Contoso Azure EA: notice deadline 2027-04-01 Thu, 50 days, auto-renew yes, 207,000.00 USD; next reminder 2027-03-02 (30 days before)',
    ])
    expect(context.store.all('subscriptions')).toMatchObject([
      {
        id: `renewals|${C1}`,
        topic: 'renewals',
        channel: C1,
        createdBy: 'U0BOB',
        createdAt: '2027-02-10T09:00:00.000Z',
        filters: { tiers: [], owner: '' },
        broken: null,
      },
    ])
    expect(context.store.audit().at(-1)).toMatchObject({
      action: 'subscribe',
      who: 'U0BOB',
      collection: 'subscriptions',
    })
  })

  it('applies filters to the summary and says when nothing is changed', async () => {
    const context = await setup()
    const reply = await say(context, 'subscribe renewals tier critical, high', { channel: C1 })
    expect(lines(reply).map((l) => l.split(':')[0])).toEqual(['Contoso Azure EA'])
    expect(context.store.get('subscriptions', `renewals|${C1}`)!.filters).toEqual({
      tiers: ['critical', 'high'],
      owner: '',
    })
    const revision = context.store.revision
    const again = await say(context, 'subscribe renewals tier critical high', { channel: C1 })
    expect(plain(again.text![0]!)).toMatch(/^This channel already gets renewals \(tier critical,high\)/)
    expect(context.store.revision).toBe(revision)
    const owner = await say(context, 'subscribe renewals owner @U0SOUTH', { channel: C1 })
    expect(plain(owner.text![0]!)).toMatch(
      /^This channel now gets renewals \(owner U0SOUTH\) instead of \(tier critical,high\): /,
    )
    expect(lines(owner).map((l) => l.split(':')[0])).toEqual(['Fabrikam Printers'])
  })

  it('lists at most 25 close deadlines and says how many more there are', async () => {
    const context = await setup()
    await seed(
      context,
      [],
      Array.from({ length: 30 }, (_, i) =>
        contract(`x${i}`, 'v2', { title: `Extra ${i}`, endDate: '2027-04-30' }),
      ),
    )
    const reply = await say(context, 'subscribe renewals', { channel: C1 })
    expect(lines(reply)).toHaveLength(25)
    expect(reply.sections![0]!.text).toEqual(['…and 7 more; see renewals 90 days.'])
  })

  it('describes the weekly topics in the organisation zone', async () => {
    const context = await setup()
    expect(plain((await say(context, 'subscribe risk', { channel: TEAMS })).text![0]!)).toBe(
      'This channel now gets risk (everything): the weekly risk tickler, Mon 09:00 (Europe/London).',
    )
    expect(plain((await say(context, 'subscribe digest', { channel: TEAMS })).text![0]!)).toBe(
      'This channel now gets digest (everything): the weekly agenda, Mon 08:00 (Europe/London).',
    )
    expect(plain((await say(context, 'subscribe incidents', { channel: TEAMS })).text![0]!)).toMatch(
      /incident is logged or breaches/,
    )
  })

  it.each([
    ['subscribe', /^Which topic\?/],
    [
      'subscribe renewal',
      /^"renewal" is not a topic; topics are renewals, risk, incidents, digest, escalations, claims\./,
    ],
    ['subscribe renewals tier gold', /^"gold" is not a risk tier/],
    ['subscribe renewals tier', /^"tier" needs one or more tiers/],
    ['subscribe renewals owner', /^"owner" needs a user/],
    ['subscribe renewals weekly', /^I don't understand "weekly" here/],
    ['subscribe digest tier critical', /^The digest post covers the whole register/],
  ])('rejects %s with the correct form and stores nothing', async (line, message) => {
    const context = await setup()
    const revision = context.store.revision
    const reply = await say(context, line, { channel: C1 })
    expect(reply.status).toBe('rejected')
    expect(plain(reply.text![0]!)).toMatch(message)
    expect(reply.text!.map(plain).join('\n')).toMatch(/Example: subscribe /)
    expect(context.store.revision).toBe(revision)
  })

  it('explains in the terminal that subscriptions are per channel', async () => {
    const context = await setup()
    for (const line of ['subscribe renewals', 'unsubscribe renewals']) {
      const reply = await say(context, line)
      expect(reply.status).toBe('rejected')
      expect(plain(reply.text![0]!)).toMatch(/^Subscriptions are per channel, and the terminal has none\./)
      expect(plain(reply.text![0]!)).toMatch(/Slack channel or Teams conversation/)
    }
    expect(context.store.all('subscriptions')).toEqual([])
  })
})

describe('unsubscribe and subscriptions', () => {
  it('lists what the channel gets, removes one topic or all, and lets the terminal see every channel', async () => {
    const context = await setup()
    await say(context, 'subscribe renewals owner U0NORTH', { channel: C1, user: 'U0BOB' })
    await say(context, 'subscribe digest', { channel: C1, user: 'U0BOB' })
    await say(context, 'subscribe incidents', { channel: TEAMS, user: 'U0CAROL' })
    const listing = await say(context, 'subscriptions', { channel: C1 })
    expect(listing.title).toBe('This channel gets')
    expect(lines(listing)).toEqual([
      'renewals (owner U0NORTH), since 2027-02-10, by U0BOB',
      'digest (everything), since 2027-02-10, by U0BOB',
    ])
    const terminal = await say(context, 'subscriptions')
    expect(lines(terminal)).toEqual([
      `${C1} renewals (owner U0NORTH), since 2027-02-10, by U0BOB`,
      `${C1} digest (everything), since 2027-02-10, by U0BOB`,
      `${TEAMS} incidents (everything), since 2027-02-10, by U0CAROL`,
    ])
    const one = await say(context, 'unsubscribe digest', { channel: C1, user: 'U0DAVE' })
    expect(plain(one.text![0]!)).toBe('This channel no longer gets digest.')
    expect(context.store.audit().at(-1)).toMatchObject({ action: 'unsubscribe', who: 'U0DAVE', after: null })
    const none = await say(context, 'unsubscribe digest', { channel: C1 })
    expect(none.status).toBe('ok')
    expect(plain(none.text![0]!)).toBe('This channel was not subscribed to digest; nothing changed.')
    await say(context, 'unsubscribe all', { channel: C1 })
    expect(lines(await say(context, 'subscriptions', { channel: C1 }))).toEqual([])
    expect((await say(context, 'subscriptions', { channel: C1 })).sections![0]!.empty).toMatch(
      /^Nothing yet\./,
    )
    expect(context.store.all('subscriptions').map((s) => s.channel)).toEqual([TEAMS])
  })

  it('rejects an unknown topic or extra words', async () => {
    const context = await setup()
    expect((await say(context, 'unsubscribe everything', { channel: C1 })).status).toBe('rejected')
    expect((await say(context, 'unsubscribe renewals now', { channel: C1 })).status).toBe('rejected')
  })
})
