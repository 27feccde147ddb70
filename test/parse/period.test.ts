import { describe, expect, it } from 'vitest'
import { parsePeriod } from '../../src/parse/period.ts'

const today = '2027-01-15'

describe('parsePeriod', () => {
  it.each([
    ['', '2026-12-01', '2026-12-31', 'December 2026'],
    ['last month', '2026-12-01', '2026-12-31', 'December 2026'],
    ['this month', '2027-01-01', '2027-01-15', 'January 2027 so far'],
    ['january', '2027-01-01', '2027-01-15', 'January 2027 so far'],
    ['March', '2026-03-01', '2026-03-31', 'March 2026'],
    ['mar', '2026-03-01', '2026-03-31', 'March 2026'],
    ['December', '2026-12-01', '2026-12-31', 'December 2026'],
    ['in November 2025', '2025-11-01', '2025-11-30', 'November 2025'],
    ['2026-02', '2026-02-01', '2026-02-28', 'February 2026'],
    ['Q1', '2027-01-01', '2027-01-15', 'Q1 2027 so far'],
    ['Q2', '2026-04-01', '2026-06-30', 'Q2 2026'],
    ['q4', '2026-10-01', '2026-12-31', 'Q4 2026'],
    ['last quarter', '2026-10-01', '2026-12-31', 'Q4 2026'],
    ['2026', '2026-01-01', '2026-12-31', '2026'],
    ['this year', '2027-01-01', '2027-01-15', '2027 so far'],
    ['last year', '2026-01-01', '2026-12-31', '2026'],
  ])('%j → %s..%s (%s)', (text, from, to, label) => {
    expect(parsePeriod(text, today)).toEqual({ from, to, label })
  })

  it('last month in March of a leap year is a 29-day February', () => {
    expect(parsePeriod('last month', '2028-03-10')).toMatchObject({ from: '2028-02-01', to: '2028-02-29' })
  })

  it.each(['2028', 'February 2027', 'Q3 2027', 'soon', 'next month'])(
    '%j is not a period (future or unknown)',
    (text) => {
      expect(parsePeriod(text, today)).toBeNull()
    },
  )
})
