import { describe, expect, it } from 'vitest'
import { parseWindow } from '../../src/parse/window.ts'

const today = '2027-01-15' // a Friday

describe('parseWindow', () => {
  it.each([
    ['', '2027-01-15', '2027-04-15', 'next 90 days'],
    ['90 days', '2027-01-15', '2027-04-15', 'next 90 days'],
    ['next 60 days', '2027-01-15', '2027-03-16', 'next 60 days'],
    ['60 days', '2027-01-15', '2027-03-16', 'next 60 days'],
    ['60', '2027-01-15', '2027-03-16', 'next 60 days'],
    ['next 60', '2027-01-15', '2027-03-16', 'next 60 days'],
    ['in the next 30 days', '2027-01-15', '2027-02-14', 'next 30 days'],
    ['within 1 day', '2027-01-15', '2027-01-16', 'next 1 day'],
    ['0 days', '2027-01-15', '2027-01-15', 'next 0 days'],
    ['2 weeks', '2027-01-15', '2027-01-29', 'next 2 weeks'],
    ['6 months', '2027-01-15', '2027-07-15', 'next 6 months'],
    ['this week', '2027-01-15', '2027-01-17', 'this week'],
    ['this month', '2027-01-15', '2027-01-31', 'this month'],
    ['this quarter', '2027-01-15', '2027-03-31', 'this quarter'],
    ['this year', '2027-01-15', '2027-12-31', 'this year'],
    ['next week', '2027-01-18', '2027-01-24', 'next week'],
    ['next month', '2027-02-01', '2027-02-28', 'next month'],
    ['Next Quarter', '2027-04-01', '2027-06-30', 'next quarter'],
    ['before 2027-03-31', '2027-01-15', '2027-03-30', 'before 2027-03-31'],
    ['before March 31', '2027-01-15', '2027-03-30', 'before 2027-03-31'],
    ['by 2027-06-30', '2027-01-15', '2027-06-30', 'by 2027-06-30'],
    ['until June 30', '2027-01-15', '2027-06-30', 'by 2027-06-30'],
    ['today', '2027-01-15', '2027-01-15', 'today'],
    // SPEC §3: quarters by name, the end of the year, and the common abbreviations.
    ['Q1', '2027-01-15', '2027-03-31', 'Q1 2027'],
    ['q2', '2027-04-01', '2027-06-30', 'Q2 2027'],
    ['in Q4', '2027-10-01', '2027-12-31', 'Q4 2027'],
    ['q3 2028', '2028-07-01', '2028-09-30', 'Q3 2028'],
    ['eoy', '2027-01-15', '2027-12-31', 'this year'],
    ['by EOY', '2027-01-15', '2027-12-31', 'this year'],
    ['end of year', '2027-01-15', '2027-12-31', 'this year'],
    ['by the end of the quarter', '2027-01-15', '2027-03-31', 'this quarter'],
    // "before eoy" is the rest of the year, not the day before 1 January of this year.
    ['before eoy', '2027-01-15', '2027-12-31', 'this year'],
    ['before the end of the year', '2027-01-15', '2027-12-31', 'this year'],
    ['this wk', '2027-01-15', '2027-01-17', 'this week'],
    ['this qtr', '2027-01-15', '2027-03-31', 'this quarter'],
    ['next mo', '2027-02-01', '2027-02-28', 'next month'],
    ['this yr', '2027-01-15', '2027-12-31', 'this year'],
    ['in the next 6 weeks', '2027-01-15', '2027-02-26', 'next 6 weeks'],
    ['next 3 wks', '2027-01-15', '2027-02-05', 'next 3 weeks'],
    ['next 2 mos', '2027-01-15', '2027-03-15', 'next 2 months'],
    // The end of a month named by its first letters, as "end of february" is.
    ['by end of feb', '2027-01-15', '2027-02-28', 'by 2027-02-28'],
    ['by end of jan', '2027-01-15', '2027-01-31', 'by 2027-01-31'],
  ])('%j → %s..%s (%s)', (text, from, to, label) => {
    expect(parseWindow(text, today)).toEqual({ from, to, label })
  })

  it('this week on a Sunday is just today', () => {
    expect(parseWindow('this week', '2027-01-17')).toMatchObject({ from: '2027-01-17', to: '2027-01-17' })
  })

  it('next quarter from the last quarter of a year is the next year’s first', () => {
    expect(parseWindow('next quarter', '2026-11-30')).toMatchObject({ from: '2027-01-01', to: '2027-03-31' })
  })

  it('a quarter that has ended this year is next year’s; one under way starts today', () => {
    expect(parseWindow('q1', '2026-11-25')).toEqual({
      from: '2027-01-01',
      to: '2027-03-31',
      label: 'Q1 2027',
    })
    expect(parseWindow('q4', '2026-11-25')).toEqual({
      from: '2026-11-25',
      to: '2026-12-31',
      label: 'Q4 2026',
    })
  })

  it.each(['soon', 'next fortnight', 'before whenever', 'by', '90 apples'])('%j is not a window', (text) => {
    expect(parseWindow(text, today)).toBeNull()
  })
})
