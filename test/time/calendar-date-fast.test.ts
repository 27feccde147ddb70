// toDayNumber/fromDayNumber read and write dates with integer arithmetic for speed (the benchmark's
// sweep and `risk due` at 10,000 vendors); they must give exactly what the Date-based forms give.
import { describe, expect, it } from 'vitest'
import { fromDayNumber, toDayNumber } from '../../src/time/calendar-date.ts'

const DAY_MS = 86_400_000
const viaDate = {
  to(date: string): number {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)!
    return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS)
  },
  from: (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10),
}

describe('calendar day numbers', () => {
  it('match Date for every day from 1000 to 9999 (sampled) and every day of 1890..2210', () => {
    // Disagreements are collected and compared once: an expect per day was most of this test's
    // time (about 240,000 of them).
    const wrong: string[] = []
    const check = (day: number) => {
      const iso = viaDate.from(day)
      if (fromDayNumber(day) !== iso) wrong.push(`fromDayNumber(${day}) = ${fromDayNumber(day)}, not ${iso}`)
      if (toDayNumber(iso) !== day) wrong.push(`toDayNumber(${iso}) = ${toDayNumber(iso)}, not ${day}`)
    }
    const from = viaDate.to('1890-01-01')
    const to = viaDate.to('2210-12-31')
    let checked = 0
    for (let day = from; day <= to; day++, checked++) check(day)
    for (let day = viaDate.to('1000-01-01'); day <= viaDate.to('9999-12-31'); day += 997) check(day)
    expect(wrong).toEqual([])
    // 1890-01-01..2210-12-31: 321 years, 77 of them leap years (1900, 2100 and 2200 are not).
    expect(checked).toBe(321 * 365 + 77)
  })

  it('roll over out-of-range days as Date does, and keep Date for two-digit years and odd input', () => {
    for (const date of [
      '2027-02-29',
      '2028-02-30',
      '2027-02-00',
      '2027-12-32',
      '2027-01-99',
      '0099-03-01',
      '0050-01-01',
    ]) {
      expect(toDayNumber(date)).toBe(viaDate.to(date))
    }
    expect(fromDayNumber(viaDate.to('0999-12-31'))).toBe('0999-12-31')
    expect(() => toDayNumber('2027-1-01')).toThrow(RangeError)
    expect(() => toDayNumber('2027-0a-01')).toThrow(RangeError)
  })
})
