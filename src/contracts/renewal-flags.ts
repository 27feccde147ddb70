// What governance adds to a renewal row (SPEC §11): lapsed evidence (which check, since when) and
// a contract nobody owns. Appended to the row's own line so every surface shows them.
import { flatText } from '../reply/flat-text.ts'
import type { Item } from '../reply/reply.ts'
import { type EvidenceLapse, lapseText } from '../risk/evidence-lapsed.ts'

export interface RenewalFlags {
  lapse?: EvidenceLapse | undefined
  unowned?: boolean
}

export function flaggedItem(item: Item, flags: RenewalFlags): Item {
  const notes: string[] = []
  if (flags.lapse) notes.push(`evidence lapsed: ${lapseText(flags.lapse)}`)
  if (flags.unowned) notes.push('unowned')
  if (notes.length === 0) return item
  const text = typeof item.text === 'string' ? [item.text] : item.text
  // Kept with the listed rows for the day: in one piece, not the template's tree of pieces.
  return { ...item, text: [...text, flatText(` · ${notes.join(' · ')}`)] }
}
