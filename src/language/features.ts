// What the intent scorer sees of a line: its words stemmed (entity words such as vendor names
// and incident ids removed), adjacent word pairs, and one feature per kind of entity found.
// The same function reads the declared phrasings at start-up and each user line at run time.
import { contractWords } from './contract-mention.ts'
import { currencyWord } from './currency-words.ts'
import type { Entities } from './entities.ts'
import { datesOtherEvent } from './event-dates.ts'
import { incidentOver } from './incident-ended.ts'
import { headOf, type PhraseWord, silenced } from './phrase-roles.ts'
import { CONTRACT_FIELD, END_DATE, NOTICE, noteFrom, saidChanges, toldFrom } from './said-changes.ts'

/** Words too common to say anything about an intent on their own (they still form pairs). */
export const STOP = new Set(
  'a an the to of for in on at is are was were be been it its this that these those i we you me my our us your please pls can could would will should kindly thanks thank and or with from by as do does did have has had there their them they what which when how about up any all some show tell give let get list see find know want like just something anything need more'.split(
    ' ',
  ),
)
// Filler nouns after a topic word ("risk stuff due", "renewal items this month") name nothing; "do
// the thing" stays a word nobody knows, so a line that says nothing else is still not understood.
for (const filler of 'stuff items things tasks bits ones jobs'.split(' ')) STOP.add(filler)
// "renewals q1 critical only", "renewals w lapsed evidence", "credits not claimed yet": a limiter,
// "with" shortened and "yet" say no intent and are no word nobody knows.
for (const filler of ['only', 'w', 'yet']) STOP.add(filler)
/** Words kept even though they look like stop words: they carry intent here. */
const KEEP = new Set(['who', 'about', 'up', 'get', 'give', 'list', 'any', 'all', 'when', 'how', 'what'])

export function stem(word: string): string {
  let w = word.replace(/'s$/, '').replace(/'/g, '')
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3)
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2)
  else if (w.length > 4 && w.endsWith('es')) w = w.slice(0, -2)
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1)
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1)
  return w
}

/** Whether a phrasing may teach this feature: content words and pairs, never entities or fillers. */
export function learnable(feature: string): boolean {
  if (feature.startsWith('#') || feature.startsWith('^')) return false
  return feature.split('_').every((part) => !STOP.has(part) && !NOT_LEARNED.has(part))
}

/** Question and filler words: they count only where a cue says so, never from a phrasing. */
const NOT_LEARNED = new Set([
  'what',
  'who',
  'which',
  'how',
  'when',
  'any',
  'all',
  'list',
  'get',
  'up',
  'about',
  'we',
  'our',
])

/** A cue term ("notice deadline", "renewals", "#vendor") as the feature it matches. */
export function cueFeature(term: string): string {
  if (term.startsWith('#')) return term
  return term.toLowerCase().split(/\s+/).map(stem).join('_')
}

/**
 * Words (and their stems) that make up windows and periods (SPEC §3). Not "week" or "today":
 * "this week" and "today" are what `agenda` covers, so they still say agenda.
 */
const WHEN =
  /^(?:next|this|thi|last|coming|com|current|past|end|q[1-4]|eo[yqm]|qtrs?|mos?|yrs?|month|quarter|quart|year|day|months|quarters|years|days|within)$/

/** A calendar date typed in the line: "2028-04-30", "feb 28", "28 feb", "3/31". */
const DATE =
  /\b(?:\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)\b/

/** A change said in words: "to", "now", a verb of setting. */
const SETTING =
  /\b(?:to|now|should be|bump|change|set|update|make|raise|lower|increase|reduce|shorten|extend)\b/
/** A renewal's new values are the renewal's (contract renew), not an edit. */
const RENEWING = /\b(?:renew\w*|extend\w*|signed|new term)\b/

/**
 * A number typed as a value, not only the date of another event ("notice was given to nordlicht on
 * 2026-11-02": the notice is no field changed to that date). Number words ("ninety days") count.
 */
function valueTyped(e: Entities): boolean {
  if (!/\d/.test(e.freeText())) return false
  const digits = e.words.flatMap((w, i) => (!e.isTaken(i) && /\d/.test(w.text) ? [i] : []))
  const other = e.times.filter((t) => datesOtherEvent(e, t))
  return digits.length === 0 || digits.some((i) => !other.some((t) => i >= t.from && i <= t.to))
}

