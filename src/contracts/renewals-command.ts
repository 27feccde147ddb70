// `renewals [window]`: missed notices first (oldest first, whatever the window), then every
// active contract whose next deadline is in the window, earliest first, ties by vendor name; the
// footer totals the annual value of every row listed, per currency (SPEC §4.1).
import type { Command } from '../commands/command.ts'
import { UserError } from '../errors/errors.ts'
import { stripCourtesy } from '../parse/courtesy.ts'
import { parseWindow } from '../parse/window.ts'
import { answer, type Section } from '../reply/reply.ts'
import { evidenceLapses, lapsedCountLine } from '../risk/evidence-gate.ts'
import { contractOwner } from './contract-owner.ts'
import { flaggedItem } from './renewal-flags.ts'
import { renewalItem, totalLines } from './renewal-line.ts'
import { type RenewalRow, renewalsIn, selectionTotals } from './renewals.ts'
import { todayOf } from './today.ts'
import { unownedAmong } from './unowned.ts'

const FORM =
  'renewals [N days | this week | this month | this quarter | next month | next quarter | before <date> | by <date>]'
const EXAMPLE = 'renewals next 60 days'

export const renewalsCommand: Command = {
  name: 'renewals',
  usage: 'renewals [window]',
  summary: 'Notice deadlines coming up (default: the next 90 days), missed notices first, with totals',
  examples: ['renewals', 'renewals next 60 days', 'renewals this quarter', 'renewals before March 31'],
  writes: false,
  phrasings: [
    'what renews soon',
    'upcoming renewals',
    'which contracts renew next month',
    'notice deadlines this quarter',
  ],
  async handler(request, context) {
    const today = todayOf(context)
    const window = parseWindow(stripCourtesy(request.args), today)
    if (!window) throw new UserError(`I don't understand the window "${request.args}".`, FORM, EXAMPLE)
    if (window.to < window.from) {
      throw new UserError(
        `The window "${request.args}" has no days left: it ends before today (${today}).`,
        FORM,
        EXAMPLE,
      )
    }
    const selection = renewalsIn(
      context.store,
      today,
      window.from,
      window.to,
      context.config.businessCalendar,
    )
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
      title: `Renewals: ${window.label} (${window.from} to ${window.to})`,
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
