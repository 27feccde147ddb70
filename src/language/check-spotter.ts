// Risk check kinds inside free text: the spellings `risk` commands accept ("SOC 2", "soc-2",
// "insurance certificate", "adverse media"), common words around them ("SOC2 report", "pen test")
// and any kind already in the register ("pci_dss" typed as "PCI DSS").
import { knownKind } from '../domain/check-kind.ts'
import { revisionCache } from '../store/revision-cache.ts'
import type { StoreView } from '../store/store.ts'
import type { Word } from './words.ts'

export interface CheckMention {
  kind: string
  from: number
  to: number
}

const MAX_WORDS = 5
/** Words around a kind that name the document rather than the check. */
const NOISE = new Set([
  'report',
  'reports',
  'check',
  'checks',
  'certificate',
  'certificates',
  'cert',
  'certs',
  'attestation',
  'review',
  'screening',
  'renewal',
  'audit',
  'assessment',
])
const SYNONYMS: Record<string, string> = {
  pentest: 'pentest',
  pentests: 'pentest',
  pentesting: 'pentest',
  pentestreport: 'pentest',
  penetrationtest: 'pentest',
  pci: 'pci_dss',
  pcidss: 'pci_dss',
  iso27001: 'iso27001',
  socii: 'soc2',
  socreport: 'soc2',
  cyberinsurance: 'insurance',
  insurancecover: 'insurance',
  securityquestions: 'questionnaire',
  duediligence: 'questionnaire',
  negativenews: 'adverse_media',
  finances: 'financial',
  financialhealth: 'financial',
}

const squash = (text: string) => text.replace(/[\s\-_.]+/g, '')

/** Kinds already in the register, by their squashed spelling. */
const registerKinds = revisionCache(['riskChecks'], (view) => {
  const map = new Map<string, string>()
  for (const c of view.all('riskChecks')) map.set(squash(c.kind), c.kind)
  return map
})

function kindOf(words: string[], known: Map<string, string>): string | undefined {
  const core = words.filter((w, k) => !(NOISE.has(w) && (k === words.length - 1 || k === 0)))
  if (core.length === 0) return undefined
  const joined = core.join(' ')
  const key = squash(joined)
  const kind = knownKind(joined) ?? known.get(key) ?? SYNONYMS[key]
  // A plural names the same kind ("questionnaires due", "soc2s", "insurance certs").
  if (kind || !/[a-z0-9]s$/.test(key) || key.endsWith('ss')) return kind
  const one = key.slice(0, -1)
  return knownKind(one) ?? known.get(one) ?? SYNONYMS[one]
}

export function spotChecks(
  words: readonly Word[],
  view: StoreView,
  taken: (i: number) => boolean,
): CheckMention[] {
  const known = registerKinds(view)
  const out: CheckMention[] = []
  let i = 0
  while (i < words.length) {
    let found: CheckMention | undefined
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1 && !found; n--) {
      let free = true
      for (let k = i; k < i + n; k++) if (taken(k)) free = false
      if (!free) continue
      const kind = kindOf(
        words.slice(i, i + n).map((w) => w.norm.replace(/'s$/, '')),
        known,
      )
      if (kind) found = { kind, from: i, to: i + n - 1 }
    }
    if (found) {
      out.push(found)
      i = found.to + 1
    } else i++
  }
  return out
}
