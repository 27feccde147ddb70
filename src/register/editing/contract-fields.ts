// Applies typed contract fields to a contract record and validates the result exactly as an
// import row is validated: the same field parsers, then the domain schema (ContractSchema), then
// the register rules (end after start, title unique for the vendor).
import { type Contract, ContractSchema } from '../../domain/contract.ts'
import { nameKey, titleKey } from '../../domain/normalize.ts'
import {
  parseContractKind,
  parseContractStatus,
  parseCurrency,
  parseMoney,
  parseNoticeShift,
  parsePercent,
  parseYesNo,
  sameAmount,
} from '../../parse/fields.ts'
import type { StoreView } from '../../store/store.ts'
import type { CalendarDate } from '../../time/calendar-date.ts'
import { FieldErrors, parseField, RegisterFieldError } from './field-error.ts'
import { type ContractField, columnOf } from './field-names.ts'
import type { FieldValue } from './field-pairs.ts'
import { parseAmountIn, parseDays, parseMonths, parseTypedDate, splitAmount } from './typed-values.ts'

export type ContractFields = Map<ContractField, FieldValue>

/** `base` with `fields` applied; throws RegisterFieldError naming every bad field. */
export function applyContractFields(base: Contract, fields: ContractFields, today: CalendarDate): Contract {
  const next: Contract = { ...base }
  const text = (f: ContractField) => fields.get(f)?.text
  const errors = new FieldErrors()

  errors.attempt(() => {
    if (text('notice_days') !== undefined && text('notice_months') !== undefined) {
      throw new RegisterFieldError(
        'notice_months',
        'give the notice period in days or in months, not both (e.g. notice 90 days, or notice 3 months)',
      )
    }
  })
  errors.attempt(() => applyMoney(base, next, text))
  const simple: [ContractField, (v: string) => void][] = [
    ['title', (v) => (next.title = v.trim())],
    ['kind', (v) => (next.kind = parseField('kind', v, parseContractKind))],
    ['start_date', (v) => (next.startDate = parseField('start_date', v, (d) => parseTypedDate(d, today)))],
    ['end_date', (v) => (next.endDate = parseField('end_date', v, (d) => parseTypedDate(d, today)))],
    ['auto_renew', (v) => (next.autoRenew = parseField('auto_renew', v, parseYesNo))],
    [
      'renewal_term_months',
      (v) => (next.renewalTermMonths = parseField('renewal_term_months', v, parseMonths)),
    ],
    ['notice_days', (v) => applyNotice(next, 'notice_days', v)],
    ['notice_months', (v) => applyNotice(next, 'notice_months', v)],
    [
      'notice_shift',
      (v) => {
        const shift = parseField('notice_shift', v, parseNoticeShift)
        if (shift === 'business_day') next.noticeShift = shift
        else delete next.noticeShift
      },
    ],
    ['owner', (v) => (next.owner = v.trim())],
    [
      'claim_days',
      (v) =>
        (next.claimDays = v.trim() === '' ? null : parseField('claim_days', v, (d) => parseDays(d, 3650))),
    ],
    [
      'credit_percent_per_breach',
      (v) =>
        (next.creditPercentPerBreach =
          v.trim() === '' ? null : parseField('credit_percent_per_breach', v, parsePercent)),
    ],
    [
      'credit_cap_percent',
      (v) =>
        (next.creditCapPercent = v.trim() === '' ? null : parseField('credit_cap_percent', v, parsePercent)),
    ],
    [
      'status',
      (v) => {
        next.status = parseField('status', v, parseContractStatus)
        next.endedOn = next.status === 'ended' ? (base.status === 'ended' ? base.endedOn : today) : null
      },
    ],
  ]
  for (const [field, apply] of simple) {
    const value = text(field)
    if (value !== undefined) errors.attempt(() => apply(value))
  }
  errors.throwIfAny()
  return next
}

/**
 * Notice in days or in calendar months (SPEC §11): exactly one is kept. "notice 3 months" comes
 * through the notice_days keyword, so the unit decides.
 */
function applyNotice(next: Contract, field: 'notice_days' | 'notice_months', value: string): void {
  if (field === 'notice_months' || /^\s*\d+\s*months?\s*$/i.test(value)) {
    next.noticeMonths = parseField(field, value, parseMonths)
    next.noticeDays = 0
  } else {
    next.noticeDays = parseField('notice_days', value, (d) => parseDays(d, 3650))
    delete next.noticeMonths
  }
}

/** Currency, annual value and monthly fee: amounts are read in the contract's (new) currency. */
function applyMoney(base: Contract, next: Contract, text: (f: ContractField) => string | undefined): void {
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
