// The subscription topic a line names (SPEC §5, §11, §12). Topic words decide it: "claim
// reminders", "alerts about unclaimed credits" and "escalation alerts" are claims and escalations,
// never renewals. Carrier words ("reminders", "alerts", "notifications") name no topic; a line with
// only those falls back to renewals' reminders, the common meaning, and a line naming two topics
// ("risk and renewal reminders") names none, so no subscription change is proposed on a guess.
import type { Topic } from '../domain/subscription.ts'

const TOPIC_WORDS: [RegExp, Topic][] = [
  [/\b(?:claims?|claimed|unclaimed|credits?|service credits?)\b/, 'claims'],
  [/\b(?:escalations?|escalate[sd]?|escalating)\b/, 'escalations'],
  [/\b(?:renewals?|renewing|notice|contracts?|expir(?:y|ing|ies))\b/, 'renewals'],
  [/\b(?:incidents?|outages?|breach(?:es)?|tickets?)\b/, 'incidents'],
  [/\b(?:digest|weekly (?:summary|agenda|overview)|agenda)\b/, 'digest'],
  [/\b(?:risk|checks?|evidence|compliance|tickler)\b/, 'risk'],
]
/** "SLA" names incidents unless the line names another topic ("SLA credit reminders" are claims). */
const SLA = /\bslas?\b/
/** Words that carry a topic without naming one: renewal reminders when nothing else is said. */
const CARRIER = /\b(?:reminders?|deadlines?)\b/
const ALL = /\b(?:all|everything|anything)\b/

export function findTopic(free: string): Topic | 'all' | undefined {
  const named = new Set(TOPIC_WORDS.filter(([re]) => re.test(free)).map(([, topic]) => topic))
  if (named.size === 1) return [...named][0]
  if (named.size > 1) return undefined
  if (SLA.test(free)) return 'incidents'
  if (ALL.test(free)) return 'all'
  return CARRIER.test(free) ? 'renewals' : undefined
}
