// The forms Slack (modal) and Teams (Adaptive Card) show for a register command with missing
// fields. Field names are the CSV column names, so a submitted form comes back as the same
// keyword–value line a user could type, and field errors land on the right input.
import { CONTRACT_KINDS, type Contract } from '../../domain/contract.ts'
import { TIERS, type Vendor } from '../../domain/vendor.ts'
import { formatAliases, formatYesNo } from '../../parse/fields.ts'
import { quote } from '../../parse/tokens.ts'
import type { Form, FormField } from '../../reply/reply.ts'
import type { StoreView } from '../../store/store.ts'

type Values = Record<string, string>

/**
 * Slack and Teams leave an emptied input out of a submission, so an edit form's command first
 * clears the optional fields (`owner ""`); whatever the form sends follows and wins. Emptying an
 * input in the form thus clears the field, as it would on the card itself.
 */
function clearing(command: string, fields: readonly FormField[]): string {
  return [command, ...fields.filter((f) => !f.required).map((f) => `${f.name} ""`)].join(' ')
}

/** Slack lists at most 100 options; beyond that the vendor is typed. */
const MAX_CHOICES = 100

function fill(fields: FormField[], values: Values, missing: readonly string[], mark: boolean): FormField[] {
  return fields.map((f) => {
    const value = values[f.name]
    const out: FormField = { ...f }
    if (value !== undefined && value !== '') out.value = value
    if (mark && missing.includes(f.name)) out.error = 'Required.'
    return out
  })
}

const VENDOR_FIELDS: FormField[] = [
  { name: 'name', label: 'Name', type: 'text', required: true, placeholder: 'Northwind Traders' },
  { name: 'tier', label: 'Risk tier', type: 'choice', required: true, options: [...TIERS] },
  { name: 'category', label: 'Category', type: 'text', required: false, placeholder: 'Managed print' },
  { name: 'owner', label: 'Owner (user id or email)', type: 'text', required: false },
  {
    name: 'aliases',
    label: 'Aliases (; between them)',
    type: 'text',
    required: false,
    placeholder: 'NWT; Northwind',
  },
  { name: 'contact_email', label: 'Contact email', type: 'text', required: false },
  { name: 'notes', label: 'Notes', type: 'multiline', required: false },
]

export function vendorValues(v: Vendor): Values {
  return {
    name: v.name,
    tier: v.tier,
    category: v.category,
    owner: v.owner,
    aliases: formatAliases(v.aliases),
    contact_email: v.contactEmail,
    notes: v.notes,
  }
}

export function vendorAddForm(values: Values, missing: readonly string[], mark: boolean): Form {
  return {
    command: 'vendor add',
    title: 'Add a vendor',
    submitLabel: 'Add vendor',
    fields: fill(VENDOR_FIELDS, values, missing, mark),
  }
}

export function vendorEditForm(vendor: Vendor): Form {
  return {
    command: clearing(`vendor edit ${quote(vendor.name)}`, VENDOR_FIELDS),
    title: 'Edit vendor',
    submitLabel: 'Save',
    fields: fill(VENDOR_FIELDS, vendorValues(vendor), [], false),
  }
}

function contractFields(view: StoreView, withVendor: boolean): FormField[] {
  const names = view.all('vendors').map((v) => v.name)
  const vendor: FormField =
    names.length > 0 && names.length <= MAX_CHOICES
      ? {
          name: 'vendor',
          label: 'Vendor',
          type: 'choice',
          required: true,
          options: names.sort((a, b) => a.localeCompare(b, 'en')),
        }
      : { name: 'vendor', label: 'Vendor', type: 'text', required: true }
  return [
    ...(withVendor ? [vendor] : []),
    { name: 'title', label: 'Title', type: 'text', required: true, placeholder: 'Office 365 E3' },
    { name: 'kind', label: 'Kind', type: 'choice', required: true, options: [...CONTRACT_KINDS] },
    { name: 'start_date', label: 'Start date', type: 'date', required: true },
    { name: 'end_date', label: 'End date', type: 'date', required: true },
    {
      name: 'notice_days',
      label: 'Notice (days, or months such as "3 months")',
      type: 'text',
      required: true,
      placeholder: '60',
    },
    {
      name: 'notice_shift',
      label: 'Notice on a weekend or holiday',
      type: 'choice',
      required: false,
      options: ['none', 'business_day'],
    },
    { name: 'annual_value', label: 'Annual value', type: 'text', required: true, placeholder: '207000.00' },
    { name: 'currency', label: 'Currency (ISO code)', type: 'text', required: true, placeholder: 'USD' },
    { name: 'auto_renew', label: 'Auto-renew', type: 'choice', required: true, options: ['yes', 'no'] },
    {
      name: 'renewal_term_months',
      label: 'Renewal term (months)',
      type: 'number',
      required: false,
      placeholder: '12',
    },
    { name: 'owner', label: "Owner (empty: the vendor's)", type: 'text', required: false },
    { name: 'monthly_fee', label: 'Monthly fee', type: 'text', required: false },
    {
      name: 'credit_percent_per_breach',
      label: 'Service credit % per breach',
      type: 'text',
      required: false,
    },
    { name: 'credit_cap_percent', label: 'Service credit cap % a month', type: 'text', required: false },
  ]
}

