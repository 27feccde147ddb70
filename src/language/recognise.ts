// Free text → what Tickler thinks it means: an exact command, a command missing something, a
// guess too close to call, or something Tickler does not do. Pure: reads the register, never
// writes, so the benchmark and the tests can call it as often as they like.
import type { Command } from '../commands/command.ts'
import { editDistance } from '../lookup/edit-distance.ts'
import { BUILDERS, type Built } from './builders.ts'
import { CUES } from './cues.ts'
import { type Entities, entitiesOf, type Scene } from './entities.ts'
import { type FactQuestion, spotFact } from './fact-question.ts'
import { featuresOf, stem } from './features.ts'
import { isCommon, type Model, modelFor, type Scored, scoreIntents, unknownWords } from './model.ts'
import { actionNotDone, offTopic } from './off-topic.ts'
import { unplacedValue } from './placed-values.ts'
import { unnamedWrite } from './unnamed-write.ts'

export type Recognition = (
  | { kind: 'command'; intent: Command; command: string; notes: string[]; fact?: FactQuestion }
  | { kind: 'incomplete'; intent: Command; missing: string }
  | { kind: 'unsure' }
  | { kind: 'unknown' }
) & {
  ranked: Scored[]
  /** Words as typed that no command knows ("whenever", a vendor name not in the register). */
  unknownWords: string[]
  /** Of those, the ones that are no typo of a word Tickler knows ("whenever", not "reveiws"). */
  strangeWords?: string[]
}

/** Below this the best intent is a guess. */
export const MIN_SCORE = 2
/** The best must lead the runner-up by this much, or it is too close to call. */
const LEAD_READ = 1
/** Writes are never guessed: they need a clearer lead. */
const LEAD_WRITE = 2

/** Month and day names: capitalised and unknown to the scorer, but read by the date parsers. */
const DATE_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)$/i

/** Words that ask for a change whatever else the line says. */
const CHANGE =
  /\b(?:change|set|update|edit|make|move|switch|raise|lower|increase|reduce|extend|cancel|terminate|end|renew|add|remove|log|mark)\b|\b(?:to|is now|now)\s+\d/

/** Asking to see a thing, in words the scorer treats as fillers. */
const SHOW = /\b(?:show|display|open|view|pull up|look at|see)\b/

/** Words of a window or period the line has ("last month", "this qtr"): read, not unknown. */
// "so far" beside a period ("this month so far") is the period to date, which its report already is.
const WHEN_WORD =
  /^(?:before|by|until|till|thru|through|within|last|next|this|previous|coming|current|past|end|q[1-4]|eo[yqm]|qtrs?|wks?|mos?|yrs?|weeks?|months?|quarters?|years?|days?|today|so|far)$/

function partOfWhen(e: Entities, word: string): boolean {
  return (e.window !== undefined || e.period !== undefined) && (WHEN_WORD.test(word) || DATE_WORD.test(word))
}

/** Unknown words that look like names: capitalised, and not a month or a day. */
export function likelyNames(words: readonly string[]): string[] {
  return words.filter((w) => /^\p{Lu}/u.test(w) && !DATE_WORD.test(w))
}

export function recognise(line: string, commands: readonly Command[], scene: Scene): Recognition {
  const model = modelFor(commands)
  const e = entitiesOf(line, { ...scene, common: (word) => isCommon(model, word) })
  const typed0 = featuresOf(e, model.heads)
  const unknown = new Set(unknownWords(model, typed0))
  // A slip of the keyboard ("taregts") counts as the word it nearly is.
  const features = [...typed0, ...corrections(model, [...unknown])]
  // As typed, for the reply: "I don't know "Zontoso"".
  const typed = e.words
    .filter(
      (w, i) => !e.isTaken(i) && unknown.has(stem(w.norm)) && !partOfWhen(e, w.norm) && w.norm !== e.tier,
    )
    .map((w) => w.text)
  const strange = typed.filter((w) => !nearVocabulary(model, stem(w.toLowerCase())))
  const scored = scoreIntents(model, features)
  // An action Tickler never takes ("draft an email to fabrikam") asks for no fact either.
  const notDone = actionNotDone(e)
  const decision =
    offTopic(scored, e, strange) || notDone
      ? { kind: 'unknown' as const, ranked: scored }
      : vague(decide(e, features, scored, commands), e, strange)
  const fact = notDone ? undefined : factAnswer(e, decision, commands)
  if (fact) return { ...fact, ranked: decision.ranked, unknownWords: typed, strangeWords: strange }
  // "Zontoso checks": a capitalised word nobody knows is probably a vendor not in the register;
  // answering for the whole register instead would look like an answer about it.
  const names = likelyNames(typed)
  if (names.length > 0 && 'intent' in decision && CUES[decision.intent.name]?.shuns?.includes('#vendor'))
    return { kind: 'unsure', ranked: decision.ranked, unknownWords: names, strangeWords: strange }
  return { ...askedNeverWrites(decision, e), unknownWords: typed, strangeWords: strange }
}

/**
 * The last word on every reading, whichever rule produced it: a line that asks is never proposed
 * as a write (issue 22). Tickler says it is not sure rather than offer to change what was asked about.
 */
function askedNeverWrites(decision: Decision, e: Entities): Decision {
  if (!e.question || decision.kind !== 'command' || !decision.intent.writes) return decision
  return { kind: 'unsure', ranked: decision.ranked }
}

/** A typo of a word Tickler knows ("renewls"): not a word nobody knows. */
function nearVocabulary(model: Model, word: string): boolean {
  if (word.length < 4) return false
  const max = word.length >= 6 ? 2 : 1
  for (const v of model.vocabulary) if (editDistance(word, v, max) <= max) return true
  return false
}

