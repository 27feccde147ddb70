// A form card's title and field errors quote what was typed ("Bad name: "*Acme*" …"): like every
// other card text they are escaped, so typed markdown shows as typed and never formats.
import { describe, expect, it } from 'vitest'
import { renderFormCard } from '../../../adapters/teams/form-card.ts'
import { cardOf, type Recorded } from './helpers.ts'

describe('form card text', () => {
  it('escapes markdown in the title and in field errors', () => {
    const activity = renderFormCard(
      {
        command: 'vendor edit',
        title: 'Edit *Acme* [site](http://x.example)',
        submitLabel: 'Save',
        fields: [{ name: 'name', label: 'Name', type: 'text', required: true }],
      },
      { fieldErrors: { name: '"_Evil_ **Corp**" is already the name of vendor "[x](http://x.example)"' } },
    )
    const blocks = (
      cardOf({ body: activity } as unknown as Recorded).body as { type: string; text?: string }[]
    ).filter((e) => e.type === 'TextBlock')
    expect(blocks.map((b) => b.text)).toEqual([
      'Edit \\*Acme\\* \\[site](http://x.example)',
      '"\\_Evil\\_ \\*\\*Corp\\*\\*" is already the name of vendor "\\[x](http://x.example)"',
    ])
  })
})
