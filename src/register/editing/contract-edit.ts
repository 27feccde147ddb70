// `contract edit <contract> <field> <value> [<field> <value> …]`: any contract field but its vendor.
// With no field, Slack and Teams get the contract's form filled in; the terminal a rejection.
import { isDeepStrictEqual } from 'node:util'
import type { Context, Request } from '../../commands/command.ts'
import { UserError } from '../../errors/errors.ts'
import { quote } from '../../parse/tokens.ts'
import { answer, type Reply } from '../../reply/reply.ts'
import { autoRenewOffNote, endAtCurrentTerm } from './auto-renew-off.ts'
import { isContractField } from './contract-add.ts'
import { applyContractFields, validateContract } from './contract-fields.ts'
import { contractToChange } from './contract-to-change.ts'
import { RegisterFieldError } from './field-error.ts'
import { CONTRACT_FIELDS } from './field-names.ts'
import { parsePairs } from './field-pairs.ts'
import { contractEditForm } from './register-forms.ts'
import { askForChanges, change, changedFields, contractFields, type RegisterUsage } from './register-reply.ts'

export const CONTRACT_EDIT: RegisterUsage = {
  form: 'contract edit <contract> <field> <value>',
  example: 'contract edit "Office 365" notice 90 days',
  permission: { role: 'owner', action: 'change this contract' },
}

const HIDDEN = new Set(['id', 'vendorId', 'decisions', 'calendar'])

export async function contractEdit(request: Request, context: Context): Promise<Reply> {
  const { today, contract, vendor, rest } = contractToChange(
    request,
    context,
    'contract edit',
    CONTRACT_EDIT,
    isContractField,
  )
  const { lead, fields } = parsePairs(rest, CONTRACT_FIELDS)
  if (lead !== '') {
    throw new UserError(
      `"${lead.split(/\s+/)[0]}" is not a contract field; use title, kind, start, end, auto-renew, term, notice, value, currency, owner, fee, credit, cap or status.`,
      CONTRACT_EDIT.form,
      CONTRACT_EDIT.example,
    )
  }
  if (fields.has('vendor') && fields.get('vendor')!.text.trim() !== vendor.name) {
    throw new RegisterFieldError(
      'vendor',
      `a contract stays with its vendor; end it and add it under the other vendor instead`,
    )
  }
  fields.delete('vendor')
  if (fields.size === 0) {
    return askForChanges(
      CONTRACT_EDIT,
      `${vendor.name} ${contract.title}`,
      contractEditForm(context.store, contract, vendor.name),
    )
  }
  const typed = new Set<string>(fields.keys())
  const edited = (base: typeof contract) =>
    endAtCurrentTerm(base, applyContractFields(base, fields, today), today)
  const draft = validateContract(context.store, edited(contract), typed)
  if (isDeepStrictEqual(draft, contract)) {
    return answer({
      text: [`${vendor.name} ${contract.title} already has those values. Nothing was changed.`],
    })
  }
  const { before, after } = await context.store.transact(change(request, context, 'contract edit'), (tx) => {
    const current = tx.get('contracts', contract.id)
    if (!current) throw new UserError(`${contract.title} was removed meanwhile. Nothing was changed.`)
    const next = validateContract(tx, edited(current), typed)
    tx.put('contracts', next)
    return { before: current, after: next }
  })
  return answer({
    title: `Contract updated: ${vendor.name} — ${after.title}`,
    text: [
      `Changed: ${changedFields(before, after, HIDDEN).join('; ')}.`,
      ...autoRenewOffNote(before, after, today),
    ],
    fields: contractFields(after, vendor, today, context.config.businessCalendar),
    actions: [{ label: 'Vendor card', command: `vendor ${quote(vendor.name)}` }],
    private: false,
  })
}
