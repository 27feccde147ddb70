// The two validators reject what the platforms reject: a card or message that passes as rendered
// fails as soon as one thing in it is broken, so "no problems" in every-reply-valid means valid.
import { describe, expect, it } from 'vitest'
import { renderMessages } from '../../../adapters/slack/block-kit.ts'
import { renderHome } from '../../../adapters/slack/home-view.ts'
import { renderReply } from '../../../adapters/teams/card.ts'
import type { Reply } from '../../../src/reply/reply.ts'
import { adaptiveCardProblems } from './adaptive-card-check.ts'
import { blockKitProblems } from './block-kit-check.ts'

const REPLY: Reply = {
  status: 'ok',
  title: 'Renewals: next 90 days',
  text: ['2 renewals'],
  fields: [{ label: 'Owner', value: [{ mention: '29:1north' }] }],
  sections: [
    {
      heading: 'Deadlines',
      items: [
        {
          text: 'Contoso — Cloud hosting',
          actions: [{ label: 'Acknowledge', command: 'reminder ack c1 2027-01-01' }],
        },
        { text: 'Fabrikam — Routers' },
      ],
    },
  ],
  actions: [{ label: 'Renew', command: 'contract renew x', style: 'primary' }],
}

type Card = Record<string, unknown> & { body: Record<string, unknown>[] }

function card(): Card {
  const [activity] = renderReply(REPLY, { nameOf: (id) => (id === '29:1north' ? 'Nora North' : undefined) })
  return structuredClone(activity!.attachments![0]!.content) as Card
}

describe('the Adaptive Card check (Microsoft Adaptive Cards SDK)', () => {
  it('passes a card as Teams gets it, msteams width and mentions included', () => {
    const c = card()
    expect(c.msteams).toMatchObject({ width: 'Full', entities: [expect.anything()] })
    expect(adaptiveCardProblems(c)).toEqual([])
  })

  const breakages: [string, (c: Card) => void, RegExp][] = [
    [
      'an unknown element type',
      (c) => c.body.push({ type: 'Carousel.Page', text: 'x' }),
      /Unknown element type/,
    ],
    [
      'an invalid property value',
      (c) => Object.assign(c.body[0]!, { color: 'Purple' }),
      /Invalid value "Purple"/,
    ],
    ['an unknown property', (c) => Object.assign(c.body[0]!, { colour: 'Good' }), /colour: unknown property/],
    [
      'an unknown action type',
      (c) => (c.actions as unknown[]).push({ type: 'Action.Dance', title: 'x' }),
      /Unknown action type|dropped/,
    ],
    ['a newer property than the version', (c) => Object.assign(c, { version: '1.2' }), /version is 1.2/],
    [
      'an msteams key Teams does not know',
      (c) => Object.assign(c.msteams as object, { height: 'Tall' }),
      /msteams: height/,
    ],
    [
      'msteams on an element Teams does not extend',
      (c) => Object.assign(c.body[0]!, { msteams: { width: 'Full' } }),
      /msteams: width/,
    ],
    [
      'a duplicate input id',
      (c) =>
        c.body.push({ type: 'Input.Text', id: 'a', label: 'A' }, { type: 'Input.Text', id: 'a', label: 'B' }),
      /Duplicate Id/,
    ],
    [
      'a required input without a label',
      (c) => c.body.push({ type: 'Input.Text', id: 'b', isRequired: true, errorMessage: 'x' }),
      /should have a label/,
    ],
  ]
  for (const [what, breakIt, expected] of breakages) {
    it(`fails a card with ${what}`, () => {
      const c = card()
      breakIt(c)
      expect(adaptiveCardProblems(c).join('\n')).toMatch(expected)
    })
  }
})

describe('the Block Kit check (Slack limits)', () => {
  const blocks = () =>
    structuredClone(renderMessages(REPLY, { shareCommand: 'renewals' })[0]!.blocks) as Record<
      string,
      unknown
    >[]
  const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } })
  const button = (id: string, text = 'Go') => ({
    type: 'button',
    action_id: id,
    text: { type: 'plain_text', text },
    value: 'help',
  })

  it('passes a message and a Home as rendered', () => {
    expect(blockKitProblems(blocks(), 'message')).toEqual([])
    expect(blockKitProblems(renderHome(REPLY, REPLY).blocks, 'home')).toEqual([])
  })

  const breakages: [string, unknown[], RegExp][] = [
    ['51 blocks in a message', Array.from({ length: 50 }, () => section('x')), /51 blocks, at most 50/],
    ['section text over 3000', [section('x'.repeat(3001))], /3001 characters, at most 3000/],
    ['an empty section text', [section(' ')], /empty text/],
    [
      'a header over 150',
      [{ type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } }],
      /at most 150/,
    ],
    ['a mrkdwn header', [{ type: 'header', text: { type: 'mrkdwn', text: 'h' } }], /plain_text/],
    ['button text over 75', [{ type: 'actions', elements: [button('a', 'b'.repeat(76))] }], /at most 75/],
    [
      'a repeated action_id',
      [
        { type: 'actions', elements: [button('a')] },
        { ...section('x'), accessory: button('a') },
      ],
      /"a" already used/,
    ],
    ['an action_id over 255', [{ type: 'actions', elements: [button('a'.repeat(256))] }], /1-255/],
    [
      '11 context elements',
      [{ type: 'context', elements: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'x' })) }],
      /11 elements, 1-10/,
    ],
    [
      '26 buttons in actions',
      [{ type: 'actions', elements: Array.from({ length: 26 }, (_, i) => button(`b${i}`)) }],
      /26 elements, 1-25/,
    ],
    [
      '11 fields',
      [{ type: 'section', fields: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'f' })) }],
      /11 fields, at most 10/,
    ],
    [
      'a field over 2000',
      [{ type: 'section', fields: [{ type: 'mrkdwn', text: 'f'.repeat(2001) }] }],
      /at most 2000/,
    ],
    [
      'a repeated block_id',
      [
        { ...section('x'), block_id: 'k' },
        { ...section('y'), block_id: 'k' },
      ],
      /block_id "k" is not unique/,
    ],
    ['an unknown block type', [{ type: 'carousel' }], /unknown block type/],
  ]
  for (const [what, broken, expected] of breakages) {
    it(`fails a message with ${what}`, () => {
      expect(blockKitProblems([...blocks().slice(0, 1), ...broken], 'message').join('\n')).toMatch(expected)
    })
  }

  it('holds a Home to 100 blocks', () => {
    const many = Array.from({ length: 101 }, () => section('x'))
    expect(blockKitProblems(many.slice(0, 100), 'home')).toEqual([])
    expect(blockKitProblems(many, 'home').join('\n')).toMatch(/101 blocks, at most 100/)
  })
})
