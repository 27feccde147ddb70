// A question about one fact (SPEC §13 "Facts first"): a contract's end, notice deadline, days left
// or notice period; a vendor's owner or contact; a check's status or what is overdue for a vendor;
// an incident's status. Found from the line's entities and a few question shapes; the answer puts
// the fact on the first line and the card of the thing asked about after it.
import type { Contract } from '../domain/contract.ts'
import type { Vendor } from '../domain/vendor.ts'
import { quote } from '../parse/tokens.ts'
import { mentionedContract, vendorContracts } from './contract-mention.ts'
import { contractNamedAlone } from './contract-named-alone.ts'
import type { Entities } from './entities.ts'
import { correctFactWords } from './fact-words.ts'
import { incidentNamed } from './incident-mention.ts'

export type ContractFact = 'end' | 'notice' | 'days' | 'notice-period' | 'value'

export type FactQuestion = (
  | { kind: ContractFact; vendor: Vendor; contracts: Contract[] }
  | { kind: 'owner' | 'contact' | 'overdue'; vendor: Vendor }
  | { kind: 'tier'; vendor: Vendor; asked: string | undefined }
  | { kind: 'check'; vendor: Vendor; check: string }
  | { kind: 'incident'; incident: string; loggedBy?: boolean }
) & {
  /** The read command whose card follows the fact. */
  card: string
}

// Slang of the same states ("is INC-0002 sorted?", "INC-0006 squared away?") asks the same.
const INCIDENT_STATE =
  /\b(?:logged|raised|reported|resolved|resolve|open|closed|fixed|breach(?:ed|es|ing)?|within|met|meet|miss(?:ed)?|blow|blew|blown|target|targets|status|sla|late|still|done|over|answered|responded|respond|response|picked up|working|resolution|fix|sorted|dealt with|taken care of|squared away|wrapped up|cleared|settled|handled|all good|ok now|okay now|back up)\b/
/**
 * What was agreed ("what response times did we agree with coho for the backup saas", "what sla
 * did we sign"): the contract's SLA targets, never an incident found by words of its summary.
 */
const AGREED =
  /\b(?:agree|agreed|agreement|sign|signed|commit|committed|contracted|(?:response|resolution) times)\b/
/** Who logged an incident ("who logged INC-0003?"): its reporter, beside its state. */
const LOGGED_BY = /\bwho (?:logged|raised|reported|opened|filed|created|entered|recorded)\b/
/** An incident's state asked as a noun, not a question: "inc 9 status", "status update on INC-0009". */
const INCIDENT_NOUN = /\b(?:status|state|update|progress)\b/
/** An incident line that asks for a change ("set INC-9 status to resolved"), not its state. */
const INCIDENT_CHANGE =
  /\b(?:mark|set|change|record|log|make|move)\b|\bto (?:resolved|responded|closed|open|done)\b/
/** A check's state asked as a noun, not a question: "sgi soc1 status", "date of X's last pentest". */
const CHECK_NOUN =
  /\b(?:status|state|frequency|cadence|cycle|how often|(?:last|latest) (?:date|done|one)|date of|when last|due date|next due)\b/
/** A check question that asks for a change ("can you mark …"), not the status. */
const CHANGE_ASKED = /\b(?:mark|record|log|add|remove|track|tick off|set)\b/
const OVERDUE = /\b(?:overdue|late|behind|lapsed|outstanding|past due)\b/
// "The vendor owner", "the internal owner", and one of us ("which of us owns X", "who on our side
// owns X") ask who owns the vendor here, never who to talk to there.
const OWNER =
  /\b(?:who owns|who(?:'s| is) the (?:\w+ )?owner|whos the (?:\w+ )?owner|owner (?:of|for)|who(?:'s| is) responsible|whos responsible|who manages|who looks after|(?:which|who) (?:one |1 )?of us\b.*\b(?:owns?|manages?|looks? after|handles?|responsible|runs?)|who (?:on our side|on our end|internally|in the team|in our team|here|in house|in-house)\b.*\b(?:owns?|manages?|looks? after|handles?|responsible|runs?))\b/
