// The pure pieces of the Teams adapter: activity → request, text → card markdown, form values →
// command line, the redelivery guard and the stored conversation reference.
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import type { InboundActivity } from '../../../adapters/teams/activity.ts'
import { authSettings, createBotFramework } from '../../../adapters/teams/bot-framework.ts'
import { renderReply } from '../../../adapters/teams/card.ts'
import { MAX_ACTIVITY_BYTES, utf16Bytes } from '../../../adapters/teams/card-envelope.ts'
import { saveConversation, stableReference } from '../../../adapters/teams/conversations.ts'
import { formCommand } from '../../../adapters/teams/form-card.ts'
import { channelRef, cleanText, submitOf, tenantOf, userOf } from '../../../adapters/teams/inbound.ts'
import { NameDirectory } from '../../../adapters/teams/names.ts'
import { escapeMarkdown, isTeamsUserId, renderText } from '../../../adapters/teams/text.ts'
import { loadConfig } from '../../../src/config/config.ts'
import { ConfigError } from '../../../src/errors/errors.ts'
import { answer } from '../../../src/reply/reply.ts'
import { ManualClock } from '../../support/manual-clock.ts'
import { MemoryStore } from '../../support/memory-store.ts'
import { silentLogger } from '../../support/silent-logger.ts'
import { countedItems } from '../counted-items.ts'

const bot = { id: '28:bot', name: 'Tickler' }

function message(text: string, entities: InboundActivity['entities'] = []): InboundActivity {
  return { type: 'message', text, recipient: bot, entities }
}

describe('cleanText', () => {
  it.each([
    ['<at>Tickler</at> renewals next 60 days', 'renewals next 60 days'],
    ['renewals <at>Tickler</at>', 'renewals'],
    ['<at>Tickler</at>\u00a0help\n', 'help'],
    ['  agenda  ', 'agenda'],
  ])('%j → %j', (text, clean) => {
    expect(cleanText(message(text, [{ type: 'mention', text: '<at>Tickler</at>', mentioned: bot }]))).toBe(
      clean,
    )
  })

  it('replaces other people’s mentions with their ids, keeps unrelated <at> text when no entity names it', () => {
    const activity = message('<at>Tickler</at> admins add <at>Jane Doe</at>', [
      { type: 'mention', text: '<at>Tickler</at>', mentioned: bot },
      { type: 'mention', text: '<at>Jane Doe</at>', mentioned: { id: '29:1jane', name: 'Jane Doe' } },
    ])
    expect(cleanText(activity)).toBe('admins add 29:1jane')
    expect(cleanText(message('<at>Tickler</at> help'))).toBe('<at>Tickler</at> help')
    const split = message('<at>Tickler</at> <at>Bot</at> admins add <at>Jane</at> <at>Doe</at>', [
      { type: 'mention', text: '<at>Tickler</at>', mentioned: bot },
      { type: 'mention', text: '<at>Bot</at>', mentioned: bot },
      { type: 'mention', text: '<at>Jane</at>', mentioned: { id: '29:1jane', name: 'Jane Doe' } },
      { type: 'mention', text: '<at>Doe</at>', mentioned: { id: '29:1jane', name: 'Jane Doe' } },
    ])
    expect(cleanText(split)).toBe('admins add 29:1jane')
    const known = new NameDirectory()
    known.learn({ id: '29:1jane', name: 'Jane Doe', aadObjectId: 'aad-jane' })
    expect(cleanText(split, known.userIdOf)).toBe('admins add aad-jane')
    expect(known.nameOf('aad-jane')).toBe('Jane Doe')
    expect(known.userIdOf('29:2someone')).toBe('29:2someone')
  })
})

describe('who and where', () => {
  it('uses the Entra object id, else the Teams id; the tenant from channelData, else the conversation', () => {
    expect(userOf({ type: 'message', from: { id: '29:1', aadObjectId: 'aad-1' } })).toBe('aad-1')
    expect(userOf({ type: 'message', from: { id: '29:1' } })).toBe('29:1')
    expect(
      tenantOf({
        type: 'message',
        channelData: { tenant: { id: 't1' } },
        conversation: { id: 'c', tenantId: 't2' },
      }),
    ).toBe('t1')
    expect(tenantOf({ type: 'message', conversation: { id: 'c', tenantId: 't2' } })).toBe('t2')
    expect(tenantOf({ type: 'message' })).toBeUndefined()
  })

  it('names a channel thread by its channel', () => {
    expect(channelRef('19:abc@thread.tacv2;messageid=1700000000001')).toBe('teams:19:abc@thread.tacv2')
    expect(channelRef('a:1personal')).toBe('teams:a:1personal')
  })

  it('reads card submits: a command button, a form with its prefixed inputs, or nothing', () => {
    expect(submitOf({ type: 'message', value: { command: ' renewals ' } })).toEqual({
      kind: 'command',
      command: 'renewals',
    })
    expect(
      submitOf({
        type: 'message',
        value: { form: 'vendor add', spec: {}, 'field:name': 'Acme', 'field:n': 3, other: 'x' },
      }),
    ).toEqual({ kind: 'form', form: 'vendor add', spec: {}, values: { name: 'Acme', n: '3' } })
    expect(submitOf({ type: 'message', value: { command: '' } })).toBeUndefined()
    expect(submitOf({ type: 'message', value: 'text' })).toBeUndefined()
    expect(submitOf({ type: 'message' })).toBeUndefined()
  })
})

