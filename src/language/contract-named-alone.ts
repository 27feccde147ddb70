// The one contract a line names by its title with no vendor named ("who owns the mainframe
// outsourcing contract", "days left before the colo racks notice date"): its whole title, else
// words that only its title has among the register's active contracts. Read through an index built
// once per change of the contracts, so a line costs lookups of its own words, not a pass over the
// register.
import type { Contract } from '../domain/contract.ts'
import { nameKey, nameWords } from '../domain/normalize.ts'
import { contractsByTitle } from '../lookup/contract-titles.ts'
import { revisionCache } from '../store/revision-cache.ts'
import type { Entities } from './entities.ts'
import { STOP } from './features.ts'

/** Kind words and words that say "a contract": "the saas contracts" names no one contract. */
const NAMES_NONE =
  /^(?:saas|licen[cs]es?|licensing|support|outsourcing|outsourced|hardware|software|platform|contracts?|deals?|agreements?|renewals?|term|services?)$/

/** Title word → the active contracts whose title has it. */
const byWord = revisionCache(['contracts'], (view) => {
  const index = new Map<string, Contract[]>()
  for (const c of view.all('contracts')) {
    if (c.status === 'ended') continue
    for (const word of new Set(nameWords(c.title))) {
      const holders = index.get(word)
      if (holders) holders.push(c)
      else index.set(word, [c])
    }
  }
  return index
})

function free(e: Entities, i: number): boolean {
  return !e.isTaken(i) && !e.words[i]!.quoted
}

function wholeTitle(e: Entities): Contract | undefined {
  const titles = contractsByTitle(e.scene.view)
  for (let i = 0; i < e.words.length; i++) {
    for (let j = Math.min(e.words.length - 1, i + 6); j >= i; j--) {
      if (!free(e, i) || !free(e, j)) continue
      const named = titles.get(nameKey(e.line.slice(e.words[i]!.start, e.words[j]!.end)))
      const active = named?.filter((c) => c.status !== 'ended') ?? []
      // The same title at two vendors names neither.
      if (active.length === 1) return active[0]
      if (active.length > 1) return undefined
    }
  }
  return undefined
}

export function contractNamedAlone(e: Entities): Contract | undefined {
  const whole = wholeTitle(e)
  if (whole) return whole
  const index = byWord(e.scene.view)
  let found: Contract | undefined
  for (let i = 0; i < e.words.length; i++) {
    const w = e.words[i]!
    if (!free(e, i) || STOP.has(w.norm) || NAMES_NONE.test(w.norm) || w.norm.length <= 1) continue
    for (const word of nameWords(w.text)) {
      const holders = index.get(word)
      if (holders?.length !== 1) continue
      if (found && found !== holders[0]) return undefined
      found = holders[0]
    }
  }
  return found
}