/** The one known word each unknown stem is a single slip away from ("taregt" → "target"). */
function corrections(model: Model, unknown: readonly string[]): string[] {
  const out: string[] = []
  for (const word of unknown) {
    // Shorter words are too often other words one letter away ("night", "right").
    if (word.length < 6) continue
    const near = [...model.vocabulary].filter((v) => v.length >= 4 && editDistance(word, v, 1) <= 1)
    // Near two forms of one word ("renewls": "renew", "renewal"), it is the longer: one family.
    const longest = near.reduce((a, b) => (b.length > a.length ? b : a), '')
    if (near.length > 0 && near.every((v) => longest.startsWith(v))) out.push(longest)
  }
  return out
}

/** Features that name no intent: entities, windows and fillers ("about", "up"). */
const WEAK = /^(?:#.*|about|up|get|give|list|any|all|what|who|how|when|next|this|coming|today|week)$/

/**
 * A read supported only by a name or a window, beside words nobody knows ("do the thing for
 * fabrikam we talked about", "usd to eur rate today"), is not a request for the card or the
 * renewals: a name or a window alone does not say what is asked.
 */
function vague(decision: Decision, e: Entities, unknown: readonly string[]): Decision {
  if (decision.kind !== 'command' || decision.intent.writes || unknown.length === 0) return decision
  const top = decision.ranked.find((s) => s.command === decision.intent)
  if (!top?.matched.every(([f]) => WEAK.test(f))) return decision
  return e.vendors.length > 0 || e.incidents.length > 0
    ? { kind: 'unsure', ranked: decision.ranked }
    : { kind: 'unknown', ranked: decision.ranked }
}

/**
 * A question about one fact is answered with that fact and its card, whatever the scorer thought;
 * never in place of a change someone asked for in full ("change Contoso's contact email to …").
 */
function factAnswer(e: Entities, decision: Decision, commands: readonly Command[]): Decision | undefined {
  // A write reading with neither a whole command nor a word of change ("notice period on X") asks
  // for the fact; "change the notice period on X to 90 days" asks for a change.
  if (!e.question && 'intent' in decision && decision.intent.writes) {
    if (decision.kind === 'command' || CHANGE.test(e.freeText())) return undefined
  }
  const fact = spotFact(e)
  if (!fact) return undefined
  const name =
    fact.kind === 'incident' ? 'sla show' : fact.card.startsWith('risk list') ? 'risk list' : 'vendor'
  const intent = commands.find((c) => c.name === name)
  if (!intent) return undefined
  return { kind: 'command', intent, command: fact.card, notes: [], fact, ranked: decision.ranked }
}

type Decision = DistributiveOmit<Recognition, 'unknownWords'>
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

function decide(e: Entities, features: string[], scored: Scored[], commands: readonly Command[]): Decision {
  let ranked = scored
  // A question ("is INC-0009 resolved?", "who resolved INC-0003") asks to know, not to change.
  if (e.question) ranked = ranked.filter((s) => !s.command.writes)
  // A vendor named and nothing else ("Contoso?"): its card.
  if (e.vendors.length === 1 && features.length === 1) {
    const card = commands.find((c) => c.name === 'vendor')
    const built = BUILDERS.vendor!(e)
    if (card && 'command' in built)
      return { kind: 'command', intent: card, command: built.command, notes: [], ranked }
  }
  // An incident id and nothing else ("INC-0003"): what happened to it; asked to be shown ("show
  // INC-0004"), the incident itself.
  if (e.incidents.length === 1 && features.length === 1) {
    const id = e.incidents[0]!.id
    const name = SHOW.test(e.freeText()) ? 'sla show' : 'history'
    const intent = commands.find((c) => c.name === name)
    if (intent) return { kind: 'command', intent, command: `${name} ${id}`, notes: [], ranked }
  }
  // "pls resolve the incident": the write asked for, and what it needs, rather than a read.
  const unnamed = unnamedWrite(e, features, ranked, (c) => BUILDERS[c.name]?.(e))
  if (unnamed) return { kind: 'incomplete', ...unnamed, ranked }
  const top = ranked[0]
  const hasEntity = e.vendors.length + e.incidents.length + e.checks.length + e.users.length > 0
  if (!top || top.score < MIN_SCORE)
    return hasEntity || (top && top.score >= MIN_SCORE * 0.75)
      ? { kind: 'unsure', ranked }
      : { kind: 'unknown', ranked }

  const builder = BUILDERS[top.command.name]
  const built: Built = builder ? builder(e) : { missing: 'the details' }
  const second = ranked[1]
  // A proposal must clearly beat every other reading; asking for what is missing needs less.
  const proposing = 'command' in built && top.command.writes
  if (second && top.score - second.score < (proposing ? LEAD_WRITE : LEAD_READ)) {
    // Two readings that come to the same command are not a conflict.
    const other = BUILDERS[second.command.name]?.(e)
    if (!('command' in built && other && 'command' in other && built.command === other.command))
      return { kind: 'unsure', ranked }
  }
  if ('missing' in built) return { kind: 'incomplete', intent: top.command, missing: built.missing, ranked }
  const unplaced = proposing ? unplacedValue(e, built.command) : undefined
  if (unplaced !== undefined)
    return { kind: 'incomplete', intent: top.command, missing: `to know what "${unplaced}" is for`, ranked }
  return { kind: 'command', intent: top.command, command: built.command, notes: built.notes, ranked }
}
