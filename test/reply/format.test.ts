import { describe, expect, it } from 'vitest'
import { formatDateWithWeekday, formatDays, yesNo } from '../../src/reply/format.ts'

describe('formatDays', () => {
  it.each([
    [12, '12 days'],
    [1, '1 day'],
    [0, '0 days (today)'],
    [-1, '1 day ago'],
    [-16, '16 days ago'],
  ])('%i → %s', (n, text) => {
    expect(formatDays(n)).toBe(text)
  })
  it('formats dates with their weekday and flags as yes/no', () => {
    expect(formatDateWithWeekday('2027-04-01')).toBe('2027-04-01 Thu')
    expect([yesNo(true), yesNo(false)]).toEqual(['yes', 'no'])
  })
})
