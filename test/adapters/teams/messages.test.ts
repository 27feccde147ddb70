// Teams activities posted over HTTP exactly as Teams sends them; the cards the bot sends back are
// read from a recorder standing in for the Bot Framework service.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_MESSAGES } from '../../../adapters/long-answer.ts'
import { MAX_ACTIVITY_BYTES, utf16Bytes } from '../../../adapters/teams/card-envelope.ts'
import { slowGate, testCommands } from './commands.ts'
import {
  BOT,
  type Bot,
  botAdded,
  CHANNEL_ID,
  cardOf,
  cardSubmit,
  channelMessage,
  JANE,
  PERSONAL_ID,
  personalMessage,
  type Recorder,
  startBot,
  startRecorder,
  TENANT,
  texts,
} from './helpers.ts'

let recorder: Recorder
let bot: Bot

beforeEach(async () => {
  recorder = await startRecorder()
})
afterEach(async () => {
  await bot?.close()
  await recorder.close()
})

describe('POST /api/messages (local mode)', () => {
  it('answers a channel message that mentions the bot, in the thread, with the mention stripped', async () => {
    bot = await startBot({ commands: testCommands })
    const activity = channelMessage(recorder.url, 'echo hello world')
    const response = await bot.post(activity)
    expect(response.status).toBe(200)

    const [post] = recorder.posts()
    expect(post?.method).toBe('POST')
    expect(post?.path).toBe(
      `/v3/conversations/${CHANNEL_ID};messageid=${activity.id}/activities/${activity.id}`,
    )
    expect(post?.body.type).toBe('message')
    expect(post?.body.replyToId).toBe(activity.id)
    const card = cardOf(post!)
    expect(card.type).toBe('AdaptiveCard')
    expect(card.version).toBe('1.5')
    expect(texts(card)).toEqual(['Echo', 'hello world'])
    const facts = (card.body as { type: string; facts?: { title: string; value: string }[] }[]).find(
      (e) => e.type === 'FactSet',
    )?.facts
    expect(facts).toEqual([
      { title: 'user', value: JANE.aadObjectId },
      { title: 'admin', value: 'no' },
      { title: 'workspace', value: TENANT },
      { title: 'channel', value: `teams:${CHANNEL_ID}` },
    ])
    expect(card.fallbackText).toContain('hello world')
  })

  it('stores the conversation reference on a message, and does not rewrite it when unchanged', async () => {
    bot = await startBot({ commands: testCommands })
    await bot.post(channelMessage(recorder.url, 'echo one'))
    const saved = bot.store.get('conversations', `teams:${CHANNEL_ID}`)
    expect(saved?.platform).toBe('teams')
    expect(saved?.reference).toMatchObject({
      channelId: 'msteams',
      serviceUrl: `${recorder.url}/`,
      bot: { id: BOT.id },
      conversation: { id: CHANNEL_ID, conversationType: 'channel', tenantId: TENANT },
    })
    expect(saved?.reference).not.toHaveProperty('activityId')
    const revision = bot.store.revision
    await bot.post(channelMessage(recorder.url, 'echo two'))
    expect(bot.store.revision).toBe(revision)
    expect(recorder.posts()).toHaveLength(2)
  })

  it('answers a personal chat message without a mention', async () => {
    bot = await startBot({ commands: testCommands })
    const activity = personalMessage(recorder.url, 'echo hi')
    expect((await bot.post(activity)).status).toBe(200)
    const [post] = recorder.posts()
    expect(post?.path).toBe(`/v3/conversations/${PERSONAL_ID}/activities/${activity.id}`)
    expect(texts(cardOf(post!))).toContain('hi')
    expect(bot.store.get('conversations', `teams:${PERSONAL_ID}`)).toBeDefined()
  })

  it('stores the reference and says hello when the bot is added to a team', async () => {
    bot = await startBot({ commands: testCommands })
    const activity = botAdded(recorder.url)
    expect((await bot.post(activity)).status).toBe(200)
    const saved = bot.store.get('conversations', `teams:${CHANNEL_ID}`)
    expect(saved?.reference).toMatchObject({
      conversation: { id: CHANNEL_ID },
      serviceUrl: `${recorder.url}/`,
    })
    const [post] = recorder.posts()
    expect(post?.path).toBe(`/v3/conversations/${CHANNEL_ID}/activities/${activity.id}`)
    const card = cardOf(post!)
    expect(texts(card)[0]).toBe('Hello, I am Tickler')
    expect(card.actions).toEqual([{ type: 'Action.Submit', title: 'Help', data: { command: 'help' } }])
  })

  it('renders buttons as Action.Submit carrying the command, and runs a pressed button through the core', async () => {
    bot = await startBot({ commands: testCommands })
    await bot.post(personalMessage(recorder.url, 'confirm'))
    const card = cardOf(recorder.posts()[0]!)
    expect(card.actions).toEqual([
      { type: 'Action.Submit', title: 'Confirm', data: { command: 'echo confirmed' }, style: 'positive' },
      { type: 'Action.Submit', title: 'Cancel', data: { command: 'echo cancelled' }, style: 'destructive' },
    ])
    // Like Slack's replace_original: the pressed card becomes its answer, so Confirm cannot be pressed twice.
    const press = cardSubmit(recorder.url, { command: 'echo confirmed' }, 'card-3')
    expect((await bot.post(press)).status).toBe(200)
    const reply = recorder.posts()[1]!
    expect(reply.method).toBe('PUT')
    expect(reply.path).toBe(`/v3/conversations/${PERSONAL_ID}/activities/card-3`)
    expect(texts(cardOf(reply))).toEqual(['Echo', 'confirmed'])
  })

  it('answers a refused button press below the card, leaving the card', async () => {
    bot = await startBot({ commands: testCommands })
    const press = cardSubmit(recorder.url, { command: 'frobnicate' }, 'card-4')
    expect((await bot.post(press)).status).toBe(200)
    const [reply] = recorder.posts()
    expect(reply?.method).toBe('POST')
    expect(reply?.path).toBe(`/v3/conversations/${PERSONAL_ID}/activities/${press.id}`)
    const [first] = cardOf(reply!).body as { text: string; color?: string }[]
    expect(first?.color).toBe('Attention')
  })

  it('mentions Teams users with <at> and an entity, other ids as text, and escapes markdown', async () => {
    bot = await startBot({ commands: testCommands })
    await bot.post(personalMessage(recorder.url, 'owner'))
    const card = cardOf(recorder.posts()[0]!)
    expect(texts(card)).toEqual([
      'Owner: <at>Jane Doe</at> and U0NORTH',
      'Vendor **\\*Acme\\*** has_notes [x]',
      '\\- not a list',
    ])
    expect(card.msteams).toEqual({
      width: 'Full',
      entities: [
        { type: 'mention', text: '<at>Jane Doe</at>', mentioned: { id: JANE.aadObjectId, name: 'Jane Doe' } },
      ],
    })
    expect(card.fallbackText).toContain('Owner: @Jane Doe and U0NORTH')
  })

  it('never runs the same activity twice (Teams redelivery)', async () => {
    bot = await startBot({ commands: testCommands })
    const activity = personalMessage(recorder.url, 'bump')
    expect((await bot.post(activity)).status).toBe(200)
    expect((await bot.post(activity)).status).toBe(200)
    expect(recorder.posts()).toHaveLength(1)
    expect(texts(cardOf(recorder.posts()[0]!))).toEqual(['bumped to 1'])
    await bot.post(personalMessage(recorder.url, 'bump'))
    expect(texts(cardOf(recorder.posts()[1]!))).toEqual(['bumped to 2'])
  })

  it('answers 400 to a body that is not an activity, and runs nothing', async () => {
    bot = await startBot({ commands: testCommands })
    expect((await bot.post({ text: 'bump' })).status).toBe(400)
    expect((await bot.post('{not json')).status).toBe(400)
    expect((await bot.post('[]')).status).toBe(400)
    expect(recorder.posts()).toHaveLength(0)
    expect(bot.store.revision).toBe(0)
  })

  it('refuses other tenants politely when TEAMS_ALLOWED_TENANTS is set', async () => {
    bot = await startBot({ commands: testCommands, env: { TEAMS_ALLOWED_TENANTS: 'other-tenant, second' } })
    await bot.post(personalMessage(recorder.url, 'bump'))
    const [post] = recorder.posts()
    expect(texts(cardOf(post!))[0]).toMatch(/not available to your organisation/)
    expect(bot.store.revision).toBe(0)
    expect(bot.store.all('conversations')).toHaveLength(0)
    await bot.post(botAdded(recorder.url))
    expect(texts(cardOf(recorder.posts()[1]!))[0]).toMatch(/not available to your organisation/)
    expect(bot.store.all('conversations')).toHaveLength(0)
  })

  it('serves an allowed tenant', async () => {
    bot = await startBot({ commands: testCommands, env: { TEAMS_ALLOWED_TENANTS: `other,${TENANT}` } })
    await bot.post(personalMessage(recorder.url, 'bump'))
    expect(texts(cardOf(recorder.posts()[0]!))).toEqual(['bumped to 1'])
  })

  it('splits a 200-row list over several messages (within the cap), each inside the size limit, rows in order', async () => {
    bot = await startBot({ commands: testCommands })
    await bot.post(personalMessage(recorder.url, 'list 200'))
    const posts = recorder.posts()
    expect(posts.length).toBeGreaterThan(1)
    expect(posts.length).toBeLessThanOrEqual(MAX_MESSAGES)
    const rows: string[] = []
    posts.forEach((post, i) => {
      expect(utf16Bytes(post.body)).toBeLessThanOrEqual(MAX_ACTIVITY_BYTES)
      const card = cardOf(post)
      const lines = texts(card)
      expect(lines[0]).toBe(
        i === 0 ? '200 renewals' : `200 renewals (continued, ${i + 1} of ${posts.length})`,
      )
      rows.push(...lines.filter((l) => l.startsWith('Vendor ')))
    })
    expect(rows).toHaveLength(200)
    expect(rows[0]).toMatch(/^Vendor 001 /)
    expect(rows[199]).toMatch(/^Vendor 200 /)
    expect(texts(cardOf(posts.at(-1)!)).at(-1)).toBe('Total: 62,100,000.00 USD')
  })

  it('shows typing when slow, and posts the answer proactively when slower than the turn may wait', async () => {
    bot = await startBot({ commands: testCommands, timing: { typingAfterMs: 50, deferAfterMs: 100 } })
    slowGate.reset()
    const activity = personalMessage(recorder.url, 'slow')
    expect((await bot.post(activity)).status).toBe(200)
    expect(recorder.posts().map((p) => p.body.type)).toEqual(['typing'])
    slowGate.open()
    await expect.poll(() => recorder.posts().length, { timeout: 5000 }).toBe(2)
    const late = recorder.posts()[1]!
    expect(late.path).toBe(`/v3/conversations/${PERSONAL_ID}/activities`)
    expect(texts(cardOf(late))).toEqual(['finally'])
  })
})

