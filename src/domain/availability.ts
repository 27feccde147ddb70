// A month's availability (SPEC §12): 1 − downtime ÷ the month's length, 24x7 in the organisation's
// zone (so a DST month is an hour shorter or longer), overlapping outages counted once, rounded
// half-up to three decimals of a percent. Exact integer arithmetic on milliseconds; no floats.
import type { Temporal } from 'temporal-polyfill'
import { addMonths } from '../time/calendar-date.ts'
import { startOfDay } from '../time/zone.ts'
import type { CreditBand } from './credit-band.ts'
import type { Downtime } from './downtime.ts'

/** Availability in thousandths of a percent: 99.063% is 99063. */
export type Thousandths = number

export interface Availability {
  /** 'YYYY-MM'. */
  month: string
  monthMs: number
  downMs: number
  percent: Thousandths
  /** The band it falls in, or null when it is at or above every band's threshold. */
  band: CreditBand | null
}

/** The month's first instant and the next month's, in the zone. */
export function monthBounds(month: string, zone: string): { start: Temporal.Instant; end: Temporal.Instant } {
  const first = `${month}-01`
  return { start: startOfDay(first, zone), end: startOfDay(addMonths(first, 1), zone) }
}

/** Milliseconds inside [startMs, endMs) covered by at least one outage. */
export function coveredMs(
  outages: readonly Pick<Downtime, 'from' | 'to'>[],
  startMs: number,
  endMs: number,
): number {
  const spans = outages
    .map((o) => [Math.max(Date.parse(o.from), startMs), Math.min(Date.parse(o.to), endMs)] as const)
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0])
  let total = 0
  let reach = startMs
  for (const [from, to] of spans) {
    if (to <= reach) continue
    total += to - Math.max(from, reach)
    reach = to
  }
  return total
}

/** (month − down) ÷ month as a percent, half-up to thousandths: 43 min of a 31-day month → 99904. */
export function availabilityThousandths(downMs: number, monthMs: number): Thousandths {
  const up = BigInt(monthMs - downMs) * 100_000n
  const whole = BigInt(monthMs)
  return Number((up * 2n + whole) / (whole * 2n))
}

/** "99.063%". */
export function formatAvailability(percent: Thousandths): string {
  return `${Math.floor(percent / 1000)}.${String(percent % 1000).padStart(3, '0')}%`
}

/** A band's threshold ("99.9") in thousandths. */
export function thresholdThousandths(belowPercent: string): Thousandths {
  const [whole, frac = ''] = belowPercent.split('.')
  return Number(whole) * 1000 + Number(frac.padEnd(3, '0').slice(0, 3))
}

/** The band with the lowest threshold strictly above the availability, or null. */
export function bandFor(bands: readonly CreditBand[], percent: Thousandths): CreditBand | null {
  let best: CreditBand | null = null
  for (const band of bands) {
    const below = thresholdThousandths(band.belowPercent)
    if (below <= percent) continue
    if (!best || below < thresholdThousandths(best.belowPercent)) best = band
  }
  return best
}

export function monthAvailability(
  month: string,
  outages: readonly Pick<Downtime, 'from' | 'to'>[],
  bands: readonly CreditBand[],
  zone: string,
): Availability {
  const { start, end } = monthBounds(month, zone)
  const startMs = start.epochMilliseconds
  const monthMs = end.epochMilliseconds - startMs
  const downMs = coveredMs(outages, startMs, end.epochMilliseconds)
  const percent = availabilityThousandths(downMs, monthMs)
  return { month, monthMs, downMs, percent, band: bandFor(bands, percent) }
}
