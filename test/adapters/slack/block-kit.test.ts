// The Block Kit renderer, table-tested: every Reply element and every Slack limit.
import { describe, expect, it } from 'vitest'
import { LIMITS, renderMessages, splitLong } from '../../../adapters/slack/block-kit.ts'
import { answer, type Item, type Reply } from '../../../src/reply/reply.ts'
import { countedItems } from '../counted-items.ts'

type Json = Record<string, unknown>

function blocks(reply: Reply, options = {}): Json[] {
  const messages = renderMessages(reply, options)
  expect(messages).toHaveLength(1)
  return messages[0]!.blocks as unknown as Json[]
}

function textOf(block: Json): string {
  return (block.text as { text: string }).text
}

describe('renderMessages: one element each', () => {
  const cases: [string, Reply, Json[]][] = [
    [
      'title → header',
      answer({ title: 'Renewals in the next 90 days' }),
      [{ type: 'header', text: { type: 'plain_text', text: 'Renewals in the next 90 days', emoji: false } }],
    ],
    [
      'text → section mrkdwn, lines joined',
      answer({
        text: [
          'First line',
          ['Owner: ', { mention: 'U0NORTH' }, ' ', { strong: 'now' }, ' ', { code: 'risk due' }],
        ],
      }),
      [{ type: 'section', text: { type: 'mrkdwn', text: 'First line\nOwner: <@U0NORTH> *now* `risk due`' } }],
    ],
    [
      'fields → section fields',
      answer({ fields: [{ label: 'Tier', value: 'high' }] }),
      [{ type: 'section', fields: [{ type: 'mrkdwn', text: '*Tier*\nhigh' }] }],
    ],
    [
      'section heading, items, footer',
      answer({
        sections: [{ heading: 'Notice missed', items: [{ text: 'Acme — Support' }] }],
        footer: ['Total 1.00 USD'],
      }),
      [
        { type: 'section', text: { type: 'mrkdwn', text: '*Notice missed*' } },
        { type: 'section', text: { type: 'mrkdwn', text: '• Acme — Support' } },
        { type: 'section', text: { type: 'mrkdwn', text: 'Total 1.00 USD' } },
      ],
    ],
    [
      'empty section → its empty text',
      answer({ sections: [{ items: [], empty: 'No renewals in this window.' }] }),
      [{ type: 'section', text: { type: 'mrkdwn', text: 'No renewals in this window.' } }],
    ],
    [
      'actions → buttons carrying the command',
      answer({ text: ['x'], actions: [{ label: 'Acknowledge', command: 'ack c1', style: 'primary' }] }),
      [
        { type: 'section', text: { type: 'mrkdwn', text: 'x' } },
        {
          type: 'actions',
          elements: [
            {
              type: 'button',
              action_id: 'tickler_run:0',
              text: { type: 'plain_text', text: 'Acknowledge', emoji: false },
              value: 'ack c1',
              style: 'primary',
            },
          ],
        },
      ],
    ],
    [
      'an item with one button → accessory',
      answer({
        sections: [
          { items: [{ text: 'Acme', actions: [{ label: 'Done', command: 'risk done Acme soc2' }] }] },
        ],
      }),
      [
        {
          type: 'section',
          text: { type: 'mrkdwn', text: '• Acme' },
          accessory: {
            type: 'button',
            action_id: 'tickler_run:0',
            text: { type: 'plain_text', text: 'Done', emoji: false },
            value: 'risk done Acme soc2',
          },
        },
      ],
    ],
  ]
  it.each(cases)('%s', (_name, reply, expected) => {
    expect(blocks(reply)).toEqual(expected)
  })

  it('adds Share in channel after the reply actions', () => {
    const out = blocks(answer({ text: ['x'], actions: [{ label: 'A', command: 'a' }] }), {
      shareCommand: 'vendor Acme',
    })
    const elements = (out.at(-1) as { elements: Json[] }).elements
    expect(elements.map((e) => e.action_id)).toEqual(['tickler_run:0', 'tickler_share'])
    expect(elements[1]!.value).toBe('vendor Acme')
  })

  it('keeps a title longer than a header allows whole, in bold', () => {
    const title = `Vendor ${'x'.repeat(200)}`
    expect(blocks(answer({ title }))[0]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: `*${title}*` },
    })
  })

  it('escapes every plain string, labels and headings included', () => {
    const out = JSON.stringify(
      blocks(
        answer({
          text: ['<!channel> & <@U1>'],
          fields: [{ label: '<!here>', value: '*x*' }],
          sections: [{ heading: '<!everyone>', items: [{ text: '<https://evil|click>' }] }],
        }),
      ),
    )
    expect(out).not.toMatch(/<!channel>|<!here>|<!everyone>|<@U1>|<https/)
    expect(out).toContain('&lt;!channel&gt; &amp; &lt;@U1&gt;')
  })
})

