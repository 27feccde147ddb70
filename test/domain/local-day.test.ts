// The local day from epoch milliseconds (src/time/local-day.ts) is the one Temporal gives, around
// every kind of transition: spring forward and fall back, at midnight (Brazil fell back from 00:00
// to 23:00 of the day before, so the date went back), by 30 minutes (Lord Howe), a zone 5:45 from
// UTC, and a day that was skipped (Samoa crossed the date line at the end of 2011-12-29). And the
// business clock asks Temporal for a zoned date-time twice a UTC day, not once a call: each one left
// the polyfill a memo entry to promote, hundreds of MB over a 100,000-vendor register's incidents.
import { Temporal } from 'temporal-polyfill'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { addBusinessMinutes } from '../../src/domain/business-clock.ts'
import { localDayNumber } from '../../src/domain/local-day.ts'
import { toDayNumber } from '../../src/time/calendar-date.ts'
import { localDate } from '../../src/time/zone.ts'

const AROUND: [zone: string, instant: string][] = [
  ['Europe/London', '2026-03-29T01:00:00Z'],
  ['Europe/London', '2026-10-25T01:00:00Z'],
  ['America/Sao_Paulo', '2018-02-18T02:00:00Z'],
  ['America/Sao_Paulo', '2018-11-04T03:00:00Z'],
  ['Australia/Lord_Howe', '2026-04-04T15:00:00Z'],
  ['Asia/Kathmandu', '2026-06-01T18:15:00Z'],
  ['Pacific/Apia', '2011-12-30T10:00:00Z'],
  ['America/St_Johns', '2026-11-01T04:30:00Z'],
  ['UTC', '2026-01-01T00:00:00Z'],
]

const temporalDay = (ms: number, zone: string) =>
  toDayNumber(localDate(Temporal.Instant.fromEpochMilliseconds(ms), zone))

afterEach(() => {
  vi.restoreAllMocks()
})

describe('localDayNumber', () => {
  it.each(AROUND)('is the day Temporal gives in %s every minute of the two days around %s', (zone, at) => {
    const centre = Temporal.Instant.from(at).epochMilliseconds
    const wrong: string[] = []
    for (let ms = centre - 86_400_000; ms <= centre + 86_400_000; ms += 60_000) {
      // The last millisecond before each minute as well: an hour's end is where a transition falls.
      for (const t of [ms - 1, ms]) {
        const day = localDayNumber(t, zone)
        if (day !== temporalDay(t, zone)) wrong.push(`${new Date(t).toISOString()}: ${day}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('lets the business clock ask Temporal for a zoned date-time twice a day, not once a call', () => {
    const zoned = vi.spyOn(Temporal.Instant.prototype, 'toZonedDateTimeISO')
    const calendar = { weekdays: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00', holidays: [] }
    const start = Temporal.Instant.from('2026-05-04T06:00:00Z').epochMilliseconds
    // 3,000 incidents, one every 17 minutes over 35 days.
    for (let i = 0; i < 3000; i++) {
      const due = addBusinessMinutes(
        Temporal.Instant.fromEpochMilliseconds(start + i * 17 * 60_000),
        240,
        calendar,
        'Europe/Berlin',
      )
      expect(due.epochMilliseconds).toBeGreaterThan(start)
    }
    expect(zoned.mock.calls.length).toBeLessThan(100)
  })
})