/** The notice period as the notice field takes it back: "60" or "3 months". */
function noticeValue(c: Contract): string {
  return c.noticeMonths === undefined ? String(c.noticeDays) : `${c.noticeMonths} months`
}

export function contractValues(c: Contract, vendorName: string): Values {
  return {
    vendor: vendorName,
    title: c.title,
    kind: c.kind,
    start_date: c.startDate,
    end_date: c.endDate,
    notice_days: noticeValue(c),
    notice_shift: c.noticeShift ?? 'none',
    annual_value: c.annualValue,
    currency: c.currency,
    auto_renew: formatYesNo(c.autoRenew),
    renewal_term_months: String(c.renewalTermMonths),
    owner: c.owner,
    monthly_fee: c.monthlyFee ?? '',
    credit_percent_per_breach: c.creditPercentPerBreach ?? '',
    credit_cap_percent: c.creditCapPercent ?? '',
  }
}

export function contractAddForm(
  view: StoreView,
  values: Values,
  missing: readonly string[],
  mark: boolean,
): Form {
  return {
    command: 'contract add',
    title: 'Add a contract',
    submitLabel: 'Add contract',
    fields: fill(contractFields(view, true), { auto_renew: 'no', ...values }, missing, mark),
  }
}

/** `contract edit "<vendor>" "<title>"`: the command a form or a button names one contract by. */
export function contractRef(command: string, vendorName: string, contract: Contract): string {
  return `${command} ${quote(vendorName)} ${quote(contract.title)}`
}

export function contractEditForm(view: StoreView, contract: Contract, vendorName: string): Form {
  // The renewal term always has a value (12 by default), so the edit form asks for it.
  const editable = contractFields(view, false).map((f) =>
    f.name === 'renewal_term_months' ? { ...f, required: true } : f,
  )
  return {
    command: clearing(contractRef('contract edit', vendorName, contract), editable),
    title: 'Edit contract',
    submitLabel: 'Save',
    fields: fill(editable, contractValues(contract, vendorName), [], false),
  }
}

export function contractRenewForm(
  contract: Contract,
  vendorName: string,
  values: Values,
  missing: readonly string[],
  mark: boolean,
  newStart: string,
): Form {
  const fields: FormField[] = [
    {
      name: 'end_date',
      label: `New end date (the new term starts ${newStart})`,
      type: 'date',
      required: true,
    },
    { name: 'annual_value', label: 'Annual value', type: 'text', required: true },
    { name: 'currency', label: 'Currency (ISO code)', type: 'text', required: true },
    {
      name: 'notice_days',
      label: 'Notice (days, or months such as "3 months")',
      type: 'text',
      required: true,
    },
    { name: 'renewal_term_months', label: 'Renewal term (months)', type: 'number', required: true },
  ]
  const current = {
    annual_value: contract.annualValue,
    currency: contract.currency,
    notice_days: noticeValue(contract),
    renewal_term_months: String(contract.renewalTermMonths),
  }
  return {
    command: contractRef('contract renew', vendorName, contract),
    title: 'Record a renewal',
    submitLabel: 'Record renewal',
    fields: fill(fields, { ...current, ...values }, missing, mark),
  }
}
