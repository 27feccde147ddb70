// `renewals [window]`: missed notices first (oldest first, whatever the window), then every
// active contract whose next deadline is in the window, earliest first, ties by vendor name; the
// footer totals the annual value of every row listed, per currency (SPEC §4.1). Filters (SPEC §13)
// narrow the rows and the totals.
import type { Command } from '../commands/command.ts'
import { contractOwner } from '../domain/contract-owner.ts'
import { answer, type Section } from '../reply/reply.ts'
import { evidenceLapses, lapsedCountLine } from '../risk/evidence-lapsed.ts'
import { FILTERS_FORM, filtersLabel } from './renewal-filters.ts'
import { flaggedItem } from './renewal-flags.ts'
import { renewalItem, totalLines } from './renewal-line.ts'
import { type RenewalRow, selectionTotals } from './renewals.ts'
import { renewalsAsked } from './renewals-request.ts'
import { unownedAmong } from './unowned.ts'

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
    const lapses = evidenceLapses(context.store, today)
    const ownerOf = (r: RenewalRow) => contractOwner(r.contract, r.vendor)
    const unowned = await unownedAmong([...missed, ...rows].map(ownerOf), context)
    const item = (r: RenewalRow) =>
      flaggedItem(renewalItem(r, today), {
        lapse: lapses.get(r.contract.vendorId),
        unowned: unowned.has(ownerOf(r)),
      })
    const sections: Section[] = []
    if (missed.length > 0) {
      sections.push({ heading: 'Notice missed', items: missed.map(item) })
    }
    sections.push({
      heading: `Deadlines ${window.from} to ${window.to}`,
      items: rows.map(item),
      empty: `No notice deadlines from ${window.from} to ${window.to}.`,
    })
    return answer({
      title: `Renewals: ${window.label}${narrowed ? `, ${narrowed}` : ''} (${window.from} to ${window.to})`,
      sections,
      ...(missed.length + rows.length > 0
        ? {
            footer: [
              ...totalLines(selectionTotals(selection)),
              lapsedCountLine(
                missed.length + rows.length,
                [...missed, ...rows].filter((r) => lapses.has(r.contract.vendorId)).length,
              ),
            ],
          }
        : {}),
    })
  },
}
