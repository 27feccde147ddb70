// Changes said in whole phrases rather than in one cue word: a contract not being renewed ("we
// won't be renewing X", "let it lapse at term end", "we gave X notice") and a vendor handed to a
// new owner ("U0EAST owns coho now", "hand litware over to U0SOUTH"). Each becomes one feature
// the scorer weighs like an entity, so every wording of the class counts, not one word of it.
import type { Entities } from './entities.ts'

/** Not renewing, letting it lapse, notice given: the contract ends at its term end. */
const ENDING = new RegExp(
  [
    String.raw`\b(?:won'?t|wont|will not|not|no longer|don'?t|dont|do not|never|aren'?t|arent|are not|isn'?t|isnt|is not)\s+(?:be\s+|going to\s+|gonna\s+|to\s+)?renew(?:ing|ed|al)?\b`,
    String.raw`\blet(?:ting)?\b(?:\s+\S+){0,6}?\s+(?:lapse|expire|run out)\b`,
    String.raw`\b(?:gave|given|give|giving|served|sent)\b(?:\s+\S+){0,3}?\s+notice\b`,
    String.raw`\bnotice (?:given|served|sent)\b`,
    String.raw`\b(?:dropping|walking away from|moving off)\b`,
  ].join('|'),
)

/** Owning words: with a user and a vendor named, the vendor's owner is being set. */
export const OWNING =
  /\b(?:own|owns|owned|owner|owners|ownership|assign|assigned|reassign|hand|handed|handing|transfer|transferred|take over|takes over|taking over)\b/

export function saidChanges(e: Entities): string[] {
  const free = e.freeText()
  const out: string[] = []
  if (ENDING.test(free)) out.push('#ending')
  if (e.users.length > 0 && e.vendors.length > 0 && OWNING.test(free)) out.push('#owning')
  return out
}