describe('renderMessages: limits', () => {
  const row = (i: number): Item => ({
    text: `Vendor ${String(i).padStart(3, '0')} — a contract title long enough to matter, notice 2027-01-01, 37 days, 207,000.00 USD`,
  })

  function check(messages: ReturnType<typeof renderMessages>) {
    for (const m of messages) {
      expect(m.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage)
      let chars = 0
      for (const b of m.blocks as unknown as Json[]) {
        if (b.text) {
          expect(textOf(b).length).toBeLessThanOrEqual(LIMITS.sectionText)
          chars += textOf(b).length
        }
        const fields = b.fields as { text: string }[] | undefined
        if (fields) {
          expect(fields.length).toBeLessThanOrEqual(LIMITS.fieldsPerSection)
          for (const f of fields) expect(f.text.length).toBeLessThanOrEqual(LIMITS.fieldText)
        }
        const elements = b.elements as unknown[] | undefined
        if (b.type === 'actions') expect(elements!.length).toBeLessThanOrEqual(LIMITS.elementsPerActions)
      }
      expect(chars).toBeLessThanOrEqual(LIMITS.messageChars)
      expect(m.text.length).toBeLessThanOrEqual(LIMITS.fallbackText + 10)
    }
  }

  it('splits 300 rows over several messages, every row present once', () => {
    const items = Array.from({ length: 300 }, (_, i) => row(i + 1))
    const messages = renderMessages(answer({ title: '300 rows', sections: [{ items }] }))
    check(messages)
    expect(messages.length).toBeGreaterThan(1)
    const lines = messages.flatMap((m) =>
      (m.blocks as unknown as Json[]).filter((b) => b.text).flatMap((b) => textOf(b).split('\n')),
    )
    expect(lines.filter((l) => l.startsWith('• Vendor'))).toHaveLength(300)
    expect(messages[1]!.text).toBe('300 rows (2/3)')
  })

  it('ends with a "more" note when the reply needs more messages than allowed, buttons kept', () => {
    const items = Array.from({ length: 300 }, (_, i) => ({
      ...row(i + 1),
      actions: [{ label: 'Ack', command: `ack ${i}` }],
    }))
    const messages = renderMessages(
      answer({ sections: [{ items }], actions: [{ label: 'Snooze all', command: 'snooze' }] }),
      { maxMessages: 2, shareCommand: 'renewals' },
    )
    check(messages)
    expect(messages).toHaveLength(2)
    const last = messages[1]!.blocks as unknown as Json[]
    const note = last.find((b) => b.type === 'context') as { elements: { text: string }[] }
    const shown = messages.flatMap((m) => m.blocks as unknown as Json[]).filter((b) => b.accessory).length
    expect(note.elements[0]!.text).toContain(`… and ${300 - shown} more lines not shown here`)
    const tail = last.at(-1) as { elements: { action_id: string }[] }
    expect(tail.elements.map((e) => e.action_id)).toEqual([
      expect.stringMatching(/^tickler_run:/),
      'tickler_share',
    ])
  })

  it('puts 23 fields in sections of at most 10', () => {
    const fields = Array.from({ length: 23 }, (_, i) => ({ label: `F${i}`, value: 'v' }))
    const out = blocks(answer({ fields }))
    expect(out.map((b) => (b.fields as unknown[]).length)).toEqual([10, 10, 3])
  })

  it('puts 30 buttons in actions blocks of at most 25', () => {
    const actions = Array.from({ length: 30 }, (_, i) => ({ label: `B${i}`, command: `c ${i}` }))
    const out = blocks(answer({ actions }))
    expect(out.map((b) => (b.elements as unknown[]).length)).toEqual([25, 5])
  })

  it('cuts one very long line at spaces into sections of at most 3000', () => {
    const long = Array.from({ length: 1000 }, () => 'word').join(' ')
    const out = blocks(answer({ text: [long] }))
    check([{ text: '', blocks: out as never }])
    expect(out.map(textOf).join(' ')).toBe(long)
  })

  it('never cuts inside an entity', () => {
    const parts = splitLong(`${'a'.repeat(2998)}&amp;bbb`, 3000)
    expect(parts[0]!.endsWith('a')).toBe(true)
    expect(parts[1]!.startsWith('&amp;')).toBe(true)
  })

  it('truncates a long button label but never its command', () => {
    const out = blocks(answer({ actions: [{ label: 'L'.repeat(100), command: 'vendor Acme' }] }))
    const button = (out[0]!.elements as { text: { text: string }; value: string }[])[0]!
    expect(button.text.text.length).toBe(LIMITS.buttonText)
    expect(button.value).toBe('vendor Acme')
  })
})

