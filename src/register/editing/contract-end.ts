// `contract end <contract> [on <date>]`: terminated or not renewed. The contract leaves every
// countdown and reminder at once (status ended); the vendor card lists it as ended on that date.
import type { Context, Request } from '../../commands/command.ts'
import { currentTerm, type Term } from '../../domain/current-term.ts'
import { UserError } from '../../errors/errors.ts'
import { quote } from '../../parse/tokens.ts'
import { answer, type Reply } from '../../reply/reply.ts'
import { contractToChange } from './contract-to-change.ts'
import { parseField } from './field-error.ts'
import { change, contractFields, type RegisterUsage } from './register-reply.ts'
import { parseTypedDate } from './typed-values.ts'

export const CONTRACT_END: RegisterUsage = {
  form: 'contract end <contract> [on <date>]',
  example: 'contract end "Office 365" on 2027-06-30',
  permission: { role: 'owner', action: 'end this contract' },
}

export async function contractEnd(request: Request, context: Context): Promise<Reply> {
  const { today, contract, vendor, rest } = contractToChange(
    request,
    context,
    'contract end',
    CONTRACT_END,
    (w) => /^(?:--)?on$/i.test(w),
  )
  const on = /^(?:--)?on\b\s*(.*)$/is.exec(rest)
  if (rest !== '' && !on) {
    throw new UserError(
      `I found ${vendor.name} ${contract.title} but did not understand "${rest}" after it; give the date as on <date>.`,
      CONTRACT_END.form,
      CONTRACT_END.example,
    )
  }
  const date = on ? parseField('on', on[1]!, (v) => parseTypedDate(v, today)) : today
  // An end recorded for a day still to come may be moved (to today, say, to remove the vendor).
  const recorded = contract.status === 'ended' ? (contract.endedOn ?? contract.endDate) : null
  if (recorded !== null && (recorded <= today || recorded === date)) {
    return answer({
      text: [
        `${vendor.name} ${contract.title} already ${recorded <= today ? 'ended' : 'ends'} on ${recorded}. Nothing was changed.`,
      ],
    })
  }
  if (date < contract.startDate) {
    throw new UserError(
      `${date} is before ${contract.title} started (${contract.startDate}); give the day it ends. Nothing was changed.`,
      CONTRACT_END.form,
      CONTRACT_END.example,
    )
  }
  // The term it is in now: an auto-renewing contract may be several terms past its stored end.
  const term = currentTerm(contract, today)
  const ended = await context.store.transact(change(request, context, 'contract end'), (tx) => {
    const current = tx.get('contracts', contract.id)
    if (!current) throw new UserError(`${contract.title} was removed meanwhile. Nothing was changed.`)
    const next = { ...current, status: 'ended' as const, endedOn: date }
    tx.put('contracts', next)
    return next
  })
  return answer({
    title: `Contract ended: ${vendor.name} — ${ended.title}`,
    text: [
      `Ended on ${date}${againstTerm(date, term)}. It has left renewals, the agenda and reminders; the vendor card lists it as ended.`,
    ],
    fields: contractFields(ended, vendor, today, context.config.businessCalendar, term),
    actions: [{ label: 'Vendor card', command: `vendor ${quote(vendor.name)}` }],
    private: false,
  })
}

/** Where the end falls against the current term, so a date typed from memory shows up. */
function againstTerm(date: string, term: Term): string {
  if (date === term.end) return ', the end of its current term'
  if (date < term.end) return `, before its current term ends on ${term.end}`
  return `, after its current term ends on ${term.end}`
}
