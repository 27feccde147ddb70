import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { currentTerm } from '../../src/domain/current-term.ts'
import {
  addDays,
  addMonths,
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  fromDayNumber,
  toDayNumber,
} from '../../src/time/calendar-date.ts'
import { contract } from '../support/factories.ts'

// Temporal is the reference: the integer day numbers are only a faster way to the same dates.
describe('day numbers agree with Temporal.PlainDate', () => {
  it('for every day from 1899 to 2201, month lengths included', () => {
    // Temporal steps one day at a time and counts the days from 1970-01-01 once; every disagreement
    // is collected and compared once (an expect per day cost most of this test's 20 seconds).
    const last = Temporal.PlainDate.from('2201-12-31')
    let date = Temporal.PlainDate.from('1899-01-01')
    let n = Temporal.PlainDate.from('1970-01-01').until(date).days
    const wrong: string[] = []
    let checked = 0
    while (Temporal.PlainDate.compare(date, last) <= 0) {
      const iso = date.toString()
      const { year, month, day } = date
      if (fromDayNumber(n) !== iso) wrong.push(`fromDayNumber(${n}) = ${fromDayNumber(n)}, not ${iso}`)
      if (toDayNumber(iso) !== n) wrong.push(`toDayNumber(${iso}) = ${toDayNumber(iso)}, not ${n}`)
      const civil = civilFromDays(n)
      if (civil.join('-') !== `${year}-${month}-${day}`)
        wrong.push(`civilFromDays(${n}) = ${civil}, not ${iso}`)
      if (daysFromCivil(year, month, day) !== n) wrong.push(`daysFromCivil(${iso}) is not ${n}`)
      if (day === 1 && daysInMonth(year, month) !== date.daysInMonth) wrong.push(`daysInMonth(${iso})`)
      checked++
      date = date.add({ days: 1 })
      n++
    }
    expect(wrong).toEqual([])
    // 1899-01-01..2201-12-31: 303 years, 73 of them leap years.
    expect(checked).toBe(303 * 365 + 73)
  })
})

/** The rule as SPEC §2 words it, one term at a time, with the slow date functions. */
function naiveEnd(endDate: string, months: number, today: string): string {
  let end = endDate
  while (end < today) {
    const start = addDays(end, 1)
    const target = addMonths(start, months)
    const exists = Temporal.PlainDate.from(start).day <= Temporal.PlainDate.from(target).daysInMonth
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