describe('markdown and mentions', () => {
  it('escapes what Teams would format, and nothing it shows literally', () => {
    expect(escapeMarkdown('*bold* _italic_ snake_case [link](https://x.example)')).toBe(
      '\\*bold\\* \\_italic\\_ snake_case \\[link](https://x.example)',
    )
    expect(escapeMarkdown('# not a heading > `code` ~x~ C:\\dir [x]')).toBe(
      '# not a heading > `code` ~x~ C:\\dir [x]',
    )
    expect(renderText('1. first', () => undefined).markdown).toBe('1\\. first')
    expect(renderText('- item', () => undefined).markdown).toBe('\\- item')
    expect(renderText('-5 days', () => undefined).markdown).toBe('-5 days')
  })

  it('knows which ids Teams can mention', () => {
    expect(isTeamsUserId('6b1f4c1e-0000-4000-8000-00000000a001')).toBe(true)
    expect(isTeamsUserId('29:1abcdef')).toBe(true)
    expect(isTeamsUserId('8:orgid:6b1f4c1e')).toBe(true)
    expect(isTeamsUserId('U0NORTH')).toBe(false)
    expect(isTeamsUserId('jane@example.com')).toBe(false)
  })

  it('mentions the same person once in the entities however often named', () => {
    const id = '29:1jane'
    const rendered = renderText([{ mention: id }, ' and ', { mention: id }], () => 'Jane')
    expect(rendered.markdown).toBe('<at>Jane</at> and <at>Jane</at>')
    expect(rendered.mentions).toHaveLength(1)
    expect(renderText([{ mention: id }], () => undefined).markdown).toBe(`<at>${id}</at>`)
  })

  it('renders an empty list with its empty text, and a rejection with attention', () => {
    const [activity] = renderReply({
      status: 'rejected',
      text: ['No such vendor "Acm".', ['Form: ', { code: 'vendor <name>' }]],
      sections: [{ heading: 'Renewals', items: [], empty: 'No renewals in this window.' }],
    })
    const body = (activity!.attachments![0]!.content as { body: Record<string, unknown>[] }).body
    expect(body[0]).toMatchObject({ type: 'TextBlock', text: 'No such vendor "Acm".', color: 'Attention' })
    expect(body[1]).toMatchObject({ text: 'Form: vendor <name>' })
    expect(body.at(-1)).toMatchObject({ text: 'No renewals in this window.', isSubtle: true })
  })

  it('puts item buttons next to their item', () => {
    const [activity] = renderReply(
      answer({
        sections: [
          { items: [{ text: 'Acme — Support', actions: [{ label: 'Ack', command: 'remind ack 1' }] }] },
        ],
      }),
    )
    const body = (activity!.attachments![0]!.content as { body: Record<string, unknown>[] }).body
    expect(body).toEqual([
      { type: 'TextBlock', text: 'Acme — Support', wrap: true, spacing: 'Small' },
      {
        type: 'ActionSet',
        actions: [{ type: 'Action.Submit', title: 'Ack', data: { command: 'remind ack 1' } }],
      },
    ])
  })
})

describe('a reply longer than the messages it may use', () => {
  it('is rendered only as far as it can be shown: rows past the cap are counted, never read', () => {
    const { items, reads } = countedItems(20_000)
    const activities = renderReply(
      answer({
        sections: [{ heading: 'Soon', items: items.slice(0, 12_000) }, { items: items.slice(12_000) }],
      }),
      { maxMessages: 6, command: 'renewals' },
    )
    expect(activities).toHaveLength(6)
    for (const activity of activities) expect(utf16Bytes(activity)).toBeLessThanOrEqual(MAX_ACTIVITY_BYTES)
    expect(reads()).toBeLessThan(3_000)
    const blocks = activities.flatMap(
      (a) => (a.attachments![0]!.content as { body: { text?: string }[] }).body,
    )
    const shown = blocks.filter((b) => b.text?.startsWith('Contract ')).length
    expect(blocks.at(-1)!.text).toContain(`… and ${20_000 - shown} more lines not shown here`)
  })
})

describe('formCommand', () => {
  it('writes keyword-value pairs in field order, quoting values with spaces and skipping blanks', () => {
    const fields = [{ name: 'name' }, { name: 'tier' }, { name: 'notes' }, { name: 'email' }]
    expect(
      formCommand('vendor add', fields, { name: 'Acme Corp', tier: 'high', notes: ' ', email: 'a@b.c' }),
    ).toBe('vendor add name "Acme Corp" tier high email a@b.c')
    expect(formCommand('vendor edit', [{ name: 'notes' }], { notes: 'says "hi"' })).toBe(
      `vendor edit notes 'says "hi"'`,
    )
    expect(formCommand('vendor edit', [{ name: 'notes' }], { notes: `it's "x"` })).toBe(
      `vendor edit notes “it's "x"”`,
    )
    expect(formCommand('vendor edit', [{ name: 'notes' }], { notes: 'line one\r\n  line two\n' })).toBe(
      'vendor edit notes "line one line two"',
    )
  })
})

