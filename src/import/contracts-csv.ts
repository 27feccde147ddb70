// contracts.csv (SPEC §7): one contract a row, matched by vendor + title; ended_on is the day
// `contract end` ended it. Fields the file does not carry (decisions, calendar) are kept; amounts equal in value keep their stored text,
// so an exported file imports back unchanged.
import { randomUUID } from 'node:crypto'
import { type CsvFileSpec, type ImportContext, RowError } from '../csv/csv-spec.ts'
import { claimRow, findImportContract, findImportVendor, rememberContract } from '../csv/import-lookup.ts'
import { field, has, optional, required } from '../csv/row-values.ts'
import { schemaColumns } from '../csv/schema-columns.ts'
import { type Contract, ContractSchema } from '../domain/contract.ts'
import { titleKey } from '../domain/normalize.ts'
import {
  formatYesNo,
  parseContractKind,
  parseContractStatus,
  parseCurrency,
  parseIsoDate,
  parseMoney,
  parseNoticeShift,
  parsePercent,
  parseWholeNumber,
  parseYesNo,
  sameAmount,
} from '../parse/fields.ts'

const text = (v: string) => v.trim()

function endedOn(
  row: Record<string, string>,
  context: ImportContext,
  status: Contract['status'],
  existing: Contract | undefined,
): string | null {
  const kept = existing?.status === 'ended' ? existing.endedOn : null
  const date = optional(row, context, 'ended_on', parseIsoDate, {
    empty: null,
    existing: kept,
    fallback: null,
  })
  if (status === 'ended') return date
  if (date !== null) {
    throw new RowError(
      'ended_on',
      'only a contract with status ended has an ended_on date; set status to ended or leave ended_on empty',
    )
  }
  return null
}

type NoticePeriod = Pick<Contract, 'noticeDays' | 'noticeMonths' | 'noticeShift'>

/**
 * notice_days or notice_months, exactly one (SPEC §11), and notice_shift. A file without either
 * column keeps the existing contract's period; a business_day shift is the only one stored.
 */
function noticePeriod(
  row: Record<string, string>,
  context: ImportContext,
  existing: Contract | undefined,
): NoticePeriod {
  const days = has(context, 'notice_days') ? (row.notice_days ?? '').trim() : undefined
  const months = has(context, 'notice_months') ? (row.notice_months ?? '').trim() : undefined
  const shift = optional(row, context, 'notice_shift', parseNoticeShift, {
    empty: 'none',
    existing: existing?.noticeShift ?? 'none',
    fallback: 'none',
  })
  const shifted: NoticePeriod =
    shift === 'business_day' ? { noticeDays: 0, noticeShift: shift } : { noticeDays: 0 }
  if (days && months) {
    throw new RowError('notice_months', 'give notice_days or notice_months, not both; leave the other empty')
  }
  if (months) {
    return {
      ...shifted,
      noticeMonths: field(row, 'notice_months', (v) => parseWholeNumber(v, { min: 1, max: 120 })),
    }
  }
  if (days)
    return { ...shifted, noticeDays: field(row, 'notice_days', (v) => parseWholeNumber(v, { max: 3650 })) }
  if (days === undefined && months === undefined && existing) {
    const kept: NoticePeriod = { ...shifted, noticeDays: existing.noticeDays }
    if (existing.noticeMonths !== undefined) kept.noticeMonths = existing.noticeMonths
    return kept
  }
  throw new RowError(
    'notice_days',
    'the notice period is empty; give notice_days (e.g. 90) or notice_months (e.g. 3)',
  )
}

