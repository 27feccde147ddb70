import { describe, expect, it } from 'vitest'
import { renderReply } from '../../adapters/console/render.ts'
import { answer, type Reply, rejected } from '../../src/reply/reply.ts'

const longName = 'Société Générale Informatique et Services Numériques de la Région Parisienne SAS'

const cases: { name: string; reply: Reply; expected: string }[] = [
  {
    name: 'title, text with a mention and fields',
    reply: answer({
      title: 'Contoso',
      text: [['Owner ', { mention: 'U0NORTH' }, ' ', { strong: 'critical' }]],
      fields: [
        { label: 'Tier', value: 'critical' },
        { label: 'Owner', value: [{ mention: 'U0NORTH' }] },
      ],
    }),
    expected: 'Contoso\nOwner U0NORTH critical\nTier: critical\nOwner: U0NORTH',
  },
  {
    name: 'sections with items, an empty section, footer and actions',
    reply: answer({
      title: 'Renewals 2027-01-15..2027-04-15',
      sections: [
        {
          heading: 'Notice missed',
          items: [{ text: `${longName} — Mainframe support: notice missed 16 days ago` }],
        },
        { heading: 'Due', items: [], empty: 'No renewals in this window.' },
      ],
      footer: ['Total: 207,000.00 USD'],
      actions: [{ label: 'Next 60 days', command: 'renewals 60 days' }],
    }),
    expected: [
      'Renewals 2027-01-15..2027-04-15',
      '',
      'Notice missed',
      `- ${longName} — Mainframe support: notice missed 16 days ago`,
      '',
      'Due',
      'No renewals in this window.',
      '',
      'Total: 207,000.00 USD',
      '[Next 60 days] → renewals 60 days',
    ].join('\n'),
  },
  {
    name: 'item actions are listed under their item',
    reply: answer({
      sections: [
        {
          items: [
            { text: 'Contoso Ltd', actions: [{ label: 'Contoso Ltd', command: 'vendor "Contoso Ltd"' }] },
          ],
        },
      ],
    }),
    expected: '- Contoso Ltd\n    [Contoso Ltd] → vendor "Contoso Ltd"',
  },
  {
    name: 'a rejection with its form and example',
    reply: rejected('Unknown vendor "Contosso".', 'vendor <name>', 'vendor Contoso'),
    expected: 'Unknown vendor "Contosso".\nForm: vendor <name>\nExample: vendor Contoso',
  },
  {
    // The terminal takes the full line (SPEC §4.3): the form and field errors are for chat surfaces.
    name: 'a rejection carrying a form and field errors shows only its text',
    reply: {
      ...rejected(
        'Bad end_date: must be after start. Nothing was changed.',
        'contract add <vendor> <title> kind <k>',
        'contract add Contoso "Office 365" kind saas',
      ),
      form: {
        command: 'contract add',
        title: 'New contract',
        submitLabel: 'Add',
        prompt: 'Fill in kind (kind).',
        fields: [
          { name: 'kind', label: 'Kind', type: 'choice', required: true, options: ['saas', 'licence'] },
          { name: 'notes', label: 'Notes', type: 'text', required: false, value: 'x', error: 'too long' },
        ],
      },
      fieldErrors: { end_date: 'must be after start' },
    },
    expected: [
      'Bad end_date: must be after start. Nothing was changed.',
      'Form: contract add <vendor> <title> kind <k>',
      'Example: contract add Contoso "Office 365" kind saas',
    ].join('\n'),
  },
]

describe('renderReply', () => {
  for (const c of cases) {
    it(c.name, () => {
      expect(renderReply(c.reply)).toBe(c.expected)
    })
  }

  it('uses no escape codes without colour and some with it', () => {
    const reply = rejected('Bad input', 'help', 'help')
    expect(renderReply(reply)).not.toContain('\u001b[')
    const coloured = renderReply({ ...answer({ title: 'T', sections: [{ heading: 'H' }] }) }, { color: true })
    expect(coloured).toContain('\u001b[1mT')
    expect(renderReply(reply, { color: true })).toContain('\u001b[31mBad input')
  })

  it('strips every escape sequence and control character of the reply’s own text, keeping its styling', () => {
    // A window title (OSC … BEL and OSC … ST), a clear screen, a C1 CSI, a hyperlink, backspace and CR.
    const hostile =
      'A\u001b]0;owned\u0007B\u001b[2JC\u009b31mD\u001b]8;;http://x.example\u001b\\E\u0008F\rG\u001bcH'
    const reply = answer({
      title: hostile,
      text: [['x', { strong: hostile }, { mention: `U1${hostile}` }]],
      fields: [{ label: hostile, value: hostile }],
      sections: [
        { heading: hostile, items: [{ text: hostile, actions: [{ label: hostile, command: hostile }] }] },
      ],
      footer: [hostile],
    })
    for (const color of [false, true]) {
      const out = renderReply(reply, { color })
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the styling render adds
      const withoutStyling = out.replace(/\u001b\[(1|2|22|31|39)m/g, '')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may be left
      expect(withoutStyling).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
      expect(withoutStyling).toContain('ABCDEFGH')
    }
    expect(renderReply(reply, { color: true })).toContain('\u001b[1mABCDEFGH')
    // Tab and line feed are layout, kept.
    expect(renderReply(answer({ text: ['a\tb\nc'] }))).toBe('a\tb\nc')
  })

  it('never truncates names', () => {
    const out = renderReply(answer({ sections: [{ items: [{ text: longName.repeat(5) }] }] }))
    expect(out).toBe(`- ${longName.repeat(5)}`)
  })
})