describe('renderMessages: never an invalid block', () => {
  it('drops empty lines and label-less, command-less buttons', () => {
    const out = blocks(
      answer({
        text: ['', '  '],
        actions: [
          { label: '', command: 'vendor Acme' },
          { label: 'Nothing', command: ' ' },
        ],
      }),
    )
    expect(out).toEqual([
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: 'tickler_run:0',
            text: { type: 'plain_text', text: 'vendor Acme', emoji: false },
            value: 'vendor Acme',
          },
        ],
      },
    ])
  })
})

describe('renderMessages: a reply longer than the messages it may use', () => {
  /** Listed rows shown: the bullet lines of the sections, however many blocks they fill. */
  const shownRows = (messages: ReturnType<typeof renderMessages>) =>
    messages
      .flatMap((m) => m.blocks as unknown as Json[])
      .filter((b) => b.type === 'section' && b.text)
      .flatMap((b) => textOf(b).split('\n'))
      .filter((line) => line.startsWith('• ')).length
  const noteOf = (messages: ReturnType<typeof renderMessages>) => {
    const last = messages.at(-1)!.blocks as unknown as Json[]
    return (last.find((b) => b.type === 'context') as { elements: { text: string }[] }).elements[0]!.text
  }

  it('renders only what it can show: rows past the cap are counted, never read', () => {
    const { items, reads } = countedItems(20_000)
    const messages = renderMessages(
      answer({
        sections: [{ heading: 'Soon', items: items.slice(0, 12_000) }, { items: items.slice(12_000) }],
      }),
      { maxMessages: 6, command: 'renewals' },
    )
    expect(messages).toHaveLength(6)
    expect(reads()).toBeLessThan(2_000)
    expect(noteOf(messages)).toContain(`… and ${20_000 - shownRows(messages)} more lines not shown here`)
  })

  it('counts a line too long for one section as one row left out', () => {
    const items: Item[] = Array.from({ length: 400 }, (_, i) => ({ text: `Row ${i} ${'x'.repeat(60)}` }))
    // Past the first message: split in three sections, still one line of the list.
    items.splice(300, 0, { text: `Long ${'word '.repeat(1_400)}` })
    const messages = renderMessages(answer({ sections: [{ items }] }), { maxMessages: 1 })
    expect(shownRows(messages)).toBeLessThan(300)
    expect(noteOf(messages)).toContain(`… and ${401 - shownRows(messages)} more lines not shown here`)
  })
})
