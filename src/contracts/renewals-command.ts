// `renewals [window]`: missed notices first (oldest first, whatever the window), then every
// active contract whose next deadline is in the window, earliest first, ties by vendor name; the
// footer totals the annual value of every row listed, per currency (SPEC §4.1). Filters (SPEC §13)
// narrow the rows and the totals.
import type { Command } from '../commands/command.ts'
import { answer, type Section } from '../reply/reply.ts'
import { lapsedCountLine } from '../risk/evidence-lapsed.ts'
import { FILTERS_FORM, filtersLabel } from './renewal-filters.ts'
import { totalLines } from './renewal-line.ts'
import { selectionTotals } from './renewals.ts'
import { listedRenewals } from './renewals-items.ts'
import { renewalsAsked } from './renewals-request.ts'

const FORM = `renewals [N days | next N weeks | this week | this month | this quarter | next month | next quarter | Q1..Q4 | eoy | before <date> | by <date>] ${FILTERS_FORM}`
const EXAMPLE = 'renewals next 60 days'

export const renewalsCommand: Command = {
  name: 'renewals',
  usage: 'renewals [window] [filters]',
  summary: 'Notice deadlines coming up (default: the next 90 days), missed notices first, with totals',
  examples: [
    'renewals',
    'renewals next 60 days',
    'renewals this quarter',
    'renewals before March 31',
    'renewals next quarter tier critical over 100000',
  ],
  writes: false,
  phrasings: [
    'what renews soon',
    'upcoming renewals',
    'which contracts renew next month',
    'notice deadlines this quarter',
  ],
  async handler(request, context) {
    const { today, window, filters, selection } = renewalsAsked(request, context, FORM, EXAMPLE)
    const narrowed = filtersLabel(filters)
    const { missed, rows } = selection
    const listed = await listedRenewals(selection, today, context)
    const sections: Section[] = []
    if (missed.length > 0) {
      sections.push({ heading: 'Notice missed', items: listed.missed })
    }
    sections.push({
      heading: `Deadlines ${window.from} to ${window.to}`,
      items: listed.rows,
      empty: `No notice deadlines from ${window.from} to ${window.to}.`,
    })
    return answer({
      title: `Renewals: ${window.label}${narrowed ? `, ${narrowed}` : ''} (${window.from} to ${window.to})`,
      sections,
      ...(missed.length + rows.length > 0
        ? {
            footer: [
              ...totalLines(selectionTotals(selection)),
              lapsedCountLine(missed.length + rows.length, listed.lapsed),
            ],
          }
        : {}),
    })
  },
}
