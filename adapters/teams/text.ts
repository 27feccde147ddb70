// Reply text → Adaptive Card markdown (escaped, so a vendor named "*Acme*" is not bold) plus the
// Teams mention entities it needs, and the plain fallback.
import type { Text } from '../../src/reply/reply.ts'
import type { MentionEntity } from './activity.ts'

export type NameOf = (userId: string) => string | undefined

/** Ids Teams can mention: Entra object ids (GUIDs), Teams user ids ('29:…') and org ids ('8:orgid:…'). */
export function isTeamsUserId(id: string): boolean {
  return (
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) || /^(29|8:orgid):/.test(id)
  )
}

/**
 * Escapes only what Teams formats in a TextBlock: bold and italic marks, links and list starts.
 * Teams shows headings, quotes and code marks literally, and some clients show a needless
 * backslash, so nothing else is touched. An underscore inside a word (snake_case) never formats.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\*/g, '\\*')
    .replace(/_/g, (mark, at: number, whole: string) => {
      const before = whole[at - 1] ?? ' '
      const after = whole[at + 1] ?? ' '
      return isWordChar(before) && isWordChar(after) ? mark : '\\_'
    })
    .replace(/\[(?=[^\]]*\]\()/g, '\\[')
}

function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch)
}

/** A line that would start a list is escaped at its start. */
function escapeLineStarts(markdown: string): string {
  return markdown.replace(/^(\s*)([-+])(?=\s)/gm, '$1\\$2').replace(/^(\s*\d+)\.(?=\s)/gm, '$1\\.')
}

export interface Rendered {
  markdown: string
  plain: string
  mentions: MentionEntity[]
}

export function renderText(text: Text, nameOf: NameOf): Rendered {
  const parts = typeof text === 'string' ? [text] : text
  const mentions: MentionEntity[] = []
  let markdown = ''
  let plain = ''
  for (const part of parts) {
    if (typeof part === 'string') {
      markdown += escapeMarkdown(part)
      plain += part
    } else if ('mention' in part) {
      const id = part.mention
      if (isTeamsUserId(id)) {
        const name = nameOf(id) ?? id
        const at = `<at>${name}</at>`
        markdown += at
        plain += `@${name}`
        if (!mentions.some((m) => m.text === at))
          mentions.push({ type: 'mention', text: at, mentioned: { id, name } })
      } else {
        markdown += escapeMarkdown(id)
        plain += id
      }
    } else if ('strong' in part) {
      markdown += part.strong === '' ? '' : `**${escapeMarkdown(part.strong)}**`
      plain += part.strong
    } else {
      // Teams cards have no inline code; the grammar reads fine as escaped text.
      markdown += escapeMarkdown(part.code)
      plain += part.code
    }
  }
  return { markdown: escapeLineStarts(markdown), plain, mentions }
}
