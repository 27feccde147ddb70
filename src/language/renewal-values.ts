// The values a renewal said in words carries besides its end date: "at 125k", "for 70k usd",
// "value now 215k", "with 120 days notice", "for 24 months". Each becomes a field of the proposed
// `contract renew`, so confirming it stores exactly what was said (the currency, when not said, is
// the contract's own and the proposal says so).
import { type AmountWords, parseAmountWords } from '../parse/amount-words.ts'

export interface RenewalValues {
  value?: AmountWords
  noticeDays?: number
  termMonths?: number
}

// "price goes up to 5200", "cost rises to 70k", "value is now 215k": the value word, then up to
// four linking words, then the amount.
const VALUE =
  /\b(?:at|for|now|value(?:d at)?|worth|priced at|costing|costs?|price|fee)(?:\s+(?:now|is|of|to|up|goes|going|went|rises?|rose|increases?|increased|will|be|becomes?|moves?|moved))*\s+([$€£¥]?\s*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:k|thousand|mm|mn|m|million|bn|billion)?\b(?:\s*[a-z]{3}\b)?)(?!\s*(?:days?|months?|years?|weeks?)\b)/g
const NOTICE =
  /\b(\d{1,4})[- ]?days?(?:'|’)?\s+(?:of\s+)?notice\b|\bnotice(?: period)?(?:\s+(?:of|to|is|now|goes|went|becomes?|changes?|changed|will|be))*\s+(\d{1,4})\s*days?\b/
const TERM =
  /\b(\d{1,3})[- ]?months?\s+(?:renewal\s+)?term\b|\bterm(?: of| to| is)?\s+(\d{1,3})\s*months?\b|\bfor (?:another |a further )?(\d{1,3})\s*months\b/

/**
 * An amount that can only be money: a scale (k, m) or a currency symbol, standing on its own or
 * said per year ("$140k/yr"; a value is annual). Per month is not read: it is no annual value.
 */
const BARE =
  /(?:^|[\s,])([$€£¥]\s*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:k|m|mm|mn|million|thousand)?|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:k|mm|mn|million|thousand)(?:\s*[a-z]{3})?)(?=[\s,.;]|\/\s*(?:yr|year|y|annum|a)\b|$)/

/**
 * An amount standing on its own with an ISO code before or after it, or with thousands commas. A
 * date's last part is no amount: "until 2028-03-24 usd 160,000" is 160,000 USD, never 24 USD.
 */
const CODED =
  /(?:^|[\s,;(]|(?<!\d)-)((?:[a-z]{3}\s+)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s*[a-z]{3})?)(?=[\s,;)]|$)/g

const YEAR_BEFORE_CODE = /^(?:19|20)\d{2}\s+[a-z]{3}$/

/** An amount that is plainly money: a scale, a symbol, a currency or at least four digits. */
function isMoney(a: AmountWords, typed: string): boolean {
  return (
    /[kmb$€£¥]|million|thousand|[a-z]{3}$/i.test(typed.trim()) || a.amount.replace(/\..*$/, '').length >= 4
  )
}

export function renewalValues(free: string): RenewalValues {
  const out: RenewalValues = {}
  for (const m of free.matchAll(VALUE)) {
    const amount = parseAmountWords(m[1]!)
    if (amount && isMoney(amount, m[1]!)) {
      out.value = amount
      break
    }
  }
  // A bare amount between commas ("…, 11k, notice 45 days"): money by its scale or symbol.
  if (!out.value) {
    const bare = BARE.exec(free)
    const amount = bare ? parseAmountWords(bare[1]!) : null
    if (amount) out.value = amount
  }
  // "…, 71,500 usd, …", "usd 64,000": money by its currency code or its thousands separators.
  for (const m of out.value ? [] : free.matchAll(CODED)) {
    // A date's year before the code ("until 31 dec 2028, usd 64,000") is no amount.
    if (YEAR_BEFORE_CODE.test(m[1]!)) continue
    const amount = parseAmountWords(m[1]!)
    if (amount && (amount.currency || /\d,\d{3}/.test(m[1]!))) {
      out.value = amount
      break
    }
  }
  const notice = NOTICE.exec(free)
  if (notice) out.noticeDays = Number(notice[1] ?? notice[2])
  const term = TERM.exec(free)
  if (term) out.termMonths = Number(term[1] ?? term[2] ?? term[3])
  return out
}
