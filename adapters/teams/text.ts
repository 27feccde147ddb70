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

/** Escapes the inline markdown Teams renders in TextBlocks and facts. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_~`[\]]/g, (c) => `\\${c}`)
}

/** A line that would start a list, quote or heading is escaped at its start. */
function escapeLineStarts(markdown: string): string {
  return markdown.replace(/^(\s*)([-+>#])/gm, '$1\\$2').replace(/^(\s*\d+)\./gm, '$1\\.')
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
