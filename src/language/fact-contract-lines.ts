// The first line of an answer about a contract's dates (SPEC §13 Facts first): when it ends, its
// notice deadline, the days left, its notice period. Computed on the current term (SPEC §2), so an
// auto-renewing contract whose stored end has passed answers with the term it is in now.

import type { Contract } from '../domain/contract.ts'
import { currentTerm, isActive, isEnded } from '../domain/current-term.ts'
import { formatDecimal } from '../domain/money.ts'
import { noticeDeadline, noticeMissed } from '../domain/notice-deadline.ts'
import { noticePeriodText, type WorkingDays } from '../domain/notice-period.ts'
import type { Vendor } from '../domain/vendor.ts'
import { formatDays } from '../reply/format.ts'
import { type CalendarDate, daysBetween } from '../time/calendar-date.ts'
import type { ContractFact } from './fact-question.ts'

const plural = (n: number, word: string) => `${n} ${n === 1 ? word : `${word}s`}`

function endLine(c: Contract, today: CalendarDate, calendar: WorkingDays): string {
  const { end } = currentTerm(c, today)
  const notice = noticeDeadline(c, today, calendar)
  const left = formatDays(daysBetween(today, end))
  if (!c.autoRenew) return `ends ${end} (${left}) and does not auto-renew; notice deadline ${notice}`
  const renews = `renews for ${plural(c.renewalTermMonths, 'month')}`
  if (noticeMissed(c, today, calendar))
    return `the current term ends ${end} (${left}); the notice deadline ${notice} has passed, so it ${renews}`
  return `the current term ends ${end} (${left}), then it ${renews} unless notice is given by ${notice}`
}

// "What's the notice on X" asks the deadline or the notice it takes: the line holds both.
function noticeLine(c: Contract, today: CalendarDate, calendar: WorkingDays): string {
  const { end } = currentTerm(c, today)
  const notice = noticeDeadline(c, today, calendar)
  const days = daysBetween(today, notice)
  const period = `notice period ${noticePeriodText(c)}`
  if (days < 0)
    return `the notice deadline was ${notice} (missed ${formatDays(days)}; ${period}); the term ends ${end}`
  return `notice deadline ${notice} (${formatDays(days)} left; ${period}); the term ends ${end}`
}

function daysLine(c: Contract, today: CalendarDate, calendar: WorkingDays): string {
  const { end } = currentTerm(c, today)
  const notice = noticeDeadline(c, today, calendar)
  const toNotice = daysBetween(today, notice)
  const toEnd = `${formatDays(daysBetween(today, end))} left until the term ends on ${end}`
  if (toNotice < 0) return `notice missed ${formatDays(toNotice)} (${notice}); ${toEnd}`
  return `${formatDays(toNotice)} left to give notice (by ${notice}); ${toEnd}`
}

function periodLine(c: Contract, today: CalendarDate, calendar: WorkingDays): string {
  return `notice period ${noticePeriodText(c)} (notice deadline ${noticeDeadline(c, today, calendar)})`
}

/** What it costs a year, with the term it pays for. */
function valueLine(c: Contract, today: CalendarDate): string {
  return `${formatDecimal(c.annualValue, c.currency)} a year (the term ends ${currentTerm(c, today).end})`
}

const LINES: Record<ContractFact, (c: Contract, today: CalendarDate, calendar: WorkingDays) => string> = {
  value: valueLine,
  end: endLine,
  notice: noticeLine,
  days: daysLine,
  'notice-period': periodLine,
}

function lineFor(kind: ContractFact, c: Contract, today: CalendarDate, calendar: WorkingDays): string {
  if (isEnded(c, today)) return `${c.title} ended on ${c.endedOn ?? c.endDate}`
  const starts = c.startDate > today ? ` (starts ${c.startDate})` : ''
  return `${c.title}${starts}: ${LINES[kind](c, today, calendar)}`
}

/** One line for the contracts asked about: the active ones when the line named none. */
export function contractFactLine(
  kind: ContractFact,
  vendor: Vendor,
  contracts: readonly Contract[],
  today: CalendarDate,
  calendar: WorkingDays,
): string {
  if (contracts.length === 0) return `${vendor.name} has no contracts.`
  const active = contracts.filter((c) => isActive(c, today))
  const shown = contracts.length === 1 || active.length === 0 ? contracts : active
  const lines = shown.map((c) => lineFor(kind, c, today, calendar))
  if (lines.length === 1) return `${vendor.name} — ${lines[0]}.`
  return `${vendor.name} has ${shown.length} ${active.length > 0 ? 'active ' : ''}contracts. ${lines.join('. ')}.`
}
