// `contract add <vendor> <title> kind <k> start <date> end <date> notice <n> [days] value <amount>
// <CUR> [auto-renew yes|no] [term <n> months] [owner <user>] [fee <amount>] [credit <p>%] [cap <p>%]`.
// The vendor and title come by position or as `vendor …` / `title …` (how a submitted form sends
// them). Missing fields open a form on Slack and Teams and are a rejection in the terminal.
import { randomUUID } from 'node:crypto'
import type { Context, Request } from '../../commands/command.ts'
import { todayOf } from '../../contracts/today.ts'
import type { Contract } from '../../domain/contract.ts'
import type { Vendor } from '../../domain/vendor.ts'
import { requireVendor } from '../../lookup/vendor-argument.ts'
import { findVendor } from '../../lookup/vendor-lookup.ts'
import { quote } from '../../parse/tokens.ts'
import { assertAllowed } from '../../permissions/roles.ts'
import { answer, type Reply } from '../../reply/reply.ts'
import { applyContractFields, type ContractFields, validateContract } from './contract-fields.ts'
import { RegisterFieldError } from './field-error.ts'
import { CONTRACT_FIELDS, type ContractField } from './field-names.ts'
import { isKeyword, leadName, parsePairs } from './field-pairs.ts'
import { contractAddForm } from './register-forms.ts'
import { askForFields, change, contractFields, type RegisterUsage } from './register-reply.ts'

export const CONTRACT_ADD: RegisterUsage = {
  form: 'contract add <vendor> <title> kind <k> start <date> end <date> notice <n> [days] value <amount> <CUR> [auto-renew yes|no] [term <n> months] [owner <user>] [fee <amount>] [credit <p>%] [cap <p>%]',
  example:
    'contract add Contoso "Office 365" kind saas start 2026-07-01 end 2027-06-30 notice 60 days value 207000 USD auto-renew yes',
  permission: { role: 'owner', action: 'add contracts to this vendor' },
}

const REQUIRED: ContractField[] = [
  'vendor',
  'title',
  'kind',
  'start_date',
  'end_date',
  'notice_days',
  'annual_value',
  'currency',
]

export const isContractField = (w: string) => isKeyword(CONTRACT_FIELDS, w)

/** The vendor named by a `vendor` field: exactly, since a write never acts on a guess. */
function vendorByField(context: Context, typed: string): Vendor {
  const match = findVendor(context.store, typed)
  if (match.kind === 'exact') return match.vendor
  const near =
    match.kind === 'fuzzy' ? [match.vendor] : match.kind === 'ambiguous' ? match.candidates : match.nearest
  const hint = near.length > 0 ? `; did you mean ${near.map((v) => v.name).join(' or ')}?` : ''
  throw new RegisterFieldError('vendor', `no vendor is named exactly "${typed}"${hint}`)
}

function readLine(context: Context, args: string): { vendor?: Vendor; fields: ContractFields } {
  const first = parsePairs(args, CONTRACT_FIELDS)
  if (first.lead === '') {
    const typed = first.fields.get('vendor')?.text.trim()
    return { ...(typed ? { vendor: vendorByField(context, typed) } : {}), fields: first.fields }
  }
  const { vendor, rest } = requireVendor(context.store, args, {
    write: true,
    command: 'contract add',
    form: CONTRACT_ADD.form,
    example: CONTRACT_ADD.example,
    isStop: isContractField,
  })
  const { lead, fields } = parsePairs(rest, CONTRACT_FIELDS)
  if (fields.has('vendor')) throw new RegisterFieldError('vendor', 'the vendor is given twice')
  fields.set('vendor', { text: vendor.name, keyword: 'vendor' })
  if (lead !== '') {
    if (fields.has('title')) throw new RegisterFieldError('title', 'the title is given twice')
    fields.set('title', { text: leadName(lead), keyword: 'title' })
  }
  return { vendor, fields }
}

export async function contractAdd(request: Request, context: Context): Promise<Reply> {
  const { vendor, fields } = readLine(context, request.args)
  if (vendor) assertAllowed(request, context, CONTRACT_ADD.permission, { vendor })
  const given = (f: ContractField) => (fields.get(f)?.text ?? '').trim() !== ''
  const currencyInValue = /\s[A-Za-z]+$|^[A-Za-z]+\s/.test(fields.get('annual_value')?.text.trim() ?? '')
  const missing = REQUIRED.filter(
    (f) =>
      !given(f) && !(f === 'currency' && currencyInValue) && !(f === 'notice_days' && given('notice_months')),
  )
  if (missing.length > 0) {
    const values = Object.fromEntries([...fields].map(([k, v]) => [k, v.text]))
    return askForFields(
      CONTRACT_ADD,
      'contract add',
      missing,
      contractAddForm(context.store, values, missing, fields.size > (vendor ? 1 : 0)),
    )
  }
  const owner = vendor!
  const today = todayOf(context)
  const base: Contract = {
    id: randomUUID(),
    vendorId: owner.id,
    title: '',
    kind: 'saas',
    startDate: today,
    endDate: today,
    autoRenew: false,
    renewalTermMonths: 12,
    noticeDays: 0,
    annualValue: '0',
    currency: '',
    owner: '',
    monthlyFee: null,
    creditPercentPerBreach: null,
    creditCapPercent: null,
    claimDays: null,
    status: 'active',
    endedOn: null,
    calendar: null,
    decisions: [],
  }
  const typed = new Set<string>(fields.keys())
  const draft = applyContractFields(base, fields, today)
  validateContract(context.store, draft, typed)
  const contract = await context.store.transact(change(request, context, 'contract add'), (tx) => {
    const valid = validateContract(tx, draft, typed)
    tx.put('contracts', valid)
    return valid
  })
  return answer({
    title: `Contract added: ${owner.name} — ${contract.title}`,
    ...(fields.has('auto_renew')
      ? {}
      : {
          text: [
            `Auto-renew was not given, so it is recorded as no. If it renews itself: contract edit ${quote(owner.name)} ${quote(contract.title)} auto-renew yes`,
          ],
        }),
    fields: contractFields(contract, owner, today, context.config.businessCalendar),
    actions: [
      { label: 'Vendor card', command: `vendor ${quote(owner.name)}` },
      { label: 'Renewals', command: 'renewals' },
    ],
    private: false,
  })
}
