import { describe, expect, it } from 'vitest'
import {
  formatMoney,
  isCurrency,
  minorDigits,
  parseAmount,
  percentOf,
  toDecimal,
} from '../../src/domain/money.ts'

describe('money', () => {
  it.each([
    ['207000', 'USD', 20700000n],
    ['207,000.00', 'USD', 20700000n],
    ['1499.5', 'EUR', 149950n],
    ['0.01', 'GBP', 1n],
    ['1500', 'JPY', 1500n],
    ['1.234', 'BHD', 1234n],
  ])('parseAmount(%s, %s) = %s', (text, currency, minor) => {
    expect(parseAmount(text, currency)).toBe(minor)
  })

  it.each([
    ['1.999', 'USD'],
    ['1.5', 'JPY'],
    ['-3', 'USD'],
    ['12,34', 'USD'],
    ['abc', 'USD'],
    ['1e5', 'USD'],
  ])('rejects %s in %s', (text, currency) => {
    expect(parseAmount(text, currency)).toBeNull()
  })

  it.each([
    [20700000n, 'USD', '207,000.00 USD'],
    [123456789n, 'EUR', '1,234,567.89 EUR'],
    [5n, 'USD', '0.05 USD'],
    [1500n, 'JPY', '1,500 JPY'],
  ])('formatMoney(%s, %s) = %s', (minor, currency, text) => {
    expect(formatMoney(minor, currency)).toBe(text)
  })

  it('round-trips the canonical decimal', () => {
    expect(toDecimal(parseAmount('12,000.5', 'USD')!, 'USD')).toBe('12000.50')
  })

  it.each([
    [100000n, '5', 5000n],
    [333n, '50', 167n], // 166.5 rounds half up
    [100n, '2.5', 3n], // 2.5 rounds half up
    [99999n, '12.5', 12500n], // 12499.875
  ])('percentOf(%s, %s%%) = %s', (minor, percent, expected) => {
    expect(percentOf(minor, percent)).toBe(expected)
  })

  it('knows currencies and their minor units from ICU', () => {
    expect(isCurrency('USD')).toBe(true)
    expect(isCurrency('XYZ')).toBe(false)
    expect(minorDigits('JPY')).toBe(0)
    expect(minorDigits('KWD')).toBe(3)
  })
})