/** "owner" as a bare noun beside one vendor and no user ("northwind's owner?", "X owner pls"). */
const OWNER_NOUN = /\bowner\b/
const CONTACT =
  /\b(?:contact|contacts|email|e-mail|account (?:manager|rep|exec|executive)|(?:sales |account )?reps?|representative|poc|point of contact|who (?:do|should|can) (?:we|i) (?:talk|speak|call|email|write|reach|contact|ring|ping|message))\b/
/**
 * Who owns X or who to talk to there, asked in so many words: the fact asked, even when the line
 * goes on about a check or an incident ("who owns proseware? their soc 2 never came in").
 */
const ASKED_PERSON =
  /\b(?:who(?:s|'s| is| are| do| should| can)?|which (?:one |1 )?of us)\b.*\b(?:contact|rep|account manager|poc|owns|owner|responsible|manages|looks after|handles)\b|\b(?:contact|rep|poc) (?:at|for)\b/
const NOTICE_PERIOD =
  /\b(?:notice period|notice term|notice length|length of (?:the )?notice|how much notice|how long(?: is| a| of)?(?: the)? notice|how many days(?:'|s)? notice)\b/
const DAYS =
  /\b(?:how many days|days (?:left|until|till|to go|remaining)|time left|how long (?:until|till|before|left|do we have))\b/
const NOTICE =
  /\b(?:notice|cancel|cancell?ing|cutoff|last day to (?:cancel|terminate|give notice|tell)|deadline to (?:cancel|terminate)|(?:still|too late to|time to) (?:terminate|exit|get out)|(?:tell|notify|inform|warn) (?:#|them|the vendor) .*(?:\bdropping|\bleaving|\bcancell?ing|\bterminating|(?:\bnot|n'?t) (?:be )?(?:keep|extend|continu|renew)\w*))\b/
/** A fact named as a noun ("tailspin renewal date", "time left on X"): asking, though not a question. */
const NAMED_FACT =
  /\b(?:annual value|yearly value|contract value|(?:^|(?:the|our|its|their) )(?:value|cost|price) of|renewal date|end date|expiry date|expiration date|term end|notice (?:deadline|date|cutoff)|time left|days (?:left|remaining|to go))\b/
/** Told, not asked: a change of the fact a line names ("set the annual value of X to 80k"). */
const NAMED_CHANGE = /\b(?:change|set|reset|edit|raise|lower|increase|reduce|bump)\b|\bto \$?\d/
/** What a contract costs a year ("what do we pay X a year for Y", "how much is X worth"). */
const VALUE =
  /\b(?:what do (?:we|i) pay|how much (?:do|are|is|does|did) (?:we|i|it|they|the|that|this|our)\b.*\b(?:pay|paying|spend|spending|cost|costs|worth)|annual value|yearly value|contract value|(?:^|(?:the|our|its|their) )(?:value|cost|price) of|how much is (?:the|our|that|this) .*\bworth|what(?:'s| is|s) .*\bworth|what does .*\bcost)\b/
/** A vendor's risk tier asked about ("is fabrikam a critical vendor", "what tier is nordlicht"). */
const TIER = /\b(?:tier|tiered|tiering|criticality|how critical)\b/
const END =
  /\b(?:end|ends|ending|expire|expires|expiring|expiry|renew|renews|renewal|run out|runs out|terminate|terminates|up for renewal|(?:run|runs|go|goes|last|lasts) (?:into|past|beyond|until|till|through)|(?:good|valid) (?:until|till|through)|finish|finishes|finishing|lapse|lapses|(?:is|are) (?:it|they|this|that) up|wrap up|wraps up|up$)\b/

/** Asking about contracts in general ("which contracts end next month"), not one of them. */
const LIST = /\b(?:contracts|renewals|deals|agreements|which|all|any|every)\b/

function oneVendor(e: Entities): Vendor | undefined {
  const m = e.vendors[0]
  return e.vendors.length === 1 && m?.vendors.length === 1 ? m.vendors[0] : undefined
}

function contractKind(free: string): ContractFact | undefined {
  if (VALUE.test(free)) return 'value'
  if (NOTICE_PERIOD.test(free)) return 'notice-period'
  if (DAYS.test(free)) return 'days'
  if (NOTICE.test(free)) return 'notice'
  if (END.test(free)) return 'end'
  return undefined
}

export function spotFact(e: Entities): FactQuestion | undefined {
  // Fact words typed with a slip ("notcie period") ask the same thing.
  const free = correctFactWords(e.freeText())
  // The vendor may be named beside the incident ("has coho responded to INC-0009"): still its state.
  const asked = e.question && INCIDENT_STATE.test(free)
  if (e.incidents.length === 1 && (asked || (INCIDENT_NOUN.test(free) && !INCIDENT_CHANGE.test(free)))) {
    const id = e.incidents[0]!.id
    return { kind: 'incident', incident: id, card: `sla show ${id}`, loggedBy: LOGGED_BY.test(free) }
  }
  if (e.incidents.length > 0) return undefined
  // A contract named by its title alone ("who owns the mainframe outsourcing contract"): its vendor's.
  const shaped = OWNER.test(free) || CONTACT.test(free) || contractKind(free) !== undefined
  const alone = e.vendors.length === 0 && shaped && !LIST.test(free) ? contractNamedAlone(e) : undefined
  const vendor = alone ? e.scene.view.get('vendors', alone.vendorId) : oneVendor(e)
  if (!vendor) return undefined
  const card = `vendor ${quote(vendor.name)}`
  if (ASKED_PERSON.test(free))
    return OWNER.test(free) ? { kind: 'owner', vendor, card } : { kind: 'contact', vendor, card }
  // An incident named by its vendor and words of its summary ("is the proseware payslip incident
  // resolved"): its state, as if its id were typed.
  if (e.question && e.checks.length === 0 && INCIDENT_STATE.test(free) && !AGREED.test(free)) {
    const id = incidentNamed(e, vendor)
    if (id) return { kind: 'incident', incident: id, card: `sla show ${id}` }
  }
  const risk = `risk list ${quote(vendor.name)}`
  // One vendor's one check asked about in any words ("did we ever do adverse media on litware",
  // "has X sent their questionnaire back"): its status is the answer.
  const told = !e.question && NAMED_CHANGE.test(free)
  if (e.checks.length === 1 && (e.question || CHECK_NOUN.test(free)) && !CHANGE_ASKED.test(free) && !told)
    return { kind: 'check', vendor, check: e.checks[0]!.kind, card: risk }
  if (e.checks.length === 0 && OVERDUE.test(free) && (e.question || /^(?:anything|everything)\b/.test(free)))
    return { kind: 'overdue', vendor, card: risk }
  // With a user named, "owner" is a filter or a new owner ("vendors owner U0EAST"), not the fact.
  if (OWNER.test(free) || (OWNER_NOUN.test(free) && e.users.length === 0))
    return { kind: 'owner', vendor, card }
  if (CONTACT.test(free)) return { kind: 'contact', vendor, card }
  const kind = contractKind(free)
  if (!kind && e.question && (TIER.test(free) || e.tier)) return { kind: 'tier', vendor, asked: e.tier, card }
  if (!kind || e.checks.length > 0) return undefined
  if (!e.question && kind !== 'notice-period' && !NAMED_FACT.test(free)) return undefined
  // "change the price of X to 160k" names the fact to change it.
  if (told) return undefined
  const all = alone ? [alone] : vendorContracts(e, vendor)
  const named = mentionedContract(e, all)
  return { kind, vendor, contracts: named ? [named] : all, card }
}