describe('forms', () => {
  it('renders reply.form as inputs with a submit carrying the command', async () => {
    bot = await startBot({ commands: testCommands })
    await bot.post(personalMessage(recorder.url, 'form'))
    const card = cardOf(recorder.posts()[0]!)
    const inputs = (card.body as Record<string, unknown>[]).filter((e) => String(e.type).startsWith('Input.'))
    expect(inputs.map((i) => [i.type, i.id, i.label, i.isRequired])).toEqual([
      ['Input.Text', 'field:name', 'Name', true],
      ['Input.ChoiceSet', 'field:tier', 'Risk tier', true],
      ['Input.Date', 'field:start', 'Start', false],
      ['Input.Text', 'field:notes', 'Notes', false],
    ])
    expect(inputs[1]?.choices).toEqual(
      ['critical', 'high', 'medium', 'low'].map((v) => ({ title: v, value: v })),
    )
    const [submit] = card.actions as { type: string; title: string; data: { form: string } }[]
    expect(submit?.type).toBe('Action.Submit')
    expect(submit?.title).toBe('Add')
    expect(submit?.data.form).toBe('vendor add')
  })

  it('shows the form again in place with the field errors, then runs the completed command', async () => {
    bot = await startBot({ commands: testCommands })
    await bot.post(personalMessage(recorder.url, 'form'))
    const data = (cardOf(recorder.posts()[0]!).actions as { data: Record<string, unknown> }[])[0]!.data

    await bot.post(
      cardSubmit(recorder.url, { ...data, 'field:name': 'Acme Corp', 'field:tier': '' }, 'card-7'),
    )
    const again = recorder.posts()[1]!
    expect(again.method).toBe('PUT')
    expect(again.path).toBe(`/v3/conversations/${PERSONAL_ID}/activities/card-7`)
    const card = cardOf(again)
    expect(texts(card)).toContain('Pick a risk tier.')
    const name = (card.body as Record<string, unknown>[]).find((e) => e.id === 'field:name')
    expect(name?.value).toBe('Acme Corp')
    expect(bot.store.revision).toBe(1) // only the conversation reference

    await bot.post(
      cardSubmit(recorder.url, {
        ...data,
        'field:name': 'Acme Corp',
        'field:tier': 'high',
        'field:start': '2027-02-01',
      }),
    )
    const done = recorder.posts()[2]!
    expect(done.method).toBe('PUT')
    expect(done.path).toBe(`/v3/conversations/${PERSONAL_ID}/activities/card-1`)
    expect(texts(cardOf(done))).toEqual(['added: name "Acme Corp" tier high start 2027-02-01'])
  })
})
