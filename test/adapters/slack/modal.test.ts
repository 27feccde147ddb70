import { describe, expect, it } from 'vitest'
import { readMetadata, renderModal, submittedValues } from '../../../adapters/slack/modal.ts'
import { formCommandLine, quoteValue } from '../../../src/reply/form-command.ts'

describe('form modal', () => {
  const form = {
    command: 'contract add',
    title: 'Add a contract to the register',
    submitLabel: 'Add',
    fields: [
      { name: 'vendor', label: 'Vendor', type: 'text' as const, required: true, value: 'Acme' },
      {
        name: 'kind',
        label: 'Kind',
        type: 'choice' as const,
        required: true,
        options: ['saas', 'support'],
        value: 'saas',
      },
      { name: 'start', label: 'Start', type: 'date' as const, required: true, error: 'must be a date' },
      { name: 'value', label: 'Annual value', type: 'number' as const, required: false },
    ],
  }

  it('renders inputs keyed by field name, with values, options and errors', () => {
    const view = renderModal(form, { channel: 'slack:T1:C1' })
    expect(view.title.text.length).toBeLessThanOrEqual(24)
    expect(readMetadata(view.private_metadata)).toEqual({ command: 'contract add', channel: 'slack:T1:C1' })
    const blocks = view.blocks as unknown as {
      block_id: string
      optional: boolean
      hint?: { text: string }
      element: Record<string, unknown>
    }[]
    expect(blocks.map((b) => b.block_id)).toEqual(['vendor', 'kind', 'start', 'value'])
    expect(blocks[0]!.element.initial_value).toBe('Acme')
    expect((blocks[1]!.element.initial_option as { value: string }).value).toBe('saas')
    expect(blocks[2]!.element.type).toBe('datepicker')
    expect(blocks[2]!.hint?.text).toBe('⚠ must be a date')
    expect(blocks[3]!.optional).toBe(true)
  })

  it('turns submitted values into the command line, quoted for the tokenizer', () => {
    const values = submittedValues({
      vendor: { value: { type: 'plain_text_input', value: 'Acme Corp' } },
      kind: { value: { type: 'static_select', selected_option: { value: 'saas' } } },
      start: { value: { type: 'datepicker', selected_date: '2027-01-01' } },
      value: { value: { type: 'plain_text_input', value: null } },
    })
    expect(formCommandLine('contract add', values)).toBe(
      'contract add vendor "Acme Corp" kind saas start 2027-01-01',
    )
  })

  it.each([
    ['plain', 'plain'],
    ['two words', '"two words"'],
    ['say "hi"', `'say "hi"'`],
    [`it's "x"`, '“it\'s "x"”'],
  ])('quotes %s', (value, expected) => {
    expect(quoteValue(value)).toBe(expected)
  })
})
