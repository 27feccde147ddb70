// The words a one-fact question turns on ("notice", "period", "deadline", "expire"), read through
// small typos ("notcie peroid") so a slip of the keyboard still asks the fact. Only these few
// words are corrected, and only when long enough that a near word is no other word.
import { editDistance } from '../lookup/edit-distance.ts'

const FACT_WORDS = [
  'notice',
  'period',
  'deadline',
  'cutoff',
  'renewal',
  'renews',
  'expire',
  'expires',
  'expiry',
  'finish',
  'remaining',
]

/** Synonyms folded to the word the fact patterns use ("cut-off" → "cutoff"). */
const SAME = new Map<string, string>([
  ['cut-off', 'cutoff'],
  ['auto-renew', 'renew'],
  ['autorenew', 'renew'],
  ['auto-renews', 'renews'],
  ['autorenews', 'renews'],
])

const KEEP = new Set(['contract', 'contracts', 'notices', 'periods', 'deadlines', 'finnish', 'expired'])

function corrected(word: string): string {
  const same = SAME.get(word)
  if (same) return same
  // "contract" is one letter from "contact": ordinary words that near a fact word stay as typed.
  if (word.length < 5 || FACT_WORDS.includes(word) || KEEP.has(word)) return word
  for (const known of FACT_WORDS) if (editDistance(word, known, 1) <= 1) return known
  return word
}

export function correctFactWords(free: string): string {
  return free
    .replace(/\bcut off\b/g, 'cutoff')
    .split(' ')
    .map(corrected)
    .join(' ')
}
