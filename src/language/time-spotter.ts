// Times and dates inside a free-text line ("since 9:05", "yesterday 3pm", "2h ago", "on Nov 20"),
// read by the same chrono-based parser as the commands (src/parse/when.ts), in the organisation
// zone at the request's instant. The word before a time says what it is: "started 9:05",
// "responded at 9:40", "fixed at 11:15".
import type { Temporal } from 'temporal-polyfill'
import { parseWhen } from '../parse/when.ts'
import type { Word } from './words.ts'

export type TimeRole = 'started' | 'responded' | 'resolved' | 'plain'

export interface TimeMention {
  at: Temporal.Instant
  role: TimeRole
  /** Word positions of the time and of the words that introduced it ("started at"), inclusive. */
  from: number
  to: number
}

const MAX_WORDS = 5
const TIME_START =
  /^(?:\d.*|yesterday|today|tonight|this|last|an|a|half|noon|midnight|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/
const TIMEISH =
  /\d|\b(?:yesterday|today|tonight|ago|noon|midnight|morning|afternoon|evening|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i

const ROLE_WORDS: Record<string, TimeRole> = {
  started: 'started',
  starting: 'started',
  start: 'started',
  since: 'started',
  began: 'started',
  begun: 'started',
  beginning: 'started',
  from: 'started',
  responded: 'responded',
  response: 'responded',
  answered: 'responded',
  acknowledged: 'responded',
  replied: 'responded',
  resolved: 'resolved',
  resolution: 'resolved',
  fixed: 'resolved',
  restored: 'resolved',
  closed: 'resolved',
  solved: 'resolved',
}
const SPAN_JOIN = new Set(['to', 'until', 'till', 'thru', 'through'])
const LINKS = new Set(['at', 'on', 'around', 'about', 'by', 'was', 'were', 'it', 'up'])

export function spotTimes(
  line: string,
  words: readonly Word[],
  now: Temporal.Instant,
  zone: string,
  taken: (i: number) => boolean,
): TimeMention[] {
  const out: TimeMention[] = []
  let i = 0
  while (i < words.length) {
    if (taken(i) || words[i]!.quoted || !TIME_START.test(words[i]!.norm)) {
      i++
      continue
    }
    let found: { at: Temporal.Instant; to: number } | undefined
    // "yesterday 14:00 to yesterday 15:30" is two times, the start and end of a span, not one.
    const joined = words.findIndex((w, k) => k > i && SPAN_JOIN.has(w.norm))
    const most = Math.min(MAX_WORDS, (joined === -1 ? words.length : joined) - i)
    for (let n = most; n >= 1 && !found; n--) {
      if (taken(i + n - 1)) continue
      const text = line.slice(words[i]!.start, words[i + n - 1]!.end)
      if (!TIMEISH.test(text)) continue
      const at = parseWhen(text, now, zone)
      if (at) found = { at, to: i + n - 1 }
    }
    if (!found) {
      i++
      continue
    }
    // Look back over linking words ("started at", "fixed it at") for what the time is.
    let from = i
    let role: TimeRole = 'plain'
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const w = words[k]!.norm
      if (ROLE_WORDS[w]) {
        role = ROLE_WORDS[w]!
        from = k
        break
      }
      if (!LINKS.has(w)) break
    }
    if (role === 'plain' && i > 0 && LINKS.has(words[i - 1]!.norm)) from = i - 1
    out.push({ at: found.at, role, from, to: found.to })
    i = found.to + 1
  }
  return out
}
