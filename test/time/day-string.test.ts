import { describe, expect, it } from 'vitest'
import { monthOfInstant } from '../../src/sla/credit-months.ts'
import { fromDayNumber, toDayNumber } from '../../src/time/calendar-date.ts'
import { dayString, monthString } from '../../src/time/day-string.ts'

describe('dayString', () => {
  it.each([['1970-01-01'], ['2024-02-29'], ['2026-12-31'], ['2027-01-01'], ['1999-12-31']])(
    'gives the text of %s, as fromDayNumber does, on first and later calls',
    (date) => {
      const day = toDayNumber(date)
      expect(dayString(day)).toBe(date)
      expect(dayString(day)).toBe(fromDayNumber(day))
    },
  )
})

describe('monthString', () => {
  it.each([
    [2026 * 12 + 0, '2026-01'],
    [2026 * 12 + 11, '2026-12'],
    [2027 * 12 + 0, '2027-01'],
    [2026 * 12 - 1, '2025-12'],
    [1000 * 12 + 8, '1000-09'],
    [9999 * 12 + 11, '9999-12'],
  ])('month index %i is %s', (index, text) => {
    expect(monthString(index)).toBe(text)
    expect(monthString(index)).toBe(text)
  })

  it('gives the same answers across the memo starting again', () => {
    // More distinct months than the memo keeps (1 << 14): it clears and goes on answering.
    const from = 1000 * 12
    for (let i = 0; i < (1 << 14) + 50; i++) {
      const index = from + i
      const year = Math.floor(index / 12)
      const month = (index % 12) + 1
      expect(monthString(index)).toBe(`${year}-${String(month).padStart(2, '0')}`)
    }
  })
})

describe('monthOfInstant on text that is not an instant', () => {
  it.each([['not a time'], [''], ['2026-13-45T99:00:00Z']])('refuses %j', (text) => {
    expect(() => monthOfInstant(text, 'Europe/London')).toThrow(RangeError)
  })
})
