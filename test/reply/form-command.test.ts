import { describe, expect, it } from 'vitest'
import { tokenize } from '../../src/parse/tokens.ts'
import { formCommandLine, quoteValue } from '../../src/reply/form-command.ts'

describe('formCommandLine', () => {
  it('writes name-value pairs in the order given, leaving blank values out', () => {
    const line = formCommandLine('vendor add', [
      ['name', 'Acme Corp'],
      ['notes', '  '],
      ['tier', 'high'],
    ])
    expect(line).toBe('vendor add name "Acme Corp" tier high')
  })

  it('joins a multi-line value into one line', () => {
    expect(formCommandLine('vendor edit', [['notes', ' one\r\n  two\n']])).toBe('vendor edit notes "one two"')
  })

  it.each(['plain', 'two words', 'say "hi"', `it's "x"`])(
    'quotes %s so the tokenizer reads it back as one argument',
    (value) => {
      expect(tokenize(formCommandLine('x', [['v', value]]))).toEqual(['x', 'v', value])
    },
  )

  it('turns curly quotes straight in a value that holds both straight quotes', () => {
    expect(quoteValue(`it's “x” "y"`)).toBe(`“it's "x" "y"”`)
    expect(tokenize(`x v ${quoteValue(`it's “x” "y"`)}`)).toEqual(['x', 'v', `it's "x" "y"`])
  })
})