export const contractsCsv: CsvFileSpec = {
  file: 'contracts.csv',
  order: 2,
  // The business calendar and renewal decisions are set by commands, not carried in the file.
  // notice_days is required unless notice_months is set (SPEC §11): checked per row.
  columns: schemaColumns(ContractSchema, {
    omit: ['id', 'calendar', 'decisions'],
    rename: { vendorId: 'vendor' },
    optional: ['notice_days'],
    text: ['vendor', 'title', 'owner'],
  }),

  applyRow(row, tx, context) {
    const vendorName = required(row, 'vendor', 'the vendor')
    const vendor = findImportVendor(tx, context, vendorName)
    if (!vendor) {
      throw new RowError(
        'vendor',
        `no vendor named "${vendorName}"; add it to vendors.csv or the register first`,
      )
    }
    const title = required(row, 'title', 'the contract title')
    const earlier = claimRow(tx, context, `${vendor.id}\u0000${titleKey(title)}`)
    if (earlier !== undefined) {
      throw new RowError('title', `contract "${title}" of ${vendor.name} is already on line ${earlier}`)
    }
    const existing = findImportContract(tx, context, vendor.id, title)

    const startDate = field(row, 'start_date', parseIsoDate)
    const endDate = field(row, 'end_date', parseIsoDate)
    if (endDate <= startDate) {
      throw new RowError('end_date', `the end date ${endDate} must be after the start date ${startDate}`)
    }
    const currency = field(row, 'currency', parseCurrency)
    const money = (column: string, stored: string | null | undefined): string => {
      const value = field(row, column, (v) => parseMoney(v, currency))
      return stored != null && existing?.currency === currency && sameAmount(stored, value, currency)
        ? stored
        : value
    }
    const optionalMoney = (column: string, stored: string | null | undefined): string | null => {
      if (!has(context, column)) return stored === undefined ? null : stored
      if ((row[column] ?? '').trim() === '') return null
      return money(column, stored)
    }
    const status = optional<'active' | 'ended'>(row, context, 'status', parseContractStatus, {
      empty: 'active',
      existing: existing?.status,
      fallback: 'active',
    })

    const contract: Contract = {
      id: existing?.id ?? randomUUID(),
      vendorId: vendor.id,
      title,
      kind: field(row, 'kind', parseContractKind),
      startDate,
      endDate,
      autoRenew: field(row, 'auto_renew', parseYesNo),
      renewalTermMonths: optional(
        row,
        context,
        'renewal_term_months',
        (v) => parseWholeNumber(v, { min: 1, max: 120 }),
        {
          empty: 12,
          existing: existing?.renewalTermMonths,
          fallback: 12,
        },
      ),
      ...noticePeriod(row, context, existing),
      annualValue: money('annual_value', existing?.annualValue),
      currency,
      owner: optional(row, context, 'owner', text, { empty: '', existing: existing?.owner, fallback: '' }),
      monthlyFee: optionalMoney('monthly_fee', existing?.monthlyFee),
      creditPercentPerBreach: optional(row, context, 'credit_percent_per_breach', parsePercent, {
        empty: null,
        existing: existing?.creditPercentPerBreach,
        fallback: null,
      }),
      creditCapPercent: optional(row, context, 'credit_cap_percent', parsePercent, {
        empty: null,
        existing: existing?.creditCapPercent,
        fallback: null,
      }),
      claimDays: optional(row, context, 'claim_days', (v) => parseWholeNumber(v, { max: 3650 }), {
        empty: null,
        existing: existing?.claimDays,
        fallback: null,
      }),
      status,
      endedOn: endedOn(row, context, status, existing),
      calendar: existing?.calendar ?? null,
      decisions: existing?.decisions ?? [],
    }
    tx.put('contracts', contract)
    if (!existing) rememberContract(tx, context, contract)
  },

  exportRows(view) {
    const vendorName = new Map(view.all('vendors').map((v) => [v.id, v.name]))
    return view
      .all('contracts')
      .map((c) => ({ c, vendor: vendorName.get(c.vendorId) ?? '' }))
      .sort((a, b) => a.vendor.localeCompare(b.vendor, 'en') || a.c.title.localeCompare(b.c.title, 'en'))
      .map(({ c, vendor }) => ({
        vendor,
        title: c.title,
        kind: c.kind,
        start_date: c.startDate,
        end_date: c.endDate,
        auto_renew: formatYesNo(c.autoRenew),
        renewal_term_months: String(c.renewalTermMonths),
        notice_days: c.noticeMonths === undefined ? String(c.noticeDays) : '',
        notice_months: c.noticeMonths === undefined ? '' : String(c.noticeMonths),
        notice_shift: c.noticeShift ?? '',
        claim_days: c.claimDays === null ? '' : String(c.claimDays),
        annual_value: c.annualValue,
        currency: c.currency,
        owner: c.owner,
        monthly_fee: c.monthlyFee ?? '',
        credit_percent_per_breach: c.creditPercentPerBreach ?? '',
        credit_cap_percent: c.creditCapPercent ?? '',
        status: c.status === 'ended' ? 'ended' : '',
        ended_on: c.endedOn ?? '',
      }))
  },
}
