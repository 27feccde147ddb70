import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonths,
  daysBetween,
  isCalendarDate,
  weekday,
  weekdayName,
} from '../../src/time/calendar-date.ts'

describe('calendar dates', () => {
  it.each([
    ['2027-02-28', 1, '2027-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-03-01', -1, '2027-02-28'],
    ['2026-03-29', 1, '2026-03-30'], // Europe's DST change day is still one calendar day
  ])('addDays(%s, %i) = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected)
  })

  it.each([
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2027-03-01', 12, '2028-03-01'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-05-15', -5, '2026-12-15'],
  ])('addMonths(%s, %i) = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected)
  })

  it.each([
    ['2027-01-15', '2027-04-15', 90],
    ['2028-02-28', '2028-03-01', 2],
    ['2027-02-28', '2027-03-01', 1],
    ['2027-01-15', '2027-01-15', 0],
    ['2027-01-15', '2026-12-30', -16],
  ])('daysBetween(%s, %s) = %i', (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected)
  })

  it.each([
    ['2027-02-29', false],
    ['2028-02-29', true],
    ['2027-13-01', false],
    ['2027-04-31', false],
    ['27-04-01', false],
    ['2027-04-01', true],
  ])('isCalendarDate(%s) = %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected)
  })

  it('knows the weekday', () => {
    expect(weekday('2026-11-25')).toBe(3)
    expect(weekday('2026-11-29')).toBe(7)
    expect(weekdayName('2026-11-30')).toBe('Mon')
  })
})
