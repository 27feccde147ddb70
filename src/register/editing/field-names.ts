// The field keywords of register commands (SPEC §4.3): the CSV column names of §7, written with
// `-` or `_`, and a few short forms. Form fields and field errors are keyed by the column name, so
// a Slack modal, a Teams card, a typed line and an import all name a field the same way.

export type VendorField = 'name' | 'aliases' | 'category' | 'tier' | 'owner' | 'contact_email' | 'notes'

export type ContractField =
  | 'vendor'
  | 'title'
  | 'kind'
  | 'start_date'
  | 'end_date'
  | 'auto_renew'
  | 'renewal_term_months'
  | 'notice_days'
  | 'notice_months'
  | 'notice_shift'
  | 'claim_days'
  | 'annual_value'
  | 'currency'
  | 'owner'
  | 'monthly_fee'
  | 'credit_percent_per_breach'
  | 'credit_cap_percent'
  | 'status'

export const VENDOR_FIELDS: Record<string, VendorField> = {
  name: 'name',
  aliases: 'aliases',
  alias: 'aliases',
  category: 'category',
  tier: 'tier',
  owner: 'owner',
  contact_email: 'contact_email',
  email: 'contact_email',
  notes: 'notes',
  note: 'notes',
}

export const CONTRACT_FIELDS: Record<string, ContractField> = {
  vendor: 'vendor',
  title: 'title',
  kind: 'kind',
  start_date: 'start_date',
  start: 'start_date',
  end_date: 'end_date',
  end: 'end_date',
  auto_renew: 'auto_renew',
  autorenew: 'auto_renew',
  renewal_term_months: 'renewal_term_months',
  term: 'renewal_term_months',
  notice_days: 'notice_days',
  notice: 'notice_days',
  notice_months: 'notice_months',
  notice_shift: 'notice_shift',
  claim_days: 'claim_days',
  claim: 'claim_days',
  annual_value: 'annual_value',
  value: 'annual_value',
  currency: 'currency',
  owner: 'owner',
  monthly_fee: 'monthly_fee',
  fee: 'monthly_fee',
  credit_percent_per_breach: 'credit_percent_per_breach',
  credit: 'credit_percent_per_breach',
  credit_cap_percent: 'credit_cap_percent',
  cap: 'credit_cap_percent',
  status: 'status',
}

/** How a field is named in messages: "end date (end_date)". */
export const FIELD_LABELS: Record<VendorField | ContractField, string> = {
  name: 'name',
  aliases: 'aliases',
  category: 'category',
  tier: 'tier',
  owner: 'owner',
  contact_email: 'contact email',
  notes: 'notes',
  vendor: 'vendor',
  title: 'title',
  kind: 'kind',
  start_date: 'start date',
  end_date: 'end date',
  auto_renew: 'auto-renew',
  renewal_term_months: 'renewal term (months)',
  notice_days: 'notice (days)',
  notice_months: 'notice (months)',
  notice_shift: 'notice shift',
  claim_days: 'claim window (days after month end)',
  annual_value: 'annual value',
  currency: 'currency',
  monthly_fee: 'monthly fee',
  credit_percent_per_breach: 'credit % per breach',
  credit_cap_percent: 'credit cap %',
  status: 'status',
}

/** "Auto-Renew", "start-date" → "auto_renew", "start_date"; the key looked up in a field table. */
export function keywordKey(word: string): string {
  return word.toLowerCase().replace(/-/g, '_')
}

/** A schema path (camelCase) → the column a field error is keyed by: ['startDate'] → start_date. */
export function columnOf(path: readonly PropertyKey[]): string {
  const first = path[0]
  return first === undefined ? '' : String(first).replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
}
