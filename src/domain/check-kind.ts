// Check kinds as people type them ("SOC 2", "soc-2", "adverse media", "insurance certificate")
// mapped to the stored canonical kind. Anything else that is one plain word is a kind of its own
// ("pentest"), as SPEC §2 allows.
import { CheckKindSchema, KNOWN_CHECK_KINDS } from './risk-check.ts'

/** Spellings, compared with case, spaces, hyphens, underscores and dots removed. */
const SPELLINGS: Record<string, readonly string[]> = {
  soc2: ['soc2', 'soc2type2', 'soc2typeii', 'soctwo'],
  soc1: ['soc1', 'soc1type2', 'soc1typeii', 'socone'],
  questionnaire: [
    'questionnaire',
    'questionaire',
    'securityquestionnaire',
    'riskquestionnaire',
    'duediligencequestionnaire',
    'ddq',
    'sig',
  ],
  insurance: [
    'insurance',
    'insurancecertificate',
    'insurancecert',
    'certificateofinsurance',
    'coi',
    'insurancepolicy',
  ],
  adverse_media: ['adversemedia', 'adversemediacheck', 'adversemediascreening', 'adversenews'],
  financial: [
    'financial',
    'financials',
    'financialreview',
    'financialstatements',
    'financialcheck',
    'financialhealth',
  ],
}

/** How people read the known kinds (SPEC §13); stored kinds stay ids such as soc2. */
const NAMES: Record<string, string> = {
  soc2: 'SOC 2 report',
  soc1: 'SOC 1 report',
  questionnaire: 'Security questionnaire',
  insurance: 'Insurance certificate',
  adverse_media: 'Adverse media review',
  financial: 'Financial review',
}

/** A check kind as people read it: "SOC 2 report", "Adverse media review", "pentest". */
export function checkName(kind: string): string {
  return NAMES[kind] ?? kind.replace(/_/g, ' ')
}

const BY_SPELLING = new Map<string, string>()
for (const [kind, spellings] of Object.entries(SPELLINGS)) {
  for (const s of spellings) BY_SPELLING.set(s, kind)
}

/** Words that begin a check kind: they end a vendor argument (SPEC §4.1). */
const FIRST_WORDS = new Set([
  ...KNOWN_CHECK_KINDS,
  ...Object.values(SPELLINGS).flat(),
  'soc',
  'adverse',
  'soc-2',
  'soc-1',
  'adverse-media',
])

const MAX_WORDS = 4

function squash(text: string): string {
  return text.toLowerCase().replace(/[\s\-_.]+/g, '')
}

/** True for a word that starts a known check kind ("soc", "SOC2", "adverse", "insurance"). */
export function isCheckKindWord(word: string): boolean {
  return FIRST_WORDS.has(word.toLowerCase()) || BY_SPELLING.has(squash(word))
}

/** The canonical kind of one known spelling, or undefined. */
export function knownKind(text: string): string | undefined {
  const key = squash(text)
  return BY_SPELLING.get(key) ?? BY_SPELLING.get(key.replace(/check$/, ''))
}

/** A single typed word as a kind of its own: lower case, hyphens as underscores; null if unusable. */
export function otherKind(word: string): string | null {
  const kind = word.toLowerCase().replace(/-/g, '_')
  return CheckKindSchema.safeParse(kind).success ? kind : null
}

/** Any typed kind (a known spelling or one plain word) in canonical form; null if unusable. */
export function normaliseKind(text: string): string | null {
  const known = knownKind(text)
  if (known) return known
  const trimmed = text.trim()
  return /\s/.test(trimmed) ? null : otherKind(trimmed)
}

/**
 * Reads the check kind at the start of `words`: the longest known spelling (up to four words),
 * else the first word as a kind of its own. Returns the kind and how many words it took.
 */
export function takeCheckKind(words: readonly string[]): { kind: string; used: number } | null {
  for (let n = Math.min(MAX_WORDS, words.length); n >= 1; n--) {
    const kind = knownKind(words.slice(0, n).join(' '))
    if (kind) return { kind, used: n }
  }
  const first = words[0]
  if (first === undefined) return null
  const kind = otherKind(first)
  return kind ? { kind, used: 1 } : null
}
