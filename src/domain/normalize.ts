// Vendor names are compared case-, accent- and punctuation-insensitively with a possessive 's
// dropped, so "Contoso's", "CONTOSO" and "Contóso" all name Contoso. One function does it for
// lookups, uniqueness checks and imports, so they can never disagree.
import { fold } from './fold.ts'

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/
const POSSESSIVE = /'s(?=$|[^\p{L}\p{N}])/gu
const SEPARATORS = /[^\p{L}\p{N}']+/u
const ASCII_POSSESSIVE = /'s(?=$|[^a-z0-9])/g
const ASCII_SEPARATORS = /[^a-z0-9']+/

function split(folded: string, ascii: boolean): string[] {
  const out: string[] = []
  for (const w of folded.split(ascii ? ASCII_SEPARATORS : SEPARATORS)) {
    const word = w.includes("'") ? w.replace(/'/g, '') : w
    if (word !== '') out.push(word)
  }
  return out
}

export interface NameForms {
  /** Possessive 's dropped: "Lloyd's Register" → ["lloyd", "register"]. */
  words: string[]
  /** As written, apostrophes removed: ["lloyds", "register"] (a name may really end in 's). */
  literal: string[]
}

export function nameForms(text: string): NameForms {
  const folded = fold(text)
  const ascii = PRINTABLE_ASCII.test(folded)
  const literal = split(folded, ascii)
  if (!folded.includes("'")) return { words: literal, literal }
  return { words: split(folded.replace(ascii ? ASCII_POSSESSIVE : POSSESSIVE, ''), ascii), literal }
}

/** The words of a name as compared: "Contoso's Ltd." → ["contoso", "ltd"]. */
export function nameWords(text: string): string[] {
  return nameForms(text).words
}

/**
 * The key that must be unique per vendor: words joined without spaces, so "Hewlett-Packard",
 * "hewlett packard" and "HewlettPackard" are the same name. Possessive 's dropped.
 */
export function nameKey(text: string): string {
  return nameWords(text).join('')
}

/** Every key a typed or stored name may match under: with and without a possessive 's. */
export function nameKeys(text: string): string[] {
  return keysOf(nameForms(text))
}

export function keysOf(forms: NameForms): string[] {
  const a = forms.words.join('')
  const b = forms.literal.join('')
  return a === b ? [a] : [a, b]
}

/** Contract titles are unique per vendor regardless of case and spacing. */
export function titleKey(title: string): string {
  return title.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ')
}
