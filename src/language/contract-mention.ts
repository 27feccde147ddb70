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
  return mentionAt(e, contracts)?.contract
}

/** The contract named and the positions of the words that name it. */
function mentionAt(
  e: Entities,
  contracts: readonly Contract[],
  within: (i: number) => boolean = () => true,
): { contract: Contract; at: number[] } | undefined {
  const whole = wholeTitleAt(e, contracts, within)
  if (whole) return whole
  const free = (i: number) => within(i) && !e.isTaken(i) && !e.words[i]!.quoted
  // Distinctive words: every one found in exactly one title, and that title the same for all.
  let found: Contract | undefined
  const at: number[] = []
  for (let i = 0; i < e.words.length; i++) {
    const w = e.words[i]!
    if (!free(i) || STOP.has(w.norm) || GENERIC.has(w.norm) || w.norm.length <= 1) continue
    for (const word of nameWords(w.text)) {
      const holders = contracts.filter((c) => titleWords(c).includes(word))
      if (holders.length !== 1) continue
      if (found && found !== holders[0]) return undefined
      found = holders[0]
      at.push(i)
    }
  }
  return found ? { contract: found, at } : undefined
}

/** The contract whose whole title the line names ("the datos service desk"), or undefined. */
export function wholeTitleNamed(e: Entities, contracts: readonly Contract[]): Contract | undefined {
  return wholeTitleAt(e, contracts)?.contract
}

function wholeTitleAt(
  e: Entities,
  contracts: readonly Contract[],
  within: (i: number) => boolean = () => true,
): { contract: Contract; at: number[] } | undefined {
  const byTitle = new Map(contracts.map((c) => [nameKey(c.title), c]))
  const free = (i: number) => within(i) && !e.isTaken(i) && !e.words[i]!.quoted
  for (let i = 0; i < e.words.length; i++) {
    for (let j = Math.min(e.words.length - 1, i + 6); j >= i; j--) {
      if (!free(i) || !free(j)) continue
      const title = byTitle.get(nameKey(e.line.slice(e.words[i]!.start, e.words[j]!.end)))
      if (title) return { contract: title, at: Array.from({ length: j - i + 1 }, (_, k) => i + k) }
    }
  }
  return undefined
}

function titleWords(c: Contract): string[] {
  return nameWords(c.title)
}

/**
 * The contract of the line's one vendor that the line names, with the positions of the words that
 * name it ("claims platform"): they are the contract, not cues ("claims", "incident"). Undefined
 * when the line names no single vendor or none of its contracts. One read of the register does both.
 */
export function contractMention(
  e: Entities,
  within?: (i: number) => boolean,
): { contract: Contract; at: number[] } | undefined {
  const m = e.vendors[0]
  if (e.vendors.length !== 1 || m?.vendors.length !== 1) return undefined
  return mentionAt(e, vendorContracts(e, m.vendors[0]!), within)
}

/** The positions of the words that name one of its one vendor's contracts, or undefined. */
export function contractWords(e: Entities): number[] | undefined {
  return contractMention(e)?.at
}
