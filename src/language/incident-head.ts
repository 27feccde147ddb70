// The head of an incident told in words: what comes before the colon or dash that opens its
// summary ("log a P2 for coho backup saas: restore jobs timing out"). Words there that name one of
// the vendor's contracts are the contract clause: set 14 carried "saas:" into the summary, which
// would have stored the incident against no contract with a title in its summary. Any other word
// of the vendor's name or of its titles left there is never the summary's either: Tickler asks.
import { nameWords } from '../domain/normalize.ts'
import type { Vendor } from '../domain/vendor.ts'
import { contractMention, vendorContracts } from './contract-mention.ts'
import type { Entities } from './entities.ts'

/** The first word after the line's first colon or spaced dash, or undefined when there is none. */
function summaryOpens(e: Entities): number | undefined {
  for (let k = 1; k < e.words.length; k++) {
    const gap = e.line.slice(e.words[k - 1]!.end, e.words[k]!.start)
    if (/:|\s[-–—]\s/.test(gap) || /^[-–—]+$/.test(e.words[k - 1]!.text)) return k
  }
  return undefined
}

function oneVendor(e: Entities): Vendor | undefined {
  const m = e.vendors[0]
  return e.vendors.length === 1 && m?.vendors.length === 1 ? m.vendors[0] : undefined
}

/** Words of the vendor's name, aliases and contract titles. */
function ownWords(e: Entities, vendor: Vendor): Set<string> {
  const titles = vendorContracts(e, vendor).map((c) => c.title)
  return new Set([vendor.name, ...vendor.aliases, ...titles].flatMap(nameWords))
}

/**
 * The contract named before the summary's colon, with the positions of its words. Words that are
 * also the vendor's own name ("contoso cloud" for Contoso Cloud Services) name no contract.
 */
export function headContract(e: Entities): { title: string; at: number[] } | undefined {
  const opens = summaryOpens(e)
  const vendor = oneVendor(e)
  if (opens === undefined || !vendor) return undefined
  const m = contractMention(e, (i) => i < opens)
  if (!m) return undefined
  const name = new Set([vendor.name, ...vendor.aliases].flatMap(nameWords))
  if (m.at.every((i) => nameWords(e.words[i]!.text).every((w) => name.has(w)))) return undefined
  return { title: m.contract.title, at: m.at }
}

/** A word of the summary before its colon that is the vendor's name or a title's, or undefined. */
export function ownWordInHead(e: Entities, span: [number, number] | undefined): string | undefined {
  const opens = summaryOpens(e)
  const vendor = oneVendor(e)
  if (opens === undefined || !vendor || !span) return undefined
  const own = ownWords(e, vendor)
  for (let i = span[0]; i <= Math.min(span[1], opens - 1); i++)
    if (nameWords(e.words[i]!.text).some((w) => own.has(w))) return e.words[i]!.text
  return undefined
}
