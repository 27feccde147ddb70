import { describe, expect, it } from 'vitest'
import { parseAmountWords } from '../../src/parse/amount-words.ts'

describe('parseAmountWords', () => {
  it.each([
    ['100k', { amount: '100000' }],
    ['100K', { amount: '100000' }],
    ['1.3m', { amount: '1300000' }],
    ['1.25 million', { amount: '1250000' }],
    ['125,000', { amount: '125000' }],
    ['1499.50', { amount: '1499.5' }],
    ['$50k', { amount: '50000', currency: 'USD' }],
    ['€200k', { amount: '200000', currency: 'EUR' }],
    ['£7.5k', { amount: '7500', currency: 'GBP' }],
    ['70k usd', { amount: '70000', currency: 'USD' }],
    ['EUR 2.5m', { amount: '2500000', currency: 'EUR' }],
    ['1.3m brl', { amount: '1300000', currency: 'BRL' }],
    ['2bn', { amount: '2000000000' }],
  ])('%j → %j', (text, expected) => {
    expect(parseAmountWords(text)).toEqual(expected)
  })

  it.each(['soon', 'k', 'about 100', '12 apples'])('%j is not an amount', (text) => {
    expect(parseAmountWords(text)).toBeNull()
  })
})
