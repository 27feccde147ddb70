// Incident priority in words. Explicit forms win: "P1", "p 2", "sev 1", "sev2", "severity one",
// "priority 3". Otherwise words imply one: a total loss of service ("down", "outage", "critical",
// "not working for anyone") is P1, "urgent" or "major" P2, "slow" or "degraded" P3, "minor" or
// "cosmetic" P4. An implied priority is only ever used in a proposal the user confirms.
import type { Word } from './words.ts'

export interface Priority {
  value: 'P1' | 'P2' | 'P3' | 'P4'
  explicit: boolean
  from: number
  to: number
}

const DIGIT: Record<string, string> = {
  '1': '1',
  '2': '2',
  '3': '3',
  '4': '4',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
}
const IMPLIED: [RegExp, Priority['value']][] = [
  [/^(?:down|outage|outages|offline|unavailable|unreachable|critical|dead|crashed|sev-?one)$/, 'P1'],
  [/^(?:urgent|major|severe|high-priority)$/, 'P2'],
  [/^(?:slow|sluggish|degraded|intermittent|intermittently|flaky)$/, 'P3'],
  [/^(?:minor|cosmetic|low-priority|trivial)$/, 'P4'],
]

function level(text: string | undefined): string | undefined {
  return text === undefined ? undefined : DIGIT[text]
}

export function spotPriority(words: readonly Word[], taken: (i: number) => boolean): Priority | undefined {
  let implied: Priority | undefined
  for (let i = 0; i < words.length; i++) {
    if (taken(i) || words[i]!.quoted) continue
    const w = words[i]!.norm
    const joined = /^(?:p|sev|severity|prio|priority)-?([1-4])$/.exec(w)
    if (joined) return { value: `P${joined[1]}` as Priority['value'], explicit: true, from: i, to: i }
    if (/^(?:p|sev|severity|prio|priority)$/.test(w)) {
      const n = level(words[i + 1]?.norm)
      if (n && !taken(i + 1))
        return { value: `P${n}` as Priority['value'], explicit: true, from: i, to: i + 1 }
    }
    if (/^(?:high|low)$/.test(w) && /^(?:priority|prio)$/.test(words[i + 1]?.norm ?? '')) {
      implied ??= { value: w === 'high' ? 'P2' : 'P4', explicit: false, from: i, to: i + 1 }
      continue
    }
    for (const [re, value] of IMPLIED) {
      if (re.test(w) && (!implied || value < implied.value))
        implied = { value, explicit: false, from: i, to: i }
    }
  }
  return implied
}
