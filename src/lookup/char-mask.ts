// Which letters a word holds, as bits: two words whose sets differ by more than n letters are more
// than n edits apart, so most candidates of a typo search are ruled out without an edit distance.

/** One bit per letter a..z and digit (all digits share a bit); other characters share the top bit. */
export function charMask(text: string): number {
  let mask = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 97 && c <= 122) mask |= 1 << (c - 97)
    else if (c >= 48 && c <= 57) mask |= 1 << 26
    else mask |= 1 << 27
  }
  return mask
}

/** Edits needed at least to turn one character set into the other. */
export function maskDistance(a: number, b: number): number {
  return Math.max(bits(a & ~b), bits(b & ~a))
}

function bits(n: number): number {
  let count = 0
  for (let x = n; x !== 0; x &= x - 1) count++
  return count
}
