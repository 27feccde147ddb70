// `contract renew <contract> end <date> [value <amount> <CUR>] [notice <n> days] [term <n> months]`
// records the outcome of a renewal: the new term starts the day after the current term's end, and
// the new end, value, notice and term replace the old ones. The start date stays as it was: moving
// it to the new term's start would make a contract renewed ahead of its end look "not started" and
// drop it from every countdown until then. Deadlines are computed from the record,
// so renewals, the vendor card and reminders follow the new deadline at once; the delivery ledger
// is keyed by deadline, so the old deadline's posts are never repeated and the new one's stages
// start afresh.
import type { Context, Request } from '../../commands/command.ts'
import { currentTerm } from '../../domain/current-term.ts'
import { UserError } from '../../errors/errors.ts'
import { quote } from '../../parse/tokens.ts'
import { answer, type Reply } from '../../reply/reply.ts'
import { addDays } from '../../time/calendar-date.ts'
import { isContractField } from './contract-add.ts'
import { applyContractFields, validateContract } from './contract-fields.ts'
import { contractToChange } from './contract-to-change.ts'
import { RegisterFieldError } from './field-error.ts'
import { CONTRACT_FIELDS, type ContractField } from './field-names.ts'
import { parsePairs } from './field-pairs.ts'
import { contractRenewForm } from './register-forms.ts'
import { askForFields, change, contractFields, type RegisterUsage } from './register-reply.ts'

export const CONTRACT_RENEW: RegisterUsage = {
  form: 'contract renew <contract> end <date> [value <amount> <CUR>] [notice <n> days] [term <n> months]',
  example: 'contract renew "Office 365" end 2028-06-30 value 215000 USD',
  permission: { role: 'owner', action: "record this contract's renewal" },
}

const RENEW_FIELDS: ReadonlySet<ContractField> = new Set([
  'end_date',
  'annual_value',
  'currency',
  'notice_days',
  'notice_months',
  'renewal_term_months',
])

export async function contractRenew(request: Request, context: Context): Promise<Reply> {
  const { today, contract, vendor, rest } = contractToChange(
    request,
    context,
    'contract renew',
    CONTRACT_RENEW,
    isContractField,
  )
  const { lead, fields } = parsePairs(rest, CONTRACT_FIELDS)
  if (lead !== '') {
    throw new UserError(
      `I found ${vendor.name} ${contract.title} but did not understand "${lead}"; give the new end date as end <date>.`,
      CONTRACT_RENEW.form,
      CONTRACT_RENEW.example,
    )
  }
  fields.delete('vendor')
  fields.delete('title')
  for (const field of fields.keys()) {
    if (!RENEW_FIELDS.has(field)) {
      throw new RegisterFieldError(
        field,
        'a renewal sets end, value, notice and term only; change other fields with contract edit',
      )
    }
  }
  const was = currentTerm(contract, today)
  const start = addDays(was.end, 1)
  if ((fields.get('end_date')?.text ?? '').trim() === '') {
    const values = Object.fromEntries([...fields].map(([k, v]) => [k, v.text]))
    return askForFields(
      CONTRACT_RENEW,
      'contract renew',
      ['end_date'],
      contractRenewForm(contract, vendor.name, values, ['end_date'], fields.size > 0, start),
    )
  }
  const renewed = { ...contract, status: 'active' as const, endedOn: null }
  const draft = applyContractFields(renewed, fields, today)
  if (draft.endDate <= start) {
    throw new RegisterFieldError(
      'end_date',
      `the new end date ${draft.endDate} must be after the new term's start ${start} (the day after the current end ${was.end})`,
    )
  }
  const typed = new Set<string>(fields.keys())
  validateContract(context.store, draft, typed)
  const after = await context.store.transact(change(request, context, 'contract renew'), (tx) => {
    const current = tx.get('contracts', contract.id)
    if (!current) throw new UserError(`${contract.title} was removed meanwhile. Nothing was changed.`)
    const next = validateContract(
      tx,
      applyContractFields({ ...current, status: 'active', endedOn: null }, fields, today),
      typed,
    )
    if (next.endDate <= currentTerm(current, today).end)
      throw new UserError('The contract was renewed meanwhile. Nothing was changed.')
    tx.put('contracts', next)
    return next
  })
  return answer({
    title: `Renewal recorded: ${vendor.name} — ${after.title}`,
    text: [
      `New term ${start} to ${after.endDate} (the current one ends ${was.end}).`,
      'Renewals, the agenda and reminders follow the new deadline from now on.',
    ],
    fields: contractFields(after, vendor, today, context.config.businessCalendar),
    actions: [{ label: 'Vendor card', command: `vendor ${quote(vendor.name)}` }],
    private: false,
  })
}
