// A user named in a command: a Slack mention (<@U0NORTH|north>), `me`, or an id or email typed
// with or without a leading @. Words only: whether that user exists is not parse/'s business.
import type { Request } from '../commands/command.ts'

/** A Slack mention (<@U123|name>), @U123 or a bare id or email; "me" is the asker. */
export function userArgument(text: string, request: Pick<Request, 'user'>): string {
  const mention = /^<@([^>|]+)(?:\|[^>]*)?>$/.exec(text)
  if (mention) return mention[1]!
  if (text.toLowerCase() === 'me') return request.user
  return text.replace(/^@(?=[^@]+$)/, '')
}
