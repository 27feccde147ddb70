// A submitted form as the command line it completes, as if typed: `<command> <name> <value> …`.
// Slack modals and Teams cards both send forms back this way, so both quote and flatten values
// alike and the core's tokenizer (src/parse/tokens.ts) reads each value back as one argument.

/** The line a form runs: blank values are left out, a multi-line value becomes one line. */
export function formCommandLine(command: string, values: Iterable<readonly [string, string]>): string {
  const parts = [command]
  for (const [name, raw] of values) {
    // Commands are one line, so a multi-line input joins into one.
    const value = raw.trim().replace(/\s*\n\s*/g, ' ')
    if (value) parts.push(name, quoteValue(value))
  }
  return parts.join(' ')
}

/** Quotes a value the way the command tokenizer reads it back ("…", '…' or “…”). */
export function quoteValue(value: string): string {
  if (value !== '' && !/[\s"'“”]/.test(value)) return value
  if (!value.includes('"')) return `"${value}"`
  if (!value.includes("'")) return `'${value}'`
  // Holding both straight quotes: curly quotes enclose it, so any curly ones inside become straight.
  return `“${value.replace(/[“”]/g, '"')}”`
}
