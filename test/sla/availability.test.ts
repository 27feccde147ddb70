// Availability (SPEC §12) worked by hand: 1 − downtime ÷ the month's minutes in the organisation's
// zone (Europe/London: March 2026 loses an hour, October 2026 gains one), overlapping outages
// counted once, rounded half-up to three decimals of a percent, then the band with the lowest
// threshold strictly above it.
import { describe, expect, it } from 'vitest'
import {
  availabilityThousandths,
  bandFor,
  formatAvailability,
  monthAvailability,
} from '../../src/domain/availability.ts'
import type { CreditBand } from '../../src/domain/credit-band.ts'

const ZONE = 'Europe/London'
const BANDS: CreditBand[] = [
  { id: 'b1', contractId: 'c1', belowPercent: '99.9', creditPercent: '10' },
  { id: 'b2', contractId: 'c1', belowPercent: '99', creditPercent: '25' },
  { id: 'b3', contractId: 'c1', belowPercent: '95', creditPercent: '100' },
]

/** One outage of `minutes` (and seconds) starting at `from` (an instant with its offset). */
function outage(from: string, minutes: number, seconds = 0) {
  const start = Date.parse(from)
  return {
    from: new Date(start).toISOString(),
    to: new Date(start + minutes * 60_000 + seconds * 1000).toISOString(),
  }
}

describe('a month of availability', () => {
  // month, its minutes, the outage, the availability worked by hand, the band's credit
  const table: [string, number, ReturnType<typeof outage>[], string, string | null][] = [
    // 28 days = 40,320 min; 43 down: 40,277 / 40,320 = 99.89335…% → 99.893%
    ['2026-02', 40_320, [outage('2026-02-10T09:00Z', 43)], '99.893%', '10'],
    // 30 days = 43,200 min; 43 down: 43,157 / 43,200 = 99.90046…% → 99.900%, not below 99.9
    ['2026-11', 43_200, [outage('2026-11-10T09:00Z', 43)], '99.900%', null],
    // 31 days = 44,640 min; 43 down: 44,597 / 44,640 = 99.90367…% → 99.904%
    ['2026-12', 44_640, [outage('2026-12-10T09:00Z', 43)], '99.904%', null],
    // the same 446 min 30 s: December 44,193.5 / 44,640 = 98.99978…% → 99.000% (10% band) …
    ['2026-12', 44_640, [outage('2026-12-10T09:00Z', 446, 30)], '99.000%', '10'],
    // … but March has 44,580 min (clocks go forward on the 29th): 44,133.5 / 44,580 = 98.99843…% → 98.998% (25%)
    ['2026-03', 44_580, [outage('2026-03-10T09:00Z', 446, 30)], '98.998%', '25'],
    // … and October 44,700 (clocks go back on the 25th): 44,253.5 / 44,700 = 99.00112…% → 99.001%
    ['2026-10', 44_700, [outage('2026-10-10T09:00+01:00', 446, 30)], '99.001%', '10'],
    // overlapping outages count once: 09:00-10:00, 09:30-11:00, 09:45-09:50 and 13:00-13:30 are 150 min;
    // 43,050 / 43,200 = 99.65277…% → 99.653%
    [
      '2026-11',
      43_200,
      [
        outage('2026-11-03T09:00Z', 60),
        outage('2026-11-03T09:30Z', 90),
        outage('2026-11-03T09:45Z', 5),
        outage('2026-11-03T13:00Z', 30),
      ],
      '99.653%',
      '10',
    ],
    // an outage over the month's end counts in each month for its own part: 23:00 to 01:00 is 60 min here
    ['2026-11', 43_200, [outage('2026-10-31T23:00Z', 120)], '99.861%', '10'],
    ['2026-10', 44_700, [outage('2026-10-31T23:00Z', 120)], '99.866%', '10'],
    // band edges: 43 min 12 s of 43,200 is exactly 99.900% → no band; 43 min 25 s is 99.89950…% → 99.899% → 10%
    ['2026-11', 43_200, [outage('2026-11-10T09:00Z', 43, 12)], '99.900%', null],
    ['2026-11', 43_200, [outage('2026-11-10T09:00Z', 43, 25)], '99.899%', '10'],
    // exactly 99.000% (432 min) is not below 99: still the 99.9 band; exactly 95.000% (2,160 min) is in the 99 band
    ['2026-11', 43_200, [outage('2026-11-10T09:00Z', 432)], '99.000%', '10'],
    ['2026-11', 43_200, [outage('2026-11-10T09:00Z', 2160)], '95.000%', '25'],
    ['2026-11', 43_200, [outage('2026-11-10T09:00Z', 2161)], '94.998%', '100'],
    // half-up: 1,674 s of December's 2,678,400 s is 99.9375% exactly → 99.938% (half-down would say 99.937%)
    ['2026-12', 44_640, [outage('2026-12-10T09:00Z', 27, 54)], '99.938%', null],
    // no outage at all
    ['2026-11', 43_200, [], '100.000%', null],
  ]

  it.each(table)('%s with %i minutes: %j → %s', (month, minutes, outages, shown, credit) => {
    const a = monthAvailability(month, outages, BANDS, ZONE)
    expect(a.monthMs).toBe(minutes * 60_000)
    expect(formatAvailability(a.percent)).toBe(shown)
    expect(a.band?.creditPercent ?? null).toBe(credit)
  })
})

describe('rounding and bands', () => {
  it('rounds half-up on exact integers, never through a float', () => {
    // 1 − 1 / 80,000 = 99.99875% → 99.999%; 1 − 3 / 80,000 = 99.99625% → 99.996%
    expect(availabilityThousandths(1, 80_000)).toBe(99_999)
    expect(availabilityThousandths(3, 80_000)).toBe(99_996)
    expect(availabilityThousandths(0, 80_000)).toBe(100_000)
    expect(availabilityThousandths(80_000, 80_000)).toBe(0)
  })

  it('takes the band with the lowest threshold strictly above, in any order of bands', () => {
    const reversed = [...BANDS].reverse()
    expect(bandFor(reversed, 94_999)?.creditPercent).toBe('100')
    expect(bandFor(reversed, 98_999)?.creditPercent).toBe('25')
    expect(bandFor(reversed, 99_899)?.creditPercent).toBe('10')
    expect(bandFor(reversed, 99_900)).toBeNull()
    expect(bandFor([], 50_000)).toBeNull()
  })
})
