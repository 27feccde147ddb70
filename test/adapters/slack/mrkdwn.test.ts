import { describe, expect, it } from 'vitest'
import { cleanText, slashText, stripBotMention } from '../../../adapters/slack/inbound.ts'
import { escapeMrkdwn, mention, toMrkdwn } from '../../../adapters/slack/mrkdwn.ts'

const Z = '\u200B'

describe('escapeMrkdwn', () => {
  it.each([
    ['<!channel>', '&lt;!channel&gt;'],
    ['<@U123>', '&lt;@U123&gt;'],
    ['AT&T', 'AT&amp;T'],
    ['*bold*', `${Z}*${Z}bold${Z}*${Z}`],
    ['_it_ ~st~ `c`', `${Z}_${Z}it${Z}_${Z} ${Z}~${Z}st${Z}~${Z} ${Z}\`${Z}c${Z}\`${Z}`],
    ['snake_case_name', 'snake_case_name'],
    ['2*3', '2*3'],
    ['Acme — Support', 'Acme — Support'],
  ])('%s', (input, expected) => {
    expect(escapeMrkdwn(input)).toBe(expected)
  })
})

describe('toMrkdwn', () => {
  it('formats only the reply’s own inline parts', () => {
    expect(toMrkdwn(['Owner ', { mention: 'U0NORTH' }, ': ', { strong: 'a<b' }, ' ', { code: 'x`y' }])).toBe(
      'Owner <@U0NORTH>: *a&lt;b* `xˋy`',
    )
  })

  it('shows a non-Slack owner (an email) as text, not a broken mention', () => {
    expect(mention('ann@example.com')).toBe('ann@example.com')
    expect(mention('U0NORTH')).toBe('<@U0NORTH>')
  })
})

describe('inbound text', () => {
  it.each([
    ['/renewals', 'next 60 days', 'renewals next 60 days'],
    ['/vendors', '', 'vendors'],
    ['/sla', 'log Acme P1 down', 'sla log Acme P1 down'],
    ['/tickler', 'help renewals', 'help renewals'],
    ['/tickler', '', 'help'],
    ['/vendors', 'owner <@U0NORTH|north>', 'vendors owner U0NORTH'],
    ['/vendor', 'AT&amp;T', 'vendor AT&T'],
    ['/tickler', 'echo <mailto:a@b.com|a@b.com>', 'echo a@b.com'],
  ])('%s %s', (command, text, expected) => {
    expect(slashText(command, text)).toBe(expected)
  })

  it('keeps a typed special mention as text for the renderer to escape', () => {
    expect(cleanText('hi <!channel>')).toBe('hi <!channel>')
  })

  it('strips the bot mention from an app_mention', () => {
    expect(stripBotMention('<@UBOT> renewals next 30 days', 'UBOT')).toBe('renewals next 30 days')
  })
})
