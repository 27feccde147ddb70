// Changes said in whole phrases rather than in one cue word: a contract not being renewed ("we
// won't be renewing X", "let it lapse at term end", "we gave X notice") and a vendor handed to a
// new owner ("U0EAST owns coho now", "hand litware over to U0SOUTH"), and a span of clock time
// ("from 22:10 to 01:40", "10pm yesterday until 1:15 today"): an outage, and a contact email
// given as an address, and a new incident told as "vendor pN: what happened". Each becomes one feature
// the scorer weighs like an entity, so every wording of the class counts, not one word of it.
import { nameWords } from '../domain/normalize.ts'
import type { Vendor } from '../domain/vendor.ts'
import type { Entities } from './entities.ts'

/** Not renewing, letting it lapse, notice given, dropped: the contract ends at its term end. */
const ENDING = new RegExp(
  [
    String.raw`\b(?:won'?t|wont|will not|not|no longer|don'?t|dont|do not|never|aren'?t|arent|are not|isn'?t|isnt|is not)\s+(?:be\s+|going to\s+|gonna\s+|to\s+)?renew(?:ing|ed|al)?\b`,
    String.raw`\blet(?:ting)?\b(?:\s+\S+){0,6}?\s+(?:lapse|expire|run out)\b`,
    String.raw`\b(?:gave|given|give|giving|served|sent)\b(?:\s+\S+){0,3}?\s+notice\b`,
    String.raw`\bnotice (?:given|served|sent)\b`,
    String.raw`\b(?:dropping|walking away from|moving off)\b`,
    // Other verbs of ending it: "we dropped X", "ditching X", "pulling the plug on X".
    // "drop müller to medium tier" lowers something instead.
    String.raw`\b(?:drop|dropped|ditch|ditched|ditching|scrap|scrapped|scrapping|kill|killed|killing|discontinue|discontinued|discontinuing)\b(?!(?:\s+\S+){0,4}?\s+to\b)`,
    String.raw`\b(?:pull|pulled|pulling) the plug\b|\bwalk(?:ed|s)? away\b`,
    String.raw`\b(?:won'?t|wont|will not|not|no longer|aren'?t|arent|are not)\s+(?:be\s+|going to\s+|gonna\s+)?(?:continu(?:e|ing)|keep(?:ing)?|extend(?:ing)?)\b`,
  ].join('|'),
)

/** Owning words: with a user and a vendor named, the vendor's owner is being set. */
export const OWNING =
  /\b(?:own|owns|owned|owner|owners|ownership|assign|assigned|reassign|hand|handed|handing|transfer|transferred|take over|takes over|taking over)\b/

/** Handing words with a user after "to": "move relecloud over to U0EAST", "pass datos to U0SOUTH". */
export const HANDED =
  /\b(?:move|moved|moving|give|gave|giving|pass|passed|passing|shift|shifted|switch|switched|hand|handed)\b(?:\s+\S+){0,3}?\s+(?:over\s+|across\s+)?to\s+#/

/** A contract's notice, annual value and end date, named in words (contract edit). */
export const NOTICE = /\bnotice\b/
export const VALUE =
  /\b(?:value|worth|price|priced|cost|costs|fee|pay|paying|went up|goes up|gone up|went down|goes down|up to|down to)\b/
export const END_DATE = /\b(?:end date|end-date|enddate|expiry|expiration|expires|ends on|end on|end it on)\b/

/** Words naming a field of a contract that a line may change: with a contract named, an edit. */
export const CONTRACT_FIELD = new RegExp(
  [NOTICE.source, VALUE.source, END_DATE.source, OWNING.source].join('|'),
)

/** A clock time ("14:00", "10pm") … to / until … a clock time: a span of time, as an outage's. */
const CLOCK = String.raw`(?:\d{1,2}:\d{2}|\d{1,2}\s*[ap]m|noon|midnight)\b`
export const SPAN = new RegExp(
  String.raw`${CLOCK}.*?\b(?:to|until|till|thru|through)\s+(?:\S+\s+){0,2}?${CLOCK}`,
)

const ADDRESS = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i
const CONTACT = /\b(?:e-?mail|mail|contact|address)\b/

/**
 * An email address given beside a contact or email word ("coho's contact is ops@coho.example
 * now"): the vendor's new contact email. A line stating an address asks for no read of the old one.
 */
export function contactAddress(e: Entities): string | undefined {
  if (!CONTACT.test(e.freeText())) return undefined
  return e.users.find((u) => ADDRESS.test(u))
}

/**
 * "adatum p2: mfa push delayed", "p3 for coho - restores failing": a vendor and a priority, then a
 * colon, a comma or a dash and what happened. The shape of a new incident told, whatever its words: the
 * position of the first word of what happened, else undefined.
 */
function titleWords(e: Entities, vendors: readonly Vendor[]): Set<string> {
  if (vendors.length !== 1) return new Set()
  const titles = e.scene.view.all('contracts').filter((c) => c.vendorId === vendors[0]!.id)
  return new Set(titles.flatMap((c) => nameWords(c.title)))
}

