// formatTime and localDay remember each instant's local date and time: the same instant asked in
// another zone, or against another day, must still read as that zone's wall clock.
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { formatTime, localDay } from '../../src/sla/sla-format.ts'

const at = Temporal.Instant.from('2026-11-25T23:30:00Z')

describe('formatTime', () => {
  it('reads one instant in each zone asked, in either order', () => {
    expect(formatTime(at, 'Europe/London', '2026-11-25')).toBe('23:30')
    expect(formatTime(at, 'Asia/Tokyo', '2026-11-25')).toBe('2026-11-26 08:30')
    expect(formatTime(at, 'America/New_York', '2026-11-25')).toBe('18:30')
    expect(formatTime(at, 'Europe/London', '2026-11-25')).toBe('23:30')
  })

  it('shows the date whenever the instant is not on the day given', () => {
    expect(formatTime(at, 'Europe/London', '2026-11-25')).toBe('23:30')
    expect(formatTime(at, 'Europe/London', '2026-11-26')).toBe('2026-11-25 23:30')
  })

  it('takes the summer offset on a summer instant', () => {
    expect(formatTime(Temporal.Instant.from('2026-07-01T12:00:00Z'), 'Europe/London', '2026-07-01')).toBe(
      '13:00',
    )
  })
})

describe('localDay', () => {
  it("is the zone's date of the instant", () => {
    expect(localDay(at, 'Europe/London')).toBe('2026-11-25')
    expect(localDay(at, 'Asia/Tokyo')).toBe('2026-11-26')
  })
})
