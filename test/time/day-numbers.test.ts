import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { currentTerm } from '../../src/domain/current-term.ts'
import {
  addDays,
  addMonths,
  civilFromDays,
  dayOf,
  daysFromCivil,
  daysInMonth,
  fromDayNumber,
  monthOf,
  toDayNumber,
  yearOf,
} from '../../src/time/calendar-date.ts'
import { contract } from '../support/factories.ts'

// Temporal is the reference: the integer day numbers are only a faster way to the same dates.
describe('day numbers agree with Temporal.PlainDate', () => {
  it('for every day from 1899 to 2201, month lengths included', () => {
    const epoch = Temporal.PlainDate.from('1970-01-01')
    let date = Temporal.PlainDate.from('1899-01-01')
    while (Temporal.PlainDate.compare(date, Temporal.PlainDate.from('2201-12-31')) <= 0) {
      const n = epoch.until(date).days
      expect(fromDayNumber(n)).toBe(date.toString())
      expect(toDayNumber(date.toString())).toBe(n)
      expect(civilFromDays(n)).toEqual([date.year, date.month, date.day])
      expect(daysFromCivil(date.year, date.month, date.day)).toBe(n)
      if (date.day === 1) expect(daysInMonth(date.year, date.month)).toBe(date.daysInMonth)
      date = date.add({ days: 1 })
    }
  })
})

/** The rule as SPEC §2 words it, one term at a time, with the slow date functions. */
function naiveEnd(endDate: string, months: number, today: string): string {
  let end = endDate
  while (end < today) {
    const start = addDays(end, 1)
    const target = addMonths(start, months)
    const exists = dayOf(start) <= daysInMonth(yearOf(target), monthOf(target))
    end = addDays(exists ? target : addDays(target, 1), -1)
  }
  return end
}

describe('currentTerm agrees with the term-by-term rule', () => {
  it('for many end dates, terms and days (bulk skipping included)', () => {
    let seed = 7
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    for (let i = 0; i < 3000; i++) {
      const endDate = fromDayNumber(toDayNumber('1995-01-01') + next(12000))
      const months = [1, 1, 3, 6, 12, 12, 24, 36, 7][next(9)]!
      const today = fromDayNumber(toDayNumber('2020-01-01') + next(4000))
      const c = contract({ startDate: '1990-01-01', endDate, renewalTermMonths: months })
      expect(currentTerm(c, today).end, `${endDate} every ${months} months on ${today}`).toBe(
        naiveEnd(endDate, months, today),
      )
    }
  })

  it('a monthly term starting on 31 January ends on the last day of February', () => {
    const c = contract({ startDate: '2026-12-31', endDate: '2027-01-30', renewalTermMonths: 1 })
    expect(currentTerm(c, '2027-02-01')).toEqual({ start: '2027-01-31', end: '2027-02-28' })
    expect(currentTerm(c, '2027-03-01')).toEqual({ start: '2027-03-01', end: '2027-03-31' })
  })
})
