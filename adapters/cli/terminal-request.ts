// What the terminal means, decided here rather than in the core: the person at the CLI of this
// machine is a local administrator (SPEC §6), so every line from `chat` and `ask` runs asAdmin.
import type { RunInput } from '../../src/app/open-tickler.ts'

/** Who the audit trail names for the terminal's changes. */
export const TERMINAL_USER = 'terminal'

export function terminalRequest(text: string): RunInput {
  return { text, user: TERMINAL_USER, platform: 'terminal', asAdmin: true }
}
