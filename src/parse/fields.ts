// Value parsers shared by CSV import and register editing in chat, so "yes", "1,499.50" or
// "2027-03-31" mean the same thing on every path. Each throws FieldError with a message that
// says what was wrong; the caller adds where (file, line and column, or the command's field).
import { z } from 'zod'
import { CONTRACT_KINDS, type ContractKindSchema, type NoticeShift } from '../domain/contract.ts'
import { isCurrency, minorDigits, parseAmount, toDecimal } from '../domain/money.ts'
import { TIERS, type Tier } from '../domain/vendor.ts'
import { type CalendarDate, isCalendarDate } from '../time/calendar-date.ts'
import { parseNowFlag } from '../time/zone.ts'

export class FieldError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FieldError'
  }
}

const YES = new Set(['yes', 'y', 'true'])
const NO = new Set(['no', 'n', 'false'])

export function parseYesNo(text: string): boolean {
  const v = text.trim().toLowerCase()
  if (YES.has(v)) return true
  if (NO.has(v)) return false
  throw new FieldError(`"${text}" is not yes or no`)
}

export function formatYesNo(value: boolean): string {
  return value ? 'yes' : 'no'
}

/** An ISO 4217 code in any case, returned upper case. */
export function parseCurrency(text: string): string {
  const code = text.trim().toUpperCase()
  if (!/^[A-Z]{3}$/.test(code) || !isCurrency(code)) {
    throw new FieldError(`"${text}" is not an ISO 4217 currency code such as USD, EUR or GBP`)
  }
  return code
}

/**
 * An amount in a currency's precision ("1,499.50" USD → "1499.50"; "12.345" is an error for USD),
 * returned as the canonical decimal string stored in records.
 */
export function parseMoney(text: string, currency: string): string {
  const minor = parseAmount(text, currency)
  if (minor === null) {
    const digits = minorDigits(currency)
    const fraction = /\.(\d+)$/.exec(text.trim())
    if (fraction && /^[\d,]+\.\d+$/.test(text.trim()) && fraction[1]!.length > digits) {
      throw new FieldError(
        `"${text}" has ${fraction[1]!.length} decimals; ${currency} amounts have at most ${digits}`,
      )
    }
    throw new FieldError(`"${text}" is not an amount such as 120000 or 1499.50`)
  }
  return toDecimal(minor, currency)
}

/** Two decimal strings naming the same amount ("207000" and "207000.00"). */
export function sameAmount(a: string | null, b: string | null, currency: string): boolean {
  if (a === null || b === null) return a === b
  const x = parseAmount(a, currency)
  return x !== null && x === parseAmount(b, currency)
}

export function parseIsoDate(text: string): CalendarDate {
  const v = text.trim()
  if (!isCalendarDate(v))
    throw new FieldError(`"${text}" is not a date as YYYY-MM-DD, for example 2027-03-31`)
  return v
}

/** A date and time (2027-03-31T14:05, wall clock in `zone`, or with Z/±HH:MM) as a UTC instant string. */
export function parseDateTime(text: string, zone: string): string {
  const v = text.trim()
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/.test(v)) {
    throw new FieldError(`"${text}" is not a date and time such as 2027-03-31T14:05`)
  }
  try {
    return parseNowFlag(v, zone).toString({ smallestUnit: 'second' })
  } catch {
    throw new FieldError(`"${text}" is not a real date and time`)
  }
}

export function parseWholeNumber(text: string, options: { min?: number; max?: number } = {}): number {
  const v = text.trim()
  const min = options.min ?? 0
  if (!/^\d+$/.test(v))
    throw new FieldError(`"${text}" is not a whole number ${min === 0 ? '0 or more' : `from ${min}`}`)
  const n = Number(v)
  if (n < min) throw new FieldError(`${n} is too small; the least is ${min}`)
  if (options.max !== undefined && n > options.max)
    throw new FieldError(`${n} is too large; the most is ${options.max}`)
  return n
}

export function parseTier(text: string): Tier {
  const v = text.trim().toLowerCase()
  if ((TIERS as readonly string[]).includes(v)) return v as Tier
  throw new FieldError(`"${text}" is not a tier; use one of ${TIERS.join(', ')}`)
}

type Kind = z.infer<typeof ContractKindSchema>
const KIND_SYNONYMS: Record<string, Kind> = { license: 'licence', software: 'licence' }

export function parseContractKind(text: string): Kind {
  const v = text.trim().toLowerCase()
  if ((CONTRACT_KINDS as readonly string[]).includes(v)) return v as Kind
  const synonym = KIND_SYNONYMS[v]
  if (synonym) return synonym
  throw new FieldError(`"${text}" is not a contract kind; use one of ${CONTRACT_KINDS.join(', ')}`)
}

const EMAIL = z.email()

export function parseEmail(text: string): string {
  const v = text.trim()
  if (!EMAIL.safeParse(v).success) throw new FieldError(`"${text}" is not an email address`)
  return v
}

/** "Contoso; CTS" → ['Contoso', 'CTS']: split on ';', trimmed, empties and repeats dropped. */
export function parseAliases(text: string): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const part of text.split(';')) {
    const alias = part.trim()
    if (alias === '' || seen.has(alias.toLowerCase())) continue
    seen.add(alias.toLowerCase())
    out.push(alias)
  }
  return out
}

export function formatAliases(aliases: readonly string[]): string {
  return aliases.join(';')
}

/** "5", "2.5" or "5%" → "5" / "2.5"; at most 100. */
export function parsePercent(text: string): string {
  const v = text.trim().replace(/\s*%$/, '')
  if (!/^\d{1,3}(\.\d{1,4})?$/.test(v) || Number(v) > 100) {
    throw new FieldError(`"${text}" is not a percent from 0 to 100 such as 5 or 2.5`)
  }
  return v.replace(/^0+(?=\d)/, '')
}

/** Contract status as imported: '' or active (by its dates), ended (ended by a command). */
/** notice_shift: none (the default) or business_day; "business day" and "business-day" too. */
export function parseNoticeShift(text: string): NoticeShift {
  const v = text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
  if (v === '' || v === 'none' || v === 'no') return 'none'
  if (v === 'business_day' || v === 'business_days') return 'business_day'
  throw new FieldError(`"${text}" is not a notice shift; use none or business_day`)
}

export function parseContractStatus(text: string): 'active' | 'ended' {
  const v = text.trim().toLowerCase()
  if (v === '' || v === 'active') return 'active'
  if (v === 'ended') return 'ended'
  throw new FieldError(`"${text}" is not a status; leave it empty or use active or ended`)
}
