// What `renewals chart` draws, as data: one bar per contract from today to the end of its current
// term, its notice deadline, and how urgent it is (SPEC §13). The same facts in words are the
// chart's text alternative, so a screen reader, the terminal and the picture never disagree.
import { formatDays } from '../reply/format.ts'
import { type CalendarDate, daysBetween } from '../time/calendar-date.ts'
import type { RenewalRow, RenewalsSelection } from './renewals.ts'

/** More bars than this stop being legible at chat display sizes; the rest are counted, not drawn. */
export const MAX_BARS = 40

/** Urgency by days left to the notice deadline; the order is the legend's. */
export const BANDS = ['missed', '30 days or less', '31 to 90 days', 'more than 90 days'] as const
export type Band = (typeof BANDS)[number]

export interface ChartBar {
  /** "Vendor — Title": names are never shortened. */
  name: string
  /** The deadline in words: "notice deadline 2026-12-31, 24 days · term ends 2027-12-31, 389 days". */
  when: string
  /** The same on the chart, shorter: "notice in 24 days · ends in 389 days". */
  short: string
  from: CalendarDate
  notice: CalendarDate
  end: CalendarDate
  band: Band
}

export interface ChartBars {
  today: CalendarDate
  bars: ChartBar[]
  /** Contracts in the selection that were not drawn (beyond MAX_BARS). */
  more: number
}

/** Missed notices first (they are the most urgent), then by next deadline: the list's order. */
export function chartBars(selection: RenewalsSelection, today: CalendarDate): ChartBars {
  const all = [...selection.missed, ...selection.rows]
  return {
    today,
    bars: all.slice(0, MAX_BARS).map((row) => bar(row, today)),
    more: Math.max(0, all.length - MAX_BARS),
  }
}

function bar(row: RenewalRow, today: CalendarDate): ChartBar {
  const noticeDays = daysBetween(today, row.notice)
  const endDays = formatDays(daysBetween(today, row.end))
  const ends = `term ends ${row.end}, ${endDays}`
  const when = row.missed
    ? `notice missed ${formatDays(noticeDays)} (${row.notice}) · ${ends}`
    : `notice deadline ${row.notice}, ${formatDays(noticeDays)} · ${ends}`
  const notice = row.missed
    ? `notice missed ${formatDays(noticeDays)}`
    : `notice in ${formatDays(noticeDays)}`
  return {
    name: `${row.vendorName} — ${row.contract.title}`,
    when,
    short: `${notice} · ends in ${endDays}`,
    from: today,
    notice: row.notice,
    end: row.end,
    band: bandOf(noticeDays),
  }
}

function bandOf(noticeDays: number): Band {
  if (noticeDays < 0) return BANDS[0]
  if (noticeDays <= 30) return BANDS[1]
  if (noticeDays <= 90) return BANDS[2]
  return BANDS[3]
}

/** One line per bar, as the list under the chart reads. */
export function barLine(bar: ChartBar): string {
  return `${bar.name}: ${bar.when}`
}

/** Screen readers and Slack's alt text take a short description; the full list is in the message. */
const ALT_MAX = 1000

/** The picture in one paragraph: what it is, how many bars of each colour, then as many bars as fit. */
export function altText(chart: ChartBars, title: string): string {
  const counts = BANDS.map((band) => [band, chart.bars.filter((b) => b.band === band).length] as const)
    .filter(([, n]) => n > 0)
    .map(([band, n]) => `notice ${band}: ${n}`)
  const more = chart.more > 0 ? ` ${chart.more} more not drawn.` : ''
  let text = `Bar chart, ${title}. ${chart.bars.length} contracts, one bar each from today (${chart.today}) to the end of its term, the notice deadline marked; ${counts.join(', ')}.${more}`
  for (const [i, bar] of chart.bars.entries()) {
    const line = ` ${barLine(bar)}.`
    const last = i === chart.bars.length - 1
    const rest = last ? '' : ` The other ${chart.bars.length - i} are listed in the message.`
    if (text.length + line.length + rest.length > ALT_MAX) return text + rest
    text += line
  }
  return text
}