describe('conversation references', () => {
  const reference = {
    activityId: '1700000000001',
    user: { id: '29:1jane', name: 'Jane' },
    bot,
    conversation: {
      id: '19:abc@thread.tacv2;messageid=1700000000001',
      conversationType: 'channel',
      tenantId: 't1',
    },
    channelId: 'msteams',
    locale: 'en-GB',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
  }

  it('keeps the stable part, for the channel rather than the thread', () => {
    expect(stableReference(reference)).toEqual({
      bot,
      conversation: { id: '19:abc@thread.tacv2', conversationType: 'channel', tenantId: 't1' },
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
    })
  })

  it('writes a new or changed reference once, audited as conversation.save, and skips unchanged ones', async () => {
    const store = new MemoryStore()
    const clock = new ManualClock(Temporal.Instant.from('2027-01-15T09:00:00Z'))
    expect(await saveConversation(store, clock, reference, 'aad-1', 'r1')).toBe(true)
    const saved = store.get('conversations', 'teams:19:abc@thread.tacv2')
    expect(saved).toMatchObject({ platform: 'teams', updatedAt: '2027-01-15T09:00:00.000Z' })
    clock.advance({ hours: 1 })
    const other = { ...reference, activityId: '1700000000002', user: { id: '29:2bob' }, locale: 'de-DE' }
    expect(await saveConversation(store, clock, other, 'aad-2')).toBe(false)
    expect(store.revision).toBe(1)
    const moved = { ...reference, serviceUrl: 'https://smba.trafficmanager.net/amer/' }
    expect(await saveConversation(store, clock, moved, 'aad-2')).toBe(true)
    expect(store.get('conversations', 'teams:19:abc@thread.tacv2')?.updatedAt).toBe(
      '2027-01-15T10:00:00.000Z',
    )
  })
})

describe('authSettings', () => {
  it('passes the standard keys and fills unset endpoint overrides with the public cloud values', () => {
    const config = loadConfig({
      MicrosoftAppId: 'app',
      MicrosoftAppPassword: 'pw',
      ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:9/openid',
    })
    const settings = authSettings(config)
    expect(settings).toMatchObject({
      MicrosoftAppId: 'app',
      MicrosoftAppPassword: 'pw',
      ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:9/openid',
      ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
    })
    expect(authSettings(loadConfig({ MicrosoftAppId: 'app' }))).toEqual({ MicrosoftAppId: 'app' })
  })
})

describe('empty replies', () => {
  it('say whether it was done rather than showing a blank card', () => {
    const body = (reply: Parameters<typeof renderReply>[0]) =>
      (renderReply(reply)[0]!.attachments![0]!.content as { body: { text: string }[] }).body.map(
        (b) => b.text,
      )
    expect(body({ status: 'ok' })).toEqual(['Done.'])
    expect(body({ status: 'rejected' })).toEqual(['Not done.'])
  })
})

describe('Bot Framework configuration', () => {
  it('is a configuration error (exit 2), naming the variable, when the app type needs a tenant', () => {
    expect(() => loadConfig({ MicrosoftAppId: 'app', MicrosoftAppType: 'SingleTenant' })).toThrow(
      /MicrosoftAppTenantId must be set when MicrosoftAppType is SingleTenant/,
    )
    // Anything botbuilder itself refuses at construction is a configuration error too.
    const config = { ...loadConfig({ MicrosoftAppId: 'app' }), MicrosoftAppType: 'UserAssignedMSI' as const }
    expect(() => createBotFramework(config, silentLogger)).toThrow(ConfigError)
    expect(() => createBotFramework(config, silentLogger)).toThrow(/MicrosoftAppTenantId/)
    expect(() => loadConfig({ ValidateAuthority: 'maybe' })).toThrow(
      /ValidateAuthority must be true or false/,
    )
  })
})

describe('paging', () => {
  it('splits a long field list too, keeping every fact in order and each message inside the limit', () => {
    const fields = Array.from({ length: 400 }, (_, i) => ({
      label: `Contract ${i + 1}`,
      value: `Enterprise support agreement number ${i + 1}, notice 2027-03-31, 207,000.00 USD`,
    }))
    const pages = renderReply(answer({ title: 'Contracts', fields }))
    expect(pages.length).toBeGreaterThan(1)
    const facts: string[] = []
    for (const page of pages) {
      expect(utf16Bytes(page)).toBeLessThanOrEqual(MAX_ACTIVITY_BYTES)
      const body = (page.attachments![0]!.content as { body: { facts?: { title: string }[] }[] }).body
      for (const element of body) facts.push(...(element.facts ?? []).map((f) => f.title))
    }
    expect(facts).toEqual(fields.map((f) => f.label))
  })
})