/**
 * A contract's field given a new value: "the litware notice to 120 days", "U0WEST owns the coho saas
 * contract now". Named by its title, any field with a value; by its vendor alone, its notice or end
 * date set to a number (the vendor's one contract, or which of several is asked).
 */
function fieldChanged(e: Entities, titled: boolean): boolean {
  const free = e.freeText()
  if (RENEWING.test(free) || !(valueTyped(e) || e.users.length > 0)) return false
  if (titled) return CONTRACT_FIELD.test(free)
  return e.vendors.length === 1 && (NOTICE.test(free) || END_DATE.test(free)) && SETTING.test(free)
}

/**
 * `heads` are the stems of the read commands' one-word names ("renewal", "vendor"): a line opening
 * with one as its head noun gets the feature `^<stem>` (see phrase-roles.ts).
 */
export function featuresOf(e: Entities, heads: ReadonlySet<string> = new Set()): string[] {
  const out = new Set<string>()
  const seq: string[] = []
  const phrase: PhraseWord[] = e.words.map((w, i) => {
    const norm = w.norm.replace(/[^a-z0-9-]/g, '')
    // A currency code is a value ("eur contracts over 200k"), not a word nobody knows or a name.
    const entity =
      e.isTaken(i) || e.inCheck(i) || w.quoted || norm === '' || /^\d/.test(norm) || !!currencyWord(w.text)
    const endsClause = /[,;:]$/.test(e.line.slice(w.start, w.end + 1))
    return { norm, entity, stop: STOP.has(norm), endsClause }
  })
  const quiet = silenced(phrase)
  // The words of a window or period ("next month", "by end of qtr") are the #window feature, not
  // cues of their own: "audits due by end of month" is not about contracts ending.
  const timed = e.window !== undefined || e.period !== undefined
  if (timed)
    phrase.forEach((w, i) => {
      if (WHEN.test(w.norm)) quiet.add(i)
    })
  // The words of a contract's title are the contract, not cues ("claims platform", "incident
  // response retainer").
  const titled = contractWords(e)
  for (const k of titled ?? []) quiet.add(k)
  // What happened, told after "vendor pN:", is the incident's own words, not cues ("card payments
  // timing out" asks for no vendor card).
  // So is a note given after "evidence:" ("re-checked" asks for no risk list).
  const own = Math.min(toldFrom(e) ?? Infinity, noteFrom(e) ?? Infinity)
  for (let k = own; k < e.words.length; k++) quiet.add(k)
  const head = headOf(phrase, stem, heads)
  for (const k of head?.modifiers ?? []) quiet.add(k)
  e.words.forEach((w, i) => {
    if (phrase[i]!.entity) {
      seq.push('#')
      return
    }
    const norm = w.norm.replace(/[^a-z0-9'-]/g, '')
    for (const part of norm.split('-')) {
      if (part === '') continue
      const s = stem(part)
      seq.push(s)
      if ((!STOP.has(part) || KEEP.has(part)) && !quiet.has(i)) out.add(s)
    }
  })
  if (head) out.add(head.feature)
  for (let i = 0; i + 1 < seq.length; i++) {
    if (seq[i] === '#' || seq[i + 1] === '#') continue
    if (timed && WHEN.test(seq[i]!) && WHEN.test(seq[i + 1]!)) continue
    out.add(`${seq[i]}_${seq[i + 1]}`)
  }
  if (e.vendors.length > 0) out.add('#vendor')
  if (e.incidents.length > 0) out.add('#incident')
  if (e.priority?.explicit) out.add('#priority')
  if (e.checks.length > 0) out.add('#check')
  if (e.window) out.add('#window')
  if (e.period) out.add('#period')
  if (e.users.length > 0) out.add('#user')
  if (e.cadenceDays !== undefined) out.add('#cadence')
  if (e.channel) out.add('#channel')
  if (titled) out.add('#contract')
  if (DATE.test(e.freeText())) out.add('#date')
  if (e.tier) out.add('#tier')
  const said = saidChanges(e)
  for (const f of said) out.add(f)
  // A contract named beside one of its fields and a new value ("the litware notice to 120 days").
  if (!said.includes('#ending') && fieldChanged(e, titled !== undefined)) out.add('#field')
  // An incident's end told ("the coho backup outage ended at 10:10"): the incident, named in words.
  if (incidentOver(e)) out.add('#over').add('#incident')
  return [...out]
}
