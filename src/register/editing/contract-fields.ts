// Applies typed contract fields to a contract record and validates the result exactly as an
// import row is validated: the same field parsers, then the domain schema (ContractSchema), then
// the register rules (end after start, title unique for the vendor).
import { type Contract, ContractSchema } from '../../domain/contract.ts'
import { titleKey } from '../../import/import-lookup.ts'
import type { StoreView } from '../../store/store.ts'
import type { CalendarDate } from '../../time/calendar-date.ts'
import {
  parseContractKind,
  parseContractStatus,
  parseCurrency,
  parseMoney,
  parsePercent,
  parseYesNo,
  sameAmount,
} from '../fields.ts'
import { nameKey } from '../normalize.ts'
import { parseField, RegisterFieldError } from './field-error.ts'
import { type ContractField, columnOf } from './field-names.ts'
import type { FieldValue } from './field-pairs.ts'
import { parseAmountIn, parseDays, parseMonths, parseTypedDate, splitAmount } from './typed-values.ts'

export type ContractFields = Map<ContractField, FieldValue>

/** `base` with `fields` applied; throws RegisterFieldError naming the first bad field. */
export function applyContractFields(base: Contract, fields: ContractFields, today: CalendarDate): Contract {
  const next: Contract = { ...base }
  const text = (f: ContractField) => fields.get(f)?.text

  // Currency first: amounts are read in it. "value 120000 EUR" names it too.
  const valueText = text('annual_value')
  const valueParts = valueText === undefined ? undefined : parseField('annual_value', valueText, splitAmount)
  const currencyText = text('currency')
  let currency = base.currency
  if (currencyText !== undefined) currency = parseField('currency', currencyText, parseCurrency)
  if (valueParts?.currency !== undefined) {
    // "value 1000 XYZ": the bad part is the currency, so that is the field named.
    const typed = parseField('currency', valueParts.currency, parseCurrency)
    if (currencyText !== undefined && typed !== currency) {
      throw new RegisterFieldError(
        'currency',
        `the value is in ${typed} but the currency is given as ${currency}`,
      )
    }
    currency = typed
  }
  next.currency = currency
  const keep = (stored: string | null, value: string) =>
    stored !== null && base.currency === currency && sameAmount(stored, value, currency) ? stored : value

  if (valueParts !== undefined) {
    next.annualValue = keep(
      base.annualValue,
      parseField('annual_value', valueParts.amount, (v) => parseMoney(v, currency)),
    )
  } else if (currency !== base.currency) {
    // The stored amount must still fit the new currency's precision (12.50 is no JPY amount).
    next.annualValue = parseField('currency', base.annualValue, (v) => parseMoney(v, currency))
  }
  const fee = text('monthly_fee')
  if (fee !== undefined) {
    next.monthlyFee =
      fee.trim() === ''
        ? null
        : keep(
            base.monthlyFee,
            parseField('monthly_fee', fee, (v) => parseAmountIn(v, currency)),
          )
  } else if (currency !== base.currency && base.monthlyFee !== null) {
    next.monthlyFee = parseField('currency', base.monthlyFee, (v) => parseMoney(v, currency))
  }

  const title = text('title')
  if (title !== undefined) next.title = title.trim()
  const kind = text('kind')
  if (kind !== undefined) next.kind = parseField('kind', kind, parseContractKind)
  const start = text('start_date')
  if (start !== undefined) next.startDate = parseField('start_date', start, (v) => parseTypedDate(v, today))
  const end = text('end_date')
  if (end !== undefined) next.endDate = parseField('end_date', end, (v) => parseTypedDate(v, today))
  const autoRenew = text('auto_renew')
  if (autoRenew !== undefined) next.autoRenew = parseField('auto_renew', autoRenew, parseYesNo)
  const term = text('renewal_term_months')
  if (term !== undefined) next.renewalTermMonths = parseField('renewal_term_months', term, parseMonths)
  const notice = text('notice_days')
  if (notice !== undefined) next.noticeDays = parseField('notice_days', notice, (v) => parseDays(v, 3650))
  const owner = text('owner')
  if (owner !== undefined) next.owner = owner.trim()
  const credit = text('credit_percent_per_breach')
  if (credit !== undefined)
    next.creditPercentPerBreach =
      credit.trim() === '' ? null : parseField('credit_percent_per_breach', credit, parsePercent)
  const cap = text('credit_cap_percent')
  if (cap !== undefined)
    next.creditCapPercent = cap.trim() === '' ? null : parseField('credit_cap_percent', cap, parsePercent)
  const status = text('status')
  if (status !== undefined) {
    next.status = parseField('status', status, parseContractStatus)
    next.endedOn = next.status === 'ended' ? (base.status === 'ended' ? base.endedOn : today) : null
  }
  return next
}

/** The register's rules for a whole contract, as on import; throws RegisterFieldError. */
export function validateContract(view: StoreView, contract: Contract, typed: ReadonlySet<string>): Contract {
  if (contract.title === '') throw new RegisterFieldError('title', 'the contract title is empty')
  if (contract.endDate <= contract.startDate) {
    // Name the field the user typed: a new start after the end is the start's fault.
    const field = typed.has('start_date') && !typed.has('end_date') ? 'start_date' : 'end_date'
    throw new RegisterFieldError(
      field,
      `the end date ${contract.endDate} must be after the start date ${contract.startDate}`,
    )
  }
  const clash = view
    .all('contracts')
    .find(
      (c) =>
        c.vendorId === contract.vendorId &&
        c.id !== contract.id &&
        (titleKey(c.title) === titleKey(contract.title) || nameKey(c.title) === nameKey(contract.title)),
    )
  if (clash) {
    const vendor = view.get('vendors', contract.vendorId)?.name ?? 'this vendor'
    throw new RegisterFieldError('title', `${vendor} already has a contract titled "${clash.title}"`)
  }
  const parsed = ContractSchema.safeParse(contract)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const column = columnOf(issue.path) || 'title'
    throw new RegisterFieldError(column, issue.message)
  }
  return parsed.data
}
