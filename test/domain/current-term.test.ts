import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { contractOwner } from '../../src/domain/contract-owner.ts'
import { currentTerm, isActive, isEnded } from '../../src/domain/current-term.ts'
import { nextDeadline, noticeDeadline, noticeMissed } from '../../src/domain/notice-deadline.ts'
import { daysBetween } from '../../src/time/calendar-date.ts'
import { localDate } from '../../src/time/zone.ts'
import { contract } from '../support/factories.ts'

const MON_FRI = { weekdays: [1, 2, 3, 4, 5], holidays: [] }

describe('currentTerm', () => {
  it.each([
    // [end, term months, today, expected start, expected end]
    ['2024-04-30', 12, '2024-04-30', '2023-05-01', '2024-04-30'],
    ['2024-04-30', 12, '2024-05-01', '2024-05-01', '2025-04-30'],
    ['2024-04-30', 12, '2026-06-01', '2026-05-01', '2027-04-30'],
    ['2024-04-30', 12, '2027-01-15', '2026-05-01', '2027-04-30'],
    ['2027-02-28', 12, '2027-03-01', '2027-03-01', '2028-02-29'],
    ['2028-02-29', 12, '2028-03-01', '2028-03-01', '2029-02-28'],
    ['2024-01-31', 1, '2024-02-01', '2024-02-01', '2024-02-29'],
    ['2024-01-31', 1, '2024-03-01', '2024-03-01', '2024-03-31'],
    ['2026-12-31', 3, '2027-01-01', '2027-01-01', '2027-03-31'],
    ['2026-06-30', 24, '2027-01-15', '2026-07-01', '2028-06-30'],
  ])('end %s every %i months, on %s: %s..%s', (endDate, months, today, start, end) => {
    const c = contract({ startDate: '2023-05-01', endDate, renewalTermMonths: months })
    const term = currentTerm(c, today)
    expect(term.end).toBe(end)
    if (today > endDate) expect(term.start).toBe(start)
  })

  it('does not roll a contract that does not auto-renew, or one ended by a command', () => {
    expect(currentTerm(contract({ autoRenew: false }), '2027-01-15').end).toBe('2025-04-30')
    expect(currentTerm(contract({ status: 'ended' }), '2027-01-15').end).toBe('2025-04-30')
  })
})

describe('active and ended', () => {
  it.each([
    [{}, '2027-01-15', true, false],
    [{ autoRenew: false }, '2025-04-30', true, false],
    [{ autoRenew: false }, '2025-05-01', false, true],
    [{ status: 'ended' as const }, '2024-06-01', false, true],
    [{ startDate: '2027-02-01', endDate: '2028-01-31' }, '2027-01-15', false, false],
    [{ startDate: '2027-01-15', endDate: '2028-01-14' }, '2027-01-15', true, false],
  ])('%j on %s: active %s, ended %s', (fields, today, active, ended) => {
    expect(isActive(contract(fields), today)).toBe(active)
    expect(isEnded(contract(fields), today)).toBe(ended)
  })
})

describe('notice deadline and next deadline', () => {
  it.each([
    // [fields, today, notice, next kind, next date, missed]
    [{ noticeDays: 90 }, '2027-01-15', '2027-01-30', 'notice', '2027-01-30', false],
    [{ noticeDays: 90 }, '2027-01-30', '2027-01-30', 'notice', '2027-01-30', false],
    [{ noticeDays: 90 }, '2027-01-31', '2027-01-30', 'end', '2027-04-30', true],
    [{ noticeDays: 0 }, '2027-04-30', '2027-04-30', 'notice', '2027-04-30', false],
    // the day after the end, an auto-renewing contract is in its next term
    [{ noticeDays: 90 }, '2027-05-01', '2028-01-31', 'notice', '2028-01-31', false],
    // notice longer than the term (monthly term, 60 days' notice)
    [
      { endDate: '2027-01-31', renewalTermMonths: 1, noticeDays: 60 },
      '2027-01-15',
      '2026-12-02',
      'end',
      '2027-01-31',
      true,
    ],
    [
      { endDate: '2027-01-31', renewalTermMonths: 1, noticeDays: 60 },
      '2027-02-01',
      '2026-12-30',
      'end',
      '2027-02-28',
      true,
    ],
    // not auto-renewing: the end date is a second deadline
    [
      { autoRenew: false, endDate: '2027-03-31', noticeDays: 30 },
      '2027-03-15',
      '2027-03-01',
      'end',
      '2027-03-31',
      true,
    ],
    [
      { autoRenew: false, endDate: '2027-03-31', noticeDays: 30 },
      '2027-04-01',
      '2027-03-01',
      'end',
      '2027-03-31',
      false,
    ],
    // 29 February
    [{ endDate: '2028-02-29', noticeDays: 29 }, '2028-01-01', '2028-01-31', 'notice', '2028-01-31', false],
  ])('%j on %s: notice %s, next %s %s, missed %s', (fields, today, notice, kind, date, missed) => {
    const c = contract(fields)
    expect(noticeDeadline(c, today, MON_FRI)).toBe(notice)
    expect(nextDeadline(c, today, MON_FRI)).toEqual({ kind, date })
    expect(noticeMissed(c, today, MON_FRI)).toBe(missed)
  })
})

describe('days left depend on the organisation’s calendar date', () => {
  // 2027-01-15T10:30Z is already the 16th at Kiritimati (UTC+14) and still the 14th at Pago Pago (UTC−11).
  const now = Temporal.Instant.from('2027-01-15T10:30:00Z')
  const c = contract({ endDate: '2027-04-30', noticeDays: 90 })
  it.each([
    ['Pacific/Kiritimati', '2027-01-16', 14],
    ['UTC', '2027-01-15', 15],
    ['Pacific/Pago_Pago', '2027-01-14', 16],
  ])('%s: today %s, %i days to the notice deadline', (zone, today, days) => {
    expect(localDate(now, zone)).toBe(today)
    expect(daysBetween(today, nextDeadline(c, today, MON_FRI).date)).toBe(days)
  })

  it('counts whole calendar days across a DST change (a 23-hour day is still one day)', () => {
    const zone = 'Europe/London'
    const before = localDate(Temporal.Instant.from('2026-03-28T23:30:00Z'), zone)
    const after = localDate(Temporal.Instant.from('2026-03-29T23:30:00Z'), zone)
    expect([before, after]).toEqual(['2026-03-28', '2026-03-30'])
    expect(daysBetween(before, '2026-03-30')).toBe(2)
    expect(daysBetween(after, '2026-03-30')).toBe(0)
  })
})

describe('contractOwner', () => {
  it('defaults to the vendor’s owner', () => {
    expect(contractOwner({ owner: '' }, { owner: 'U0NORTH' })).toBe('U0NORTH')
    expect(contractOwner({ owner: 'U0FABRI' }, { owner: 'U0NORTH' })).toBe('U0FABRI')
    expect(contractOwner({ owner: '' }, undefined)).toBe('')
  })
})
