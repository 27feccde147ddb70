// SPEC §11: notice in calendar months (clamped to the month's last day) and the business-day
// shift (a notice deadline on a weekend or a HOLIDAYS date moves to the business day before).
import { describe, expect, it } from 'vitest'
import { nextDeadline, noticeDeadline, noticeMissed } from '../../src/domain/notice-deadline.ts'
import { noticeDayFor, type WorkingDays } from '../../src/domain/notice-period.ts'
import { reminderDeadlines } from '../../src/reminders/deadlines.ts'
import { fromDayNumber, toDayNumber } from '../../src/time/calendar-date.ts'
import { contract } from '../support/factories.ts'

const MON_FRI: WorkingDays = { weekdays: [1, 2, 3, 4, 5], holidays: [] }

function notice(end: string, fields: Parameters<typeof contract>[0], calendar = MON_FRI): string {
  return fromDayNumber(noticeDayFor(contract(fields), toDayNumber(end), calendar))
}

describe('notice in months: the term end minus N calendar months, clamped to the month end', () => {
  it.each([
    // [term end, months, notice deadline]
    ['2027-05-31', 3, '2027-02-28'],
    ['2028-05-31', 3, '2028-02-29'],
    ['2027-03-31', 1, '2027-02-28'],
    ['2028-03-30', 1, '2028-02-29'],
    ['2027-12-31', 6, '2027-06-30'],
    ['2027-04-30', 2, '2027-02-28'],
    ['2027-01-15', 2, '2026-11-15'],
    ['2027-04-30', 12, '2026-04-30'],
    ['2028-02-29', 12, '2027-02-28'],
    ['2029-02-28', 12, '2028-02-28'],
    ['2027-08-31', 120, '2017-08-31'],
  ])('term end %s, %i months → %s', (end, months, expected) => {
    expect(notice(end, { noticeDays: 0, noticeMonths: months })).toBe(expected)
  })

  it('counts from the current term of an auto-renewing contract (a 12-month notice rolls with it)', () => {
    const c = contract({
      endDate: '2025-04-30',
      noticeDays: 0,
      noticeMonths: 12,
      autoRenew: true,
      renewalTermMonths: 24,
    })
    // On 2026-06-01 the current term ends 2027-04-30: its notice deadline 2026-04-30 has passed.
    expect(noticeDeadline(c, '2026-06-01', MON_FRI)).toBe('2026-04-30')
    expect(noticeMissed(c, '2026-06-01', MON_FRI)).toBe(true)
    expect(nextDeadline(c, '2026-06-01', MON_FRI)).toEqual({ kind: 'end', date: '2027-04-30' })
    // Once that term has renewed, the term ends 2029-04-30 and notice is due 2028-04-30.
    expect(nextDeadline(c, '2027-05-01', MON_FRI)).toEqual({ kind: 'notice', date: '2028-04-30' })
  })

  it('a contract that does not auto-renew keeps its end date as the second reminder deadline', () => {
    const c = contract({ endDate: '2027-05-31', noticeDays: 0, noticeMonths: 3, autoRenew: false })
    expect(reminderDeadlines(c, '2027-01-01', MON_FRI).map((d) => `${d.kind} ${d.date}`)).toEqual([
      'notice 2027-02-28',
      'end 2027-05-31',
    ])
  })
})

describe('business-day shift: a notice deadline on a weekend or holiday moves to the business day before', () => {
  // 2027-01-15 is a Friday; 2027-12-24 is a Friday.
  it.each([
    // [raw deadline (end − 0 days), holidays, shifted deadline]
    ['2027-01-13', [], '2027-01-13'], // a Wednesday stays
    ['2027-01-15', [], '2027-01-15'], // a Friday stays
    ['2027-01-16', [], '2027-01-15'], // Saturday → Friday
    ['2027-01-17', [], '2027-01-15'], // Sunday → Friday
    ['2027-01-18', [], '2027-01-18'], // Monday stays
    ['2027-01-15', ['2027-01-15'], '2027-01-14'], // a holiday on a Friday → Thursday
    ['2027-01-16', ['2027-01-15'], '2027-01-14'], // Saturday after a Friday holiday → Thursday
    ['2027-01-18', ['2027-01-18'], '2027-01-15'], // a Monday holiday → the Friday before
    ['2027-12-26', ['2027-12-23', '2027-12-24'], '2027-12-22'], // holidays Thu+Fri, then the weekend
    ['2027-12-27', ['2027-12-23', '2027-12-24', '2027-12-27'], '2027-12-22'], // and the Monday after
  ])('%s with holidays %j → %s', (raw, holidays, expected) => {
    const calendar: WorkingDays = { weekdays: [1, 2, 3, 4, 5], holidays }
    expect(notice(raw, { noticeDays: 0, noticeShift: 'business_day' }, calendar)).toBe(expected)
  })

  it('applies after the months are counted (2027-05-31 − 3 months = Sunday 2027-02-28 → Friday 2027-02-26)', () => {
    expect(notice('2027-05-31', { noticeDays: 0, noticeMonths: 3, noticeShift: 'business_day' })).toBe(
      '2027-02-26',
    )
  })

  it('applies after the days are counted (end Monday 2027-03-01 − 30 days = Saturday → Friday)', () => {
    expect(notice('2027-03-01', { noticeDays: 30, noticeShift: 'business_day' })).toBe('2027-01-29')
  })

  it('moves nothing without the shift, and never moves an end date', () => {
    expect(notice('2027-01-16', { noticeDays: 0 })).toBe('2027-01-16')
    const c = contract({
      endDate: '2027-01-17',
      noticeDays: 1,
      autoRenew: false,
      noticeShift: 'business_day',
    })
    expect(reminderDeadlines(c, '2027-01-01', MON_FRI).map((d) => `${d.kind} ${d.date}`)).toEqual([
      'notice 2027-01-15',
      'end 2027-01-17',
    ])
  })

  it('uses the configured working week (a Sunday–Thursday week moves a Friday deadline to Thursday)', () => {
    const calendar: WorkingDays = { weekdays: [7, 1, 2, 3, 4], holidays: [] }
    expect(notice('2027-01-15', { noticeDays: 0, noticeShift: 'business_day' }, calendar)).toBe('2027-01-14')
  })
})
