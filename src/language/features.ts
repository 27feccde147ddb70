// What the intent scorer sees of a line: its words stemmed (entity words such as vendor names
// and incident ids removed), adjacent word pairs, and one feature per kind of entity found.
// The same function reads the declared phrasings at start-up and each user line at run time.
import { namesContract } from './contract-mention.ts'
import type { Entities } from './entities.ts'

/** Words too common to say anything about an intent on their own (they still form pairs). */
export const STOP = new Set(
  'a an the to of for in on at is are was were be been it its this that these those i we you me my our us your please pls can could would will should kindly thanks thank and or with from by as do does did have has had there their them they what which when how about up any all some show tell give let get list see find know want like just something anything need'.split(
    ' ',
  ),
)
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
  if (feature.startsWith('#')) return false
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

export function featuresOf(e: Entities): string[] {
  const out = new Set<string>()
  const seq: string[] = []
  e.words.forEach((w, i) => {
    if (e.isTaken(i) || e.inCheck(i) || w.quoted) {
      seq.push('#')
      return
    }
    const norm = w.norm.replace(/[^a-z0-9'-]/g, '')
    if (norm === '' || /^\d/.test(norm)) {
      seq.push('#')
      return
    }
    for (const part of norm.split('-')) {
      if (part === '') continue
      const s = stem(part)
      seq.push(s)
      if (!STOP.has(part) || KEEP.has(part)) out.add(s)
    }
  })
  for (let i = 0; i + 1 < seq.length; i++) {
    if (seq[i] !== '#' && seq[i + 1] !== '#') out.add(`${seq[i]}_${seq[i + 1]}`)
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
  if (namesContract(e)) out.add('#contract')
  return [...out]
}
