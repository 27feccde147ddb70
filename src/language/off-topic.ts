// A sentence about something Tickler does not do, with one of its generic words in it ("book me a
// flight to chicago for the vendor summit", "what's the gdpr fine for a data breach", "draft an
// NDA for a new supplier"): the generic word alone does not make it a request for the vendor list
// or the open incidents. Without a vendor or incident named, Tickler says it cannot help.
import type { Entities } from './entities.ts'
import type { Scored } from './model.ts'

/** Stems of words every part of the job uses, which say nothing about what is asked on their own. */
const GENERIC = new Set(['vendor', 'supplier', 'provider', 'contract', 'agreement', 'breach', 'new'])

function genericOnly(s: Scored): boolean {
  const words = s.matched.filter(([f]) => !f.startsWith('#'))
  return words.length > 0 && words.every(([f]) => f.split('_').every((part) => GENERIC.has(part)))
}

/**
 * True when the best readings rest on generic words alone and the line has other words nobody
 * knows (`strange`: neither typos of known words nor capitalised names, which are data).
 */
export function offTopic(ranked: readonly Scored[], e: Entities, strange: readonly string[]): boolean {
  if (e.vendors.length > 0 || e.incidents.length > 0) return false
  if (!strange.some((w) => !/^\p{Lu}/u.test(w))) return false
  const top = ranked[0]
  if (!top || !genericOnly(top)) return false
  // A runner-up close behind must rest on generic words too ("a template for a vendor contract").
  const second = ranked[1]
  return !second || second.score < top.score - 1 || genericOnly(second)
}

/**
 * Actions Tickler never takes, asked of it ("can you approve the fabrikam invoice", "draft an email
 * to fabrikam", "order pizza for the risk committee"): whatever vendor or topic the line names, it
 * is no read and no change of the register. "sign off", "sign up", "write down" and "order by" are
 * other words; "send" and "forward" may ask for alerts.
 */
const NOT_DONE =
  /^(?:approve|sign(?! (?:off|up|me up|us up))|draft|write(?! (?:down|up|in|that))|compose|order(?! by)|buy|purchase|book|translate|reset (?:my|our|a|the) (?:password|pin|laptop|phone|account)|pay|fax|negotiate|reply)\b/
/** Said before the action: greetings, politeness, "can you", "i need you to". */
const LEAD_IN =
  /^(?:(?:hey|hi|hello|ok|okay|so|also|quick one|tickler|please|pls|plz|kindly)[,!]?\s+)*(?:(?:can|could|would|will) (?:you|u)\s+(?:please\s+|pls\s+)?|(?:i need|i want|i'd like) you to\s+|go ahead and\s+)?/

export function actionNotDone(e: Entities): boolean {
  const line = e.words.map((w) => w.norm).join(' ')
  return NOT_DONE.test(line.replace(LEAD_IN, ''))
}
