// Whether a line asks to know rather than to change (issue 22: a question is never proposed as a
// write). A question starts with a question word once greetings and fillers are skipped ("hey,
// when's…", "so is INC-9 resolved"), asks for a count or a span anywhere ("how many", "days
// until", "days left"), asks to be told ("tell me", "do you know", "can you check whether"),
// names the thing first and asks after a comma or dash ("datos field engineers - when is it up"),
// ends with "yet" ("INC-9 fixed yet": chat drops the "?"; "do not resolve it yet" tells), or ends
// with "?" without being a request ("can you log a P1…?" is a request however it ends).
import type { Word } from './words.ts'

/** Words that open a question. Contractions are folded first: "when's" → "when", "isn't" → "isnt". */
const ASKS = new Set(
  'did does do has have had is are am was were when what which who whom whose how any why where whats whens whos hows wheres whys isnt arent didnt doesnt hasnt havent wasnt werent'.split(
    ' ',
  ),
)
/** "can we still cancel…?" asks; "can you log…" requests, unless what it requests is to be told. */
const MODALS = new Set('can could would will shall should may might must'.split(' '))
const YOU = new Set(['you', 'u', 'ya', 'tickler'])
/** Said before the line proper: they say nothing about whether it asks or tells. */
const FILLERS = new Set(
  'so and but also ok okay k hey hi hello yo quick question q btw um uh hmm sorry actually just oh then right well please pls plz kindly'.split(
    ' ',
  ),
)
/** Prepositions a question may open with before its question word ("by when", "for how long"). */
const LEAD_IN = new Set('by until till til since from for in at to after before'.split(' '))
const POLITE = new Set(['please', 'pls', 'plz', 'kindly'])
/** Folded as above: "hasn't" → "hasnt". A negated line ending in "yet" tells ("vendor hasn't responded yet"). */
const NEGATION = new Set(
  'not dont never no hasnt havent hadnt isnt arent wasnt werent didnt doesnt wont cant couldnt shouldnt'.split(
    ' ',
  ),
)
/** What follows "can you" when the request is to be told something. */
const TELL =
  /^(?:tell|show|remind|let me know|confirm|find out|look up|check (?:if|whether|when|what|who|how)|see (?:if|whether)|say|give me|list|pull up|find)\b/
/** Asking for a count, a span or to be told, wherever it stands in the line. */
const INFO =
  /\b(?:how (?:many|much|long|soon|often|close|far)|(?:still|in) time to|(?:till|until|til) when|what (?:day|date)|days? (?:until|till|til|left|remaining|to go)|weeks? (?:until|till|left)|months? (?:until|till|left)|time left|whether|by when|tell me|let me know|remind me (?:when|what|who|how|if|whether|of)|do you know|last day to|deadline (?:to|for)|cut-?off (?:to|for)|(?:need|want|like) to know|wondering|any idea|find out|is it true)\b/

/**
 * Question words as chat types them ("hw many", "wen does", "wat day", "r we"): read as the word
 * they stand for, so a slip of the keyboard never turns a question into an instruction.
 */
const TEXTED: Record<string, string> = {
  hw: 'how',
  hws: 'hows',
  hwo: 'how',
  hoe: 'how',
  wht: 'what',
  wat: 'what',
  wot: 'what',
  wut: 'what',
  whta: 'what',
  waht: 'what',
  whts: 'whats',
  wats: 'whats',
  whn: 'when',
  wen: 'when',
  whens: 'whens',
  wehn: 'when',
  whr: 'where',
  wher: 'where',
  whre: 'where',
  hu: 'who',
  y: 'why',
  wich: 'which',
  whch: 'which',
  r: 'are',
  u: 'you',
  ya: 'you',
  cn: 'can',
  wld: 'would',
  shld: 'should',
}

function fold(norm: string): string {
  const plain = norm
    .replace(/[’']/g, "'")
    .replace(/'(?:s|re|d|ll|ve|m)$/, '')
    .replace(/'/g, '')
  return TEXTED[plain] ?? plain
}

export function isQuestion(line: string, words: readonly Word[]): boolean {
  const folded = words.map((w) => fold(w.norm))
  let i = 0
  let polite = false
  while (i < folded.length - 1 && FILLERS.has(folded[i]!)) {
    if (POLITE.has(folded[i]!)) polite = true
    i++
  }
  // "by when must we tell X…", "until when does…": a preposition before the question word.
  if (LEAD_IN.has(folded[i] ?? '') && ASKS.has(folded[i + 1] ?? '')) i++
  const first = folded[i] ?? ''
  if (MODALS.has(first)) {
    const subject = folded[i + 1] ?? ''
    if (!YOU.has(subject)) return true
    const asked = folded.slice(i + 2).join(' ')
    return TELL.test(asked) || INFO.test(asked)
  }
  // "do not renew X" is an instruction, not "do …?".
  if (ASKS.has(first) && !(first === 'do' && folded[i + 1] === 'not')) return true
  if (INFO.test(folded.join(' '))) return true
  // The thing named first, then the question ("müller colo racks, when do they auto renew").
  for (let k = i + 1; k < folded.length - 1; k++) {
    const gap = line.slice(words[k - 1]!.end, words[k]!.start)
    const dash = /^[-–—]+$/.test(folded[k - 1]!)
    if (ASKS.has(folded[k]!) && (dash || /[,;:–—]|\s-\s/.test(gap))) return true
  }
  if (folded[folded.length - 1] === 'yet' && !polite && !folded.some((w) => NEGATION.has(w))) return true
  // A "?" anywhere asks ("we can still cancel it, right? the proseware one"), unless a request.
  return line.includes('?') && !polite
}
