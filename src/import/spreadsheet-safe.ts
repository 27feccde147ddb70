// OWASP CSV injection (SPEC §7): a spreadsheet runs a cell that begins with = + - @ (or a tab or
// carriage return before one) as a formula, so export writes such text with a leading apostrophe
// and import removes exactly that one again. An apostrophe typed before one of those characters is
// escaped too ("'=x" is written "''=x"), which is what makes the round trip exact.

const NEEDS_APOSTROPHE = /^'*[=+\-@\t\r]/
const ESCAPED = /^'+[=+\-@\t\r]/

/** The cell as export writes it. */
export function spreadsheetSafe(text: string): string {
  return NEEDS_APOSTROPHE.test(text) ? `'${text}` : text
}

/** The cell as it was before spreadsheetSafe. */
export function fromSpreadsheetSafe(cell: string): string {
  return ESCAPED.test(cell) ? cell.slice(1) : cell
}
