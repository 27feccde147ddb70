import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import type { Calendar } from '../../src/domain/business-clock.ts'
import { incidentBreaches } from '../../src/sla/deadlines.ts'
import { incidentTimesProblem } from '../../src/sla/incident-times.ts'

const office: Calendar = { weekdays: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00', holidays: [] }
const target = { response: '1h', resolution: '4h', hours: 'business' as const }
const zone = 'Europe/London'
const started = '2026-11-27T16:30:00Z' // Friday: response due Mon 09:30, resolution Mon 12:30

describe('incidentBreaches', () => {
  const cases: Array<[string, string | null, string | null, string | undefined, string, string]> = [
    // [case, responded, resolved, now, response outcome, resolution outcome]
    [
      'exactly on both targets is met',
      '2026-11-30T09:30:00Z',
      '2026-11-30T12:30:00Z',
      undefined,
      'met',
      'met',
    ],
    [
      'one minute late breaches both',
      '2026-11-30T09:31:00Z',
      '2026-11-30T12:31:00Z',
      undefined,
      'breached',
      'breached',
    ],
    [
      'resolution before any response: responded at resolution',
      null,
      '2026-11-30T09:20:00Z',
      undefined,
      'met',
      'met',
    ],
    [
      'resolved late with no response breaches twice',
      null,
      '2026-11-30T13:00:00Z',
      undefined,
      'breached',
      'breached',
    ],
    ['open and not yet due is pending', null, null, '2026-11-30T09:00:00Z', 'pending', 'pending'],
    ['open and past the response target', null, null, '2026-11-30T10:00:00Z', 'breached', 'pending'],
    ['open without a judgement time stays pending', null, null, undefined, 'pending', 'pending'],
  ]
  it.each(cases)('%s', (_name, responded, resolved, now, response, resolution) => {
    const result = incidentBreaches(
      { started, responded, resolved },
      target,
      office,
      zone,
      now ? Temporal.Instant.from(now) : undefined,
    )
    expect(result.response.due.toString()).toBe('2026-11-30T09:30:00Z')
    expect(result.resolution.due.toString()).toBe('2026-11-30T12:30:00Z')
    expect([result.response.outcome, result.resolution.outcome]).toEqual([response, resolution])
    expect(result.breaches.length).toBe([response, resolution].filter((o) => o === 'breached').length)
  })
})

describe('incidentTimesProblem', () => {
  const now = Temporal.Instant.from('2026-11-25T15:00:00Z')
  const t = (s: string | null) => (s ? Temporal.Instant.from(s) : null)
  const cases: Array<[string, string, string | null, string | null, RegExp | null]> = [
    ['in order', '2026-11-25T09:00:00Z', '2026-11-25T09:10:00Z', '2026-11-25T10:00:00Z', null],
    [
      'started tomorrow',
      '2026-11-26T09:00:00Z',
      null,
      null,
      /started time 2026-11-26 09:00 is in the future/,
    ],
    [
      'resolved before the start',
      '2026-11-25T09:00:00Z',
      null,
      '2026-11-25T08:00:00Z',
      /resolved time 2026-11-25 08:00 is before the incident started/,
    ],
    [
      'responded before the start',
      '2026-11-25T09:00:00Z',
      '2026-11-25T08:59:00Z',
      null,
      /response time 2026-11-25 08:59 is before/,
    ],
    [
      'responded after resolution',
      '2026-11-25T09:00:00Z',
      '2026-11-25T11:00:00Z',
      '2026-11-25T10:00:00Z',
      /after the resolution/,
    ],
    [
      'resolved in the future',
      '2026-11-25T09:00:00Z',
      null,
      '2026-11-25T16:00:00Z',
      /resolved time .* is in the future/,
    ],
  ]
  it.each(cases)('%s', (_name, started, responded, resolved, expected) => {
    const problem = incidentTimesProblem(
      { started: t(started)!, responded: t(responded), resolved: t(resolved) },
      'UTC',
      now,
    )
    if (expected === null) expect(problem).toBeNull()
    else expect(problem).toMatch(expected)
  })
})
