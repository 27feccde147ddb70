// What a word does in its phrase, where that changes what it says about the intent:
// - a negated verb and its object ("stop sending renewal reminders", "not renewing", "no longer
//   track") do not cue their command; the pairs they form ("stop_send") still count, so the
//   negation itself can cue one;
// - a singular "vendor" before a plural noun ("vendor reviews", "supplier assessments") modifies
//   it: the head is the noun that follows, so it does not cue the vendor list;
// - a line that opens with a read command's one-word name used as a noun ("renewals for critical
//   vendors", "history for the contoso contracts") asks for that command: the head feature `^name`.

/** Negators, and the words between a negator and the verb it negates ("no longer", "not to"). */
const NEGATORS = new Set([
  'stop',
  'dont',
  'never',
  'not',
  'quit',
  'no',
  'wont',
  'cant',
  'doesnt',
  'didnt',
  // Verbs that switch something off: "mute the escalation alerts" does not ask for alerts.
  'mute',
  'silence',
  'disable',
  'pause',
])
/** Articles inside the negated object ("dont post the weekly digest"): skipped, not a boundary. */
const ARTICLES = new Set(['the', 'a', 'an', 'any', 'our', 'us', 'my', 'your', 'these', 'those'])
const BRIDGE = new Set([
  'more',
  'longer',
  'to',
  'be',
  'being',
  'been',
  'any',
  'the',
  'a',
  'an',
  'we',
  'i',
  'ever',
])
const MODIFIERS = new Set(['vendor', 'supplier', 'provider'])
/** After "vendors": what they have is asked for ("which of my vendors have renewals by eoy"). */
const WITH = new Set(['with', 'whose', 'that', 'having', 'where', 'have', 'has'])
const CLAUSE = new Set(['and', 'but', 'or', 'so', 'then', 'because'])
/** Words a negation reaches: the verb and a short object. */
const SCOPE = 3

export interface PhraseWord {
  /** Folded, apostrophes removed. */
  norm: string
  /** Part of an entity (vendor name, check kind, quoted text, number). */
  entity: boolean
  stop: boolean
  /** Typed with a comma, colon or similar after it. */
  endsClause: boolean
}

/** Positions whose own word must not count as a feature (the pairs they form still do). */
export function silenced(words: readonly PhraseWord[]): Set<number> {
  const out = new Set<number>()
  words.forEach((w, i) => {
    if (NEGATORS.has(w.norm)) {
      let k = i + 1
      while (k < words.length && !words[k]!.entity && (BRIDGE.has(words[k]!.norm) || words[k]!.stop)) k++
      // The negated verb and its object ("stop posting incident alerts"), up to the clause's end.
      for (let n = 0; n < SCOPE && k < words.length; n++, k++) {
        const x = words[k]!
        if (ARTICLES.has(x.norm)) {
          n--
          continue
        }
        if (x.entity || x.stop || CLAUSE.has(x.norm) || NEGATORS.has(x.norm)) break
        out.add(k)
        if (x.endsClause) break
      }
    }
    const next = words[i + 1]
    if (MODIFIERS.has(w.norm) && next && !next.entity && !next.stop && /[^s]s$/.test(next.norm)) out.add(i)
  })
  return out
}

export interface Head {
  /** `^<stem>`: the command the line's head noun names. */
  feature: string
  /** Later words naming another command ("renewals for critical vendors"): modifiers, silenced. */
  modifiers: number[]
}

/** The head when the line's first content word is a command's name used as a noun ("renewals for …"). */
export function headOf(
  words: readonly PhraseWord[],
  stem: (w: string) => string,
  names: ReadonlySet<string>,
): Head | undefined {
  const i = words.findIndex((w) => !w.stop)
  const head = words[i]
  if (!head || head.entity || !names.has(stem(head.norm))) return undefined
  const next = words[i + 1]
  if (next !== undefined && !next.stop) return undefined
  // "vendors with renewals before eoy", "vendors whose checks are overdue": the list has no such
  // filter, so the thing the vendors have is what is asked for.
  if (next && WITH.has(next.norm) && stem(head.norm) === 'vendor') return undefined
  const modifiers: number[] = []
  for (let k = i + 1; k < words.length; k++)
    if (!words[k]!.entity && names.has(stem(words[k]!.norm))) modifiers.push(k)
  return { feature: `^${stem(head.norm)}`, modifiers }
}
