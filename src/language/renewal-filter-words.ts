// The renewals filters (SPEC §13) said in words: "critical renewals", "my renewals", "saas
// renewals", "worth more than 100k", "over €50k", "with lapsed evidence". Read into the same
// filters the `renewals` grammar takes, and written back in its canonical order.
import { filtersText, type RenewalFilters } from '../contracts/renewal-filters.ts'
import type { CONTRACT_KINDS } from '../domain/contract.ts'
import { parseAmountWords } from '../parse/amount-words.ts'
import { currencyWord } from './currency-words.ts'
import type { Entities } from './entities.ts'

const KIND_WORDS: [RegExp, (typeof CONTRACT_KINDS)[number]][] = [
  [/\b(?:licen[cs]es?|licensing|licen[cs]ing)\b/, 'licence'],
  [/\bsaas\b/, 'saas'],
  [/\bsupport\b/, 'support'],
  [/\b(?:outsourcing|outsourced)\b/, 'outsourcing'],
  [/\bhardware\b/, 'hardware'],
]
const OVER =
  /\b(?:over|above|exceeding|more than|greater than|bigger than|larger than|worth more than|>)\s+((?:[a-z]{3}\s+)?([$€£¥]?\s*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:k|thousand|mm|mn|m|million|bn|billion)?\b)(?:\s*[a-z]{3}\b)?)/
const LAPSED =
  /\b(?:lapsed evidence|evidence (?:has )?lapsed|lapsed (?:risk )?checks?|evidence gaps?|lapsed|(?:missing|no|without|out of date|stale|expired) evidence|evidence (?:missing|out of date|expired))\b/

export function renewalFilterWords(e: Entities, owner: string | undefined): string {
  const free = e.freeText()
  const filters: RenewalFilters = {}
  if (e.tier) filters.tier = e.tier
  if (owner) filters.owner = owner
  const kind = KIND_WORDS.find(([re]) => re.test(free))?.[1]
  if (kind) filters.kind = kind
  const over = OVER.exec(free)
  // "over 50k for …": a three-letter word after the amount that is no currency is not part of it.
  const amount = over ? (parseAmountWords(over[1]!) ?? parseAmountWords(over[2]!)) : null
  // "eur contracts over 200k": a currency named anywhere in the line is the amount's.
  const named = new Set(e.words.map((w) => currencyWord(w.text)).filter((c) => c !== undefined))
  if (amount && !amount.currency && named.size === 1) amount.currency = [...named][0]
  if (amount) filters.over = amount
  if (LAPSED.test(free)) filters.lapsed = true
  const text = filtersText(filters)
  return text === '' ? '' : ` ${text}`
}
