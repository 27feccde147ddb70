// Text for a terminal is inert (SPEC §6.2): whatever its source (a summary typed before control
// characters were refused, an import error quoting a cell, a platform display name), no escape
// sequence reaches the operator's terminal to move the cursor, retitle the window, write links or
// ring the bell. Tab and line feed are kept; every other C0 and C1 character goes.

/** OSC, DCS, SOS, PM and APC strings, 7-bit or 8-bit, up to their terminator (or the end). */
const CONTROL_STRING =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
  /(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[\s\S]*?(?:\u0007|\u001b\\|\u009c|$)/g
/** CSI sequences (ESC [ or U+009B), parameters and intermediates up to the final byte. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const CSI = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?/g
/** Other escape sequences: ESC, intermediates, one final byte. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const ESCAPE = /\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g
/** What is left: control characters other than tab and line feed. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

export function stripTerminalControls(text: string): string {
  return text.replace(CONTROL_STRING, '').replace(CSI, '').replace(ESCAPE, '').replace(CONTROL, '')
}

/** Every string in a JSON-like value (a Reply) made inert, so no field can be forgotten. */
export function inertStrings<T>(value: T): T {
  if (typeof value === 'string') return stripTerminalControls(value) as T
  if (Array.isArray(value)) return value.map(inertStrings) as T
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inertStrings(v)])) as T
  }
  return value
}