export function toldFrom(e: Entities): number | undefined {
  const priority = e.priority
  const vendor = e.vendors[0]
  if (!priority?.explicit || !vendor) return undefined
  let last = Math.max(priority.to, vendor.to)
  // Words of one of the vendor's contract titles come before the account too ("datos service desk
  // p2: …", "p2 for datos service desk: …"): they say which contract, not what happened.
  const titled = titleWords(e, vendor.vendors)
  while (e.words[last + 1] && /^\s+$/.test(e.line.slice(e.words[last]!.end, e.words[last + 1]!.start))) {
    const words = nameWords(e.words[last + 1]!.text)
    if (e.isTaken(last + 1) || words.length === 0 || !words.every((w) => titled.has(w))) break
    last++
  }
  // A dash typed apart ("adatum p4 - typo …") is a word of its own: the account starts after it.
  let next = last + 1
  while (e.words[next] && !/[\p{L}\p{N}]/u.test(e.words[next]!.text)) next++
  if (!e.words[next] || e.isTaken(next)) return undefined
  const gap = e.line.slice(e.words[last]!.end, e.words[next]!.start)
  // A comma does as well ("müller p2, rack power alarm in hall 2"): nothing else follows a vendor
  // and a priority but what happened.
  return /[:,]|\s[-–—]\s/.test(gap) ? next : undefined
}

/** A vendor's contracts and its checks asked together ("woodgrove's contracts and checks"): its card. */
const CONTRACTS_AND_CHECKS = /\bcontracts\b.*\bchecks\b|\bchecks\b.*\bcontracts\b/

/**
 * A contract's auto-renew turned off in words ("switch off auto-renew for X", "X should not auto
 * renew", "kill the autorenew on X"): contract edit's auto-renew field, never the contract ended
 * ("kill" once proposed contract end) nor a renewal asked for its new end date (set 14).
 */
export const AUTO_RENEW_OFF =
  /\b(?:turn(?:ing|ed)?|switch(?:ing|ed)?|set|put)\b.{0,40}?\bauto[- ]?renew(?:al|als|ing|s)?\b.{0,30}?\b(?:off|no|false)\b|\b(?:turn(?:ing|ed)?|switch(?:ing|ed)?) off\b.{0,20}?\bauto[- ]?renew|\b(?:disable|disabling|kill|stop|remove|cancel|drop|no more|no longer|not|n'?t|without)\b.{0,40}?\bauto[- ]?renew|\bauto[- ]?renew(?:al|ing)?\b\s*(?:[:=]\s*)?(?:off|no|disabled)\b/

/** "…, evidence: type II, no exceptions": the user's note, carried word for word (risk done). */
export const NOTE = /\b(?:notes?|evidence|comments?)\s*[:=]\s*(.+)$/i

/** The position of the first word of a note given after "evidence:" or "note:", else undefined. */
export function noteFrom(e: Entities): number | undefined {
  const m = NOTE.exec(e.line)
  if (!m) return toldCheckNote(e)
  const at = m.index + m[0].length - m[1]!.length
  const i = e.words.findIndex((w) => w.start >= at)
  return i === -1 ? undefined : i
}

/**
 * "proseware sent their soc 2 on 23 nov: Type II report, two exceptions": after a check and its
 * date, what follows the colon is the user's evidence, not cues ("no exceptions" removes nothing,
 * "report" asks for no SLA report). The first word after that colon, else undefined.
 */
function toldCheckNote(e: Entities): number | undefined {
  const check = e.checks[0]
  if (e.checks.length !== 1 || !check) return undefined
  for (let k = check.to + 1; k < e.words.length; k++) {
    if (!e.line.slice(e.words[k - 1]!.end, e.words[k]!.start).includes(':')) continue
    const dated = e.times.some((t) => t.to < k && t.from > check.to)
    return dated ? k : undefined
  }
  return undefined
}

/**
 * A vendor given to a user; or something handed to a user that is no vendor Tickler knows ("give
 * zontoso to U0WEST"), which is still no request to make them an admin.
 */
function owning(e: Entities, free: string): boolean {
  if (e.vendors.length > 0) return OWNING.test(free) || HANDED.test(free)
  return HANDED.test(free) && !/\badmin/.test(free)
}

export function saidChanges(e: Entities): string[] {
  const free = e.freeText()
  const out: string[] = []
  // Auto-renew turned off is that one field changed: no ending, no renewal.
  if (AUTO_RENEW_OFF.test(free)) {
    out.push('#autorenewoff')
    return out
  }
  if (e.vendors.length > 0 && e.checks.length === 0 && CONTRACTS_AND_CHECKS.test(free))
    out.push('#everything')
  if (ENDING.test(free)) out.push('#ending')
  if (SPAN.test(free)) out.push('#span')
  if (e.vendors.length > 0 && contactAddress(e) !== undefined) out.push('#email')
  if (toldFrom(e) !== undefined) out.push('#told')
  if (e.users.length > 0 && owning(e, free)) out.push('#owning')
  return out
}
