// What every register command shares: the audit change, the reply for missing fields (a rejection
// with the grammar that also carries the form: each adapter shows whichever its surface can, SPEC
// §4.3), the catch that turns a bad field into its rejection, and the summary of a contract after
// a change.
import type { Command, Context, Handler, Permission, Request } from '../../commands/command.ts'
import type { Contract } from '../../domain/contract.ts'
import { currentTerm, isEnded, type Term } from '../../domain/current-term.ts'
import { formatDecimal } from '../../domain/money.ts'
import { noticeDeadline } from '../../domain/notice-deadline.ts'
import { noticePeriodText, type WorkingDays } from '../../domain/notice-period.ts'
import type { Vendor } from '../../domain/vendor.ts'
import { formatDays, userInline, yesNo } from '../../reply/format.ts'
import { type Field, type Form, type Reply, rejected } from '../../reply/reply.ts'
import type { ChangeInfo } from '../../store/store.ts'
import { type CalendarDate, daysBetween } from '../../time/calendar-date.ts'
import { fieldRejection, RegisterFieldError } from './field-error.ts'
import { FIELD_LABELS } from './field-names.ts'

export interface Usage {
  form: string
  example: string
}

/** A register command's grammar and who may run it (SPEC §6.1). */
export interface RegisterUsage extends Usage {
  permission: Permission
}

/** The audit entry of a register change: the action reads as the command ('contract renew'). */
export function change(request: Request, context: Context, action: string): ChangeInfo {
  return { who: request.user, at: context.clock.now(), action, requestId: request.requestId }
}

/** A command's handler with its bad fields turned into rejections that name them. */
export function registerCommand(
  declaration: Omit<Command, 'handler' | 'writes' | 'permission'>,
  usage: RegisterUsage,
  handler: Handler,
): Command {
  return {
    ...declaration,
    writes: true,
    permission: usage.permission,
    async handler(request, context) {
      try {
        return await handler(request, context)
      } catch (error) {
        if (error instanceof RegisterFieldError) return fieldRejection(error, usage)
        throw error
      }
    },
  }
}

export function labelList(fields: readonly string[]): string {
  return fields.map((f) => `${FIELD_LABELS[f as keyof typeof FIELD_LABELS] ?? f} (${f})`).join(', ')
}

/** An edit that names no field: a rejection saying so, carrying the filled-in form. */
export function askForChanges(usage: Usage, what: string, form: Form): Reply {
  const reply = rejected(
    `Name the field to change and its new value after ${what}. Nothing was changed.`,
    usage.form,
    usage.example,
  )
  return { ...reply, form: { ...form, prompt: 'Change the fields and save.' } }
}

/** Missing fields: a rejection naming them, carrying the form with what was typed. */
export function askForFields(usage: Usage, what: string, missing: readonly string[], form: Form): Reply {
  const reply = rejected(
    `${what} needs ${labelList(missing)}. Nothing was changed.`,
    usage.form,
    usage.example,
  )
  return { ...reply, form: { ...form, prompt: `Fill in ${labelList(missing)}.` } }
}

/**
 * The fields of a contract as the confirmation shows them: term, deadline, value. `term` is given
 * for a contract just ended, whose stored dates may be terms behind the one it ended in.
 */
export function contractFields(
  contract: Contract,
  vendor: Vendor,
  today: CalendarDate,
  calendar: WorkingDays,
  term: Term = currentTerm(contract, today),
): Field[] {
  const fields: Field[] = [
    { label: 'Vendor', value: vendor.name },
    { label: 'Contract', value: `${contract.title} (${contract.kind})` },
    { label: 'Dates', value: `${term.start} to ${term.end}` },
  ]
  if (isEnded(contract, today)) {
    fields.push({ label: 'Status', value: `ended ${contract.endedOn ?? contract.endDate}` })
  } else {
    const notice = noticeDeadline(contract, today, calendar)
    fields.push(
      { label: 'Notice deadline', value: `${notice}, ${formatDays(daysBetween(today, notice))}` },
      { label: 'Notice period', value: noticePeriodText(contract) },
    )
  }
  fields.push(
    {
      label: 'Auto-renew',
      value: contract.autoRenew ? `yes, every ${contract.renewalTermMonths} months` : yesNo(false),
    },
    { label: 'Annual value', value: formatDecimal(contract.annualValue, contract.currency) },
  )
  if (contract.owner !== '') fields.push({ label: 'Owner', value: [userInline(contract.owner)] })
  return fields
}

/** "notice_days 60 → 30; annual_value 120000.00 → 125000.00" for the fields that changed. */
export function changedFields(before: object, after: object, hidden: ReadonlySet<string>): string[] {
  const a = before as Record<string, unknown>
  const b = after as Record<string, unknown>
  const out: string[] = []
  for (const key of Object.keys(b)) {
    if (hidden.has(key)) continue
    const x = JSON.stringify(a[key] ?? null)
    const y = JSON.stringify(b[key] ?? null)
    if (x !== y) out.push(`${column(key)} ${show(a[key])} → ${show(b[key])}`)
  }
  return out
}

function column(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)'
  if (Array.isArray(value)) return value.length === 0 ? '(empty)' : value.join(';')
  if (typeof value === 'boolean') return yesNo(value)
  return String(value)
}
