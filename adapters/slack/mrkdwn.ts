// Reply text → Slack mrkdwn. Every string in a Reply is plain text (often typed by a user), so it
// is escaped here: &, <, > become entities (no <!channel> pings, no <@U…> mentions, no links) and
// formatting marks at word edges are broken with a zero-width space (no *bold* or _italic_).
// Formatting comes only from the Reply's own inline parts: strong, code and mention.
import type { Inline, Text } from '../../src/reply/reply.ts'

const ZWSP = '\u200B'

/** What escapeMrkdwn may change: most text (names, dates, amounts) has none of it. */
const SPECIAL = /[&<>*_~`]/

/** Plain text made inert for mrkdwn. */
export function escapeMrkdwn(text: string): string {
  // One scan instead of four replaces: a long list escapes thousands of strings per reply.
  if (!SPECIAL.test(text)) return text
  const entities = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  // A mark only formats when it sits at the edge of a word; marks inside words (snake_case,
  // 2*3) are left alone so copied names stay intact.
  return entities.replace(/[*_~`]/g, (mark, at: number, whole: string) => {
    const before = at === 0 ? ' ' : whole[at - 1]!
    const after = at + 1 >= whole.length ? ' ' : whole[at + 1]!
    const edge = !isWordChar(before) || !isWordChar(after)
    return edge ? `${ZWSP}${mark}${ZWSP}` : mark
  })
}

function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch)
}

/** Slack renders <@U…> as a ping; anything else (an email owner, a Teams id) is shown as text. */
export function mention(id: string): string {
  return /^[UW][A-Z0-9]+$/.test(id) ? `<@${id}>` : escapeMrkdwn(id)
}

function inline(part: Inline): string {
  if (typeof part === 'string') return escapeMrkdwn(part)
  if ('mention' in part) return mention(part.mention)
  if ('strong' in part)
    return part.strong.trim() === '' ? escapeMrkdwn(part.strong) : `*${escapeMrkdwn(part.strong)}*`
  // Inside backticks nothing formats; only a backtick would end the span early.
  const code = part.code.replace(/`/g, 'ˋ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return code === '' ? '' : `\`${code}\``
}

export function toMrkdwn(text: Text): string {
  if (typeof text === 'string') return escapeMrkdwn(text)
  return text.map(inline).join('')
}
