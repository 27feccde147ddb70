// The one text folding: what "case- and accent-insensitive" means for vendor names, aliases and the
// plain-language layer alike, so a name the recogniser spots is the name the lookup finds.

/** Letters that NFKD does not decompose into a base letter plus accent. */
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
}
const LETTERS_RE = /[ßæœøłđðþıħŧ]/g
const APOSTROPHES = /[’‘`´ʼ]/g
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

/** Lower case, accents and marks removed, special letters spelt out, typographic apostrophes plain. */
export function fold(text: string): string {
  // Most text is plain ASCII: skip Unicode normalisation for it (index builds at 10,000 names).
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase()
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(LETTERS_RE, (c) => LETTERS[c] ?? c)
    .replace(APOSTROPHES, "'")
}
