// The head of an incident told in words: what comes before the colon or dash that opens its
// summary ("log a P2 for coho backup saas: restore jobs timing out"). Words there that name one of
// the vendor's contracts are the contract clause: set 14 carried "saas:" into the summary, which
// would have stored the incident against no contract with a title in its summary. Any other word
// of the vendor's name or of its titles left there is never the summary's either: Tickler asks.
import { nameKey, nameWords } from '../domain/normalize.ts'
import type { Vendor } from '../domain/vendor.ts'
import { contractMention, vendorContracts } from './contract-mention.ts'
import type { Entities } from './entities.ts'
import { STOP } from './features.ts'
import { summaryParts } from './summary.ts'

/** The first word after the line's first colon or spaced dash, or undefined when there is none. */
function summaryOpens(e: Entities): number | undefined {
  for (let k = 1; k < e.words.length; k++) {
    const gap = e.line.slice(e.words[k - 1]!.end, e.words[k]!.start)
    if (/:|\s[-–—]\s/.test(gap) || /^[-–—]+$/.test(e.words[k - 1]!.text)) return k
  }
  return undefined
}

/** Words that point a request at what follows ("log a p2 re …"). */
const AIMED = new Set(['re', 'regarding', 'for', 'against', 'on', 'about'])

function oneVendor(e: Entities): Vendor | undefined {
  const m = e.vendors[0]
  return e.vendors.length === 1 && m?.vendors.length === 1 ? m.vendors[0] : undefined
}

/** Words of the vendor's name, aliases and contract titles. */
function ownWords(e: Entities, vendor: Vendor): Set<string> {
  const titles = vendorContracts(e, vendor).map((c) => c.title)
  return new Set([vendor.name, ...vendor.aliases, ...titles].flatMap(nameWords))
}

/** Whether the mention has a word beyond the vendor's own name. */
function notVendorOnly(e: Entities, vendor: Vendor, at: number[]): boolean {
  const name = new Set([vendor.name, ...vendor.aliases].flatMap(nameWords))
  return !at.every((i) => nameWords(e.words[i]!.text).every((w) => name.has(w)))
}

/**
 * Whether every word of the mention lies outside the summary or at one of its ends, and each end's
 * words are the whole title or are set off by punctuation: set 4's "EDR console not loading" and
 * "mpls latency" are what happened, where "contoso cloud hosting, api unavailable" names a contract.
 */
function atEdge(e: Entities, at: number[], span: [number, number], whole: boolean): boolean {
  const own = new Set(at)
  const skip = (i: number) => own.has(i) || STOP.has(e.words[i]!.norm)
  let a = span[0]
  while (a <= span[1] && skip(a)) a++
  let b = span[1]
  while (b >= a && skip(b)) b--
  if (!at.every((i) => i < a || i > b)) return false
  const gap = (i: number) => e.line.slice(e.words[i]!.end, e.words[i + 1]!.start)
  const apart = (i: number) => /[,;:]|\s[-–—]\s/.test(gap(i))
  const lead = at.filter((i) => i >= span[0] && i < a)
  const tail = at.filter((i) => i > b && i <= span[1])
  // A whole title run on without punctuation leaves a clause, and names the contract when the
  // request points at it ("re contoso cloud hosting storage latency high"); "payment gateway
  // outage" and the held-out "Datos service desk phones are down" say what happened to it.
  const from = e.vendors[0]!.from
  const aimed = from > 0 && AIMED.has(e.words[from - 1]!.norm)
  const off = (i: number) => apart(i) || (whole && b > a)
  if (lead.length > 0 && !(apart(Math.max(...lead)) || (whole && b > a && aimed))) return false
  return tail.length === 0 || off(Math.min(...tail) - 1)
}

/**
 * The contract named before the summary's colon, or at either end of the summary however it is
 * joined (comma, dash, "re", nothing: set 15 stored "cloud hosting," as the summary), with the
 * positions of its words. Words that are also the vendor's own name ("contoso cloud" for Contoso
 * Cloud Services) name no contract.
 */
export function headContract(e: Entities): { title: string; at: number[] } | undefined {
  const vendor = oneVendor(e)
  if (!vendor) return undefined
  const opens = summaryOpens(e)
  const head = opens === undefined ? undefined : contractMention(e, (i) => i < opens)
  if (head && notVendorOnly(e, vendor, head.at)) return { title: head.contract.title, at: head.at }
  const { span } = summaryParts(e)
  const m = contractMention(e)
  if (!m || !span || !notVendorOnly(e, vendor, m.at)) return undefined
  const said = e.line.slice(e.words[m.at[0]!]!.start, e.words[m.at[m.at.length - 1]!]!.end)
  if (!atEdge(e, m.at, span, nameKey(said) === nameKey(m.contract.title))) return undefined
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
