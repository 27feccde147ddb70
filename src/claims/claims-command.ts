// `sla claims [window]` (SPEC §12): unclaimed service credits, closed claim windows first ("claim
// window closed N days ago", whatever the window), then those due in the window, then those with
// no claim deadline; totals per currency.
import type { Command, Context, Request } from '../commands/command.ts'
import { todayOf } from '../contracts/today.ts'
import { formatMoney, totalsByCurrency } from '../domain/money.ts'
import { UserError } from '../errors/errors.ts'
import { stripCourtesy } from '../parse/courtesy.ts'
import { parseWindow } from '../parse/window.ts'
import { answer, type Reply } from '../reply/reply.ts'
import { claimItem } from './claim-line.ts'
import { unclaimedInSlices } from './unclaimed-slices.ts'

export const CLAIMS_FORM = 'sla claims [window]'
const EXAMPLE = 'sla claims next 30 days'

async function slaClaims(request: Request, context: Context): Promise<Reply> {
  const today = todayOf(context)
  const typed = stripCourtesy(request.args)
  const window = parseWindow(typed, today)
  if (!window) {
    throw new UserError(
      `I could not read "${typed}" as a window; try 30 days, this month, next quarter or by 2027-03-31.`,
      CLAIMS_FORM,
      EXAMPLE,
    )
  }
  const { rows: all } = await unclaimedInSlices(context.store, context.config, context.clock.now())
  const rows = all.filter((r) => r.deadline === null || r.deadline < today || r.deadline <= window.to)
  const totals = totalsByCurrency(rows.map((r) => ({ minor: r.minor, currency: r.currency })))
  return answer({
    title: `Unclaimed service credits: ${window.label}`,
    sections: [{ items: rows.map((row) => claimItem(row, today)), empty: 'No unclaimed service credits.' }],
    footer: [...totals].map(([currency, minor]) => `Unclaimed: ${formatMoney(minor, currency)}`),
  })
}

export const claimsCommand: Command = {
  name: 'sla claims',
  usage: CLAIMS_FORM,
  summary: 'Service credits not yet claimed, with the days left to claim each (closed claim windows first).',
  examples: ['sla claims', EXAMPLE],
  writes: false,
  phrasings: ['unclaimed service credits', 'which credits have we not claimed', 'claim deadlines'],
  handler: slaClaims,
}
