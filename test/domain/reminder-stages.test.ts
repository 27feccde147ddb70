import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { latestDueStage, nextStage, stageDueMs } from '../../src/domain/reminder-stages.ts'
import { reminderDeadlines } from '../../src/reminders/deadlines.ts'
import { isoWeek, mondayOf } from '../../src/time/calendar-date.ts'
import { contract } from '../reminders/helpers.ts'

const STAGES = [90, 60, 30, 14, 7, 1]
const MON_FRI = { weekdays: [1, 2, 3, 4, 5], holidays: [] }

function dueAt(deadline: string, stage: number, zone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(stageDueMs(deadline, stage, zone)).toString()
}

describe('latestDueStage', () => {
  it.each([
    ['2026-12-31', null],
    ['2027-01-01', 90],
    ['2027-01-02', 90],
    ['2027-01-31', 60],
    ['2027-03-02', 30],
    ['2027-03-18', 14],
    ['2027-03-25', 7],
    ['2027-03-31', 1],
    ['2027-04-01', 1],
    ['2027-04-02', null],
  ])('on %s the latest stage due for 2027-04-01 is %s', (today, stage) => {
    expect(latestDueStage(STAGES, '2027-04-01', today)).toBe(stage)
  })

  it('gives the next stage and the due instant at local midnight', () => {
    expect(nextStage(STAGES, 30)).toBe(14)
    expect(nextStage(STAGES, 1)).toBeNull()
    expect(dueAt('2027-04-01', 30, 'Europe/London')).toBe('2027-03-02T00:00:00Z')
    expect(dueAt('2027-04-01', 1, 'Europe/London')).toBe('2027-03-30T23:00:00Z')
    expect(dueAt('2027-04-01', 1, 'America/New_York')).toBe('2027-03-31T04:00:00Z')
  })
})

describe('reminderDeadlines', () => {
  it('gives an auto-renewing contract its notice deadline only, in the current term', () => {
    const c = contract('c1', 'v1', { endDate: '2025-04-30', noticeDays: 90, autoRenew: true })
    expect(reminderDeadlines(c, '2026-06-01', MON_FRI)).toEqual([
      { kind: 'notice', date: '2027-01-30', end: '2027-04-30' },
    ])
  })

  it('gives a contract that does not auto-renew its notice deadline and its end date', () => {
    const c = contract('c1', 'v1', { endDate: '2027-04-30', noticeDays: 30, autoRenew: false })
    expect(reminderDeadlines(c, '2027-01-01', MON_FRI).map((d) => `${d.kind} ${d.date}`)).toEqual([
      'notice 2027-03-31',
      'end 2027-04-30',
    ])
  })

  it('gives one deadline when the notice period is zero, and none once ended or not started', () => {
    const zero = contract('c1', 'v1', { endDate: '2027-04-30', noticeDays: 0, autoRenew: false })
    expect(reminderDeadlines(zero, '2027-01-01', MON_FRI)).toHaveLength(1)
    expect(reminderDeadlines({ ...zero, status: 'ended' }, '2027-01-01', MON_FRI)).toEqual([])
    expect(reminderDeadlines(zero, '2027-05-01', MON_FRI)).toEqual([])
    expect(reminderDeadlines({ ...zero, startDate: '2027-02-01' }, '2027-01-01', MON_FRI)).toEqual([])
  })
})

describe('ISO weeks', () => {
  it.each([
    ['2027-01-04', '2027-W01', '2027-01-04'],
    ['2027-01-03', '2026-W53', '2026-12-28'],
    ['2026-12-31', '2026-W53', '2026-12-28'],
    ['2025-12-29', '2026-W01', '2025-12-29'],
  ])('%s is in %s starting %s', (date, week, monday) => {
    expect(isoWeek(date)).toBe(week)
    expect(mondayOf(date)).toBe(monday)
  })
})
