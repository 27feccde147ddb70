// Which of a vendor's contracts a free-text line names: its whole title ("the Contoso premier
// support contract"), or words that only one of its titles contains ("fabrikam switch
// maintenance", "woodgrove fraud screening"). Returns undefined when the line names none of them.
import type { Contract } from '../domain/contract.ts'
import { nameKey, nameWords } from '../domain/normalize.ts'
import type { Vendor } from '../domain/vendor.ts'
import type { Entities } from './entities.ts'
import { STOP } from './features.ts'

/** Words that say "a contract" rather than which one. */
const GENERIC = new Set([
  'contract',
  'contracts',
  'deal',
  'agreement',
  'renewal',
  'term',
  'service',
  'services',
])

export function vendorContracts(e: Entities, vendor: Vendor): Contract[] {
  return e.scene.view.all('contracts').filter((c) => c.vendorId === vendor.id)
}

export function mentionedContract(e: Entities, contracts: readonly Contract[]): Contract | undefined {
  const byTitle = new Map(contracts.map((c) => [nameKey(c.title), c]))
  const free = (i: number) => !e.isTaken(i) && !e.words[i]!.quoted
  for (let i = 0; i < e.words.length; i++) {
    for (let j = Math.min(e.words.length - 1, i + 6); j >= i; j--) {
      if (!free(i) || !free(j)) continue
      const title = byTitle.get(nameKey(e.line.slice(e.words[i]!.start, e.words[j]!.end)))
      if (title) return title
    }
  }
  // Distinctive words: every one found in exactly one title, and that title the same for all.
  const typed = e.words
    .filter((w, i) => free(i) && !STOP.has(w.norm) && !GENERIC.has(w.norm) && w.norm.length > 1)
    .flatMap((w) => nameWords(w.text))
  let found: Contract | undefined
  for (const word of typed) {
    const holders = contracts.filter((c) => titleWords(c).includes(word))
    if (holders.length !== 1) continue
    if (found && found !== holders[0]) return undefined
    found = holders[0]
  }
  return found
}

function titleWords(c: Contract): string[] {
  return nameWords(c.title)
}

/** Whether the line names one of its one vendor's contracts. */
export function namesContract(e: Entities): boolean {
  const m = e.vendors[0]
  if (e.vendors.length !== 1 || m?.vendors.length !== 1) return false
  return mentionedContract(e, vendorContracts(e, m.vendors[0]!)) !== undefined
}
