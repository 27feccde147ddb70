import { describe, expect, it } from 'vitest'
import { quote, scanTokens, tokenize } from '../../src/parse/tokens.ts'

describe('tokenize', () => {
  it.each([
    ['renewals next 60 days', ['renewals', 'next', '60', 'days']],
    ['  vendor   "Contoso Ltd"  ', ['vendor', 'Contoso Ltd']],
    ["vendor 'Contoso Ltd' P1", ['vendor', 'Contoso Ltd', 'P1']],
    ['vendor “Contoso Ltd” P1', ['vendor', 'Contoso Ltd', 'P1']],
    ["vendor Contoso's contracts", ['vendor', "Contoso's", 'contracts']],
    ["O'Reilly Media", ["O'Reilly", 'Media']],
    ['sla log "Acme" P1 "printer down"', ['sla', 'log', 'Acme', 'P1', 'printer down']],
    ['an "unclosed quote', ['an', '"unclosed', 'quote']],
    ['"a"b" c', ['a"b', 'c']],
    ['', []],
  ])('%s', (input, expected) => {
    expect(tokenize(input)).toEqual(expected)
  })

  it('keeps offsets into the original text', () => {
    const [a, b] = scanTokens('x "y z" w')
    expect(a).toEqual({ text: 'x', start: 0, end: 1, quoted: false })
    expect(b).toEqual({ text: 'y z', start: 2, end: 7, quoted: true })
  })

  it('quotes a name so that tokenize reads it back whole', () => {
    for (const name of ['Contoso Ltd', 'The "Best" Co', 'Odd “Quoted” "Name"']) {
      expect(tokenize(`vendor ${quote(name)}`)).toEqual(['vendor', name])
    }
  })
})
