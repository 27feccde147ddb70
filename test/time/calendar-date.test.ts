import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonths,
  daysBetween,
  isCalendarDate,
  shiftUnit,
  unitOf,
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

  it.each([
    ['week', '2027-01-01', '2026-12-28', '2027-01-03'],
    ['month', '2028-02-10', '2028-02-01', '2028-02-29'],
    ['quarter', '2027-05-31', '2027-04-01', '2027-06-30'],
    ['quarter', '2027-12-01', '2027-10-01', '2027-12-31'],
    ['year', '2027-07-04', '2027-01-01', '2027-12-31'],
  ] as const)('the %s holding %s runs %s..%s', (unit, date, from, to) => {
    expect(unitOf(unit, date)).toEqual({ from, to })
  })

  it('steps whole units across year ends, back and forward', () => {
    expect(shiftUnit('month', '2027-01-31', -1)).toEqual({ from: '2026-12-01', to: '2026-12-31' })
    expect(shiftUnit('quarter', '2027-11-15', 1)).toEqual({ from: '2028-01-01', to: '2028-03-31' })
    expect(shiftUnit('week', '2026-12-31', 1)).toEqual({ from: '2027-01-04', to: '2027-01-10' })
    expect(shiftUnit('year', '2028-02-29', -1)).toEqual({ from: '2027-01-01', to: '2027-12-31' })
  })
})
