// The window and filters of `renewals [window] [filters]` and `renewals chart [window] [filters]`
// (SPEC §3, §13), parsed once and applied to the renewals computation, so the list and the chart
// always show the same contracts.
import type { Context, Request } from '../commands/command.ts'
import { UserError } from '../errors/errors.ts'
import { stripCourtesy } from '../parse/courtesy.ts'
import { parseWindow, type Window } from '../parse/window.ts'
import type { CalendarDate } from '../time/calendar-date.ts'
import { filterRenewals, type RenewalFilters, takeRenewalFilters } from './renewal-filters.ts'
import { type RenewalsSelection, renewalsIn } from './renewals.ts'
import { todayOf } from './today.ts'

export interface RenewalsAsked {
  today: CalendarDate
  window: Window
  filters: RenewalFilters
  selection: RenewalsSelection
}

/** Rejects a window it cannot read, or one that has ended, with `form` and `example`. */
export function renewalsAsked(
  request: Request,
  context: Context,
  form: string,
  example: string,
): RenewalsAsked {
  const today = todayOf(context)
  const { filters, rest } = takeRenewalFilters(stripCourtesy(request.args), request, form)
  const window = parseWindow(rest, today)
  if (!window) throw new UserError(`I don't understand the window "${rest}".`, form, example)
  if (window.to < window.from) {
    throw new UserError(
      `The window "${request.args}" has no days left: it ends before today (${today}).`,
      form,
      example,
    )
  }
  const selection = filterRenewals(
    renewalsIn(context.store, today, window.from, window.to, context.config.businessCalendar),
    filters,
    context.store,
    today,
  )
  return { today, window, filters, selection }
}
