// The terminal's Confirm / Cancel for a change understood from free text: the chat asks "yes"
// and runs the exact command only on yes; `tickler ask` prints the exact command to run instead.
import type { Reply } from '../../src/reply/reply.ts'

const YES = /^(?:y|yes|yep|yeah|ok|okay|confirm|sure|do it|go ahead)[.!]*$/i
const NO = /^(?:n|no|nope|cancel|stop|never ?mind|abort)[.!]*$/i

export type ConfirmAnswer = 'yes' | 'no' | 'other'

/** How a line answers a pending proposal: anything but yes or no is a new request (and cancels). */
export function confirmAnswer(line: string): ConfirmAnswer {
  const t = line.trim()
  if (YES.test(t)) return 'yes'
  if (NO.test(t)) return 'no'
  return 'other'
}

export const CONFIRM_PROMPT = 'Type yes to do it, or no to cancel.'
export const CANCELLED = 'Cancelled. Nothing was changed.'

/** Single-quoted for a POSIX shell. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`
}

/** What `tickler ask` adds under a proposal: the exact command line that makes the change. */
export function askHint(reply: Reply): string | undefined {
  return reply.confirm ? `To do it, run: tickler ask ${shellQuote(reply.confirm)}` : undefined
}
