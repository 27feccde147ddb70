// Reply → terminal text. Plain lines in a fixed order (title, text, fields, sections, footer,
// actions); mentions are bare ids and nothing is ever truncated. A form and its field errors are
// for chat surfaces: the terminal takes the full line, and the rejection that carries a form says
// what is missing or wrong with the grammar and an example (SPEC §4.3). ANSI styling only when asked
// (the CLI asks only when stdout is a TTY), so piped output is clean text. The only escape
// sequences in the output are that styling: any in the reply's own text are stripped first.
import type { Action, Field, Inline, Reply, Section, Text } from '../../src/reply/reply.ts'
import { inertStrings } from './terminal-text.ts'

export interface RenderOptions {
  /** Bold titles and headings, red rejections, dim buttons. Only for a TTY. */
  color?: boolean
}

const ESC = '\u001b['
const style = {
  bold: (s: string) => `${ESC}1m${s}${ESC}22m`,
  dim: (s: string) => `${ESC}2m${s}${ESC}22m`,
  red: (s: string) => `${ESC}31m${s}${ESC}39m`,
}

/** Terminal text for a reply: every string in it stripped of escape sequences, then styled. */
export function renderReply(typed: Reply, options: RenderOptions = {}): string {
  const reply = inertStrings(typed)
  const color = options.color === true
  const bold = (s: string) => (color ? style.bold(s) : s)
  const inline = (part: Inline): string => {
    if (typeof part === 'string') return part
    if ('mention' in part) return part.mention
    if ('strong' in part) return bold(part.strong)
    return part.code
  }
  const text = (t: Text): string => (typeof t === 'string' ? t : t.map(inline).join(''))
  const fieldLine = (f: Field): string => `${f.label}: ${text(f.value)}`
  const actionLine = (a: Action): string => {
    const line = `[${a.label}] → ${a.command}`
    return color ? style.dim(line) : line
  }

  const blocks: string[][] = []
  const head: string[] = []
  if (reply.title) head.push(bold(reply.title))
  for (const [i, t] of (reply.text ?? []).entries()) {
    const line = text(t)
    head.push(color && reply.status === 'rejected' && i === 0 ? style.red(line) : line)
  }
  for (const f of reply.fields ?? []) head.push(fieldLine(f))
  blocks.push(head)

  for (const section of reply.sections ?? [])
    blocks.push(sectionLines(section, text, fieldLine, actionLine, bold))

  const tail: string[] = (reply.footer ?? []).map(text)
  for (const a of reply.actions ?? []) tail.push(actionLine(a))
  blocks.push(tail)

  return blocks
    .filter((b) => b.length > 0)
    .map((b) => b.join('\n'))
    .join('\n\n')
}

function sectionLines(
  section: Section,
  text: (t: Text) => string,
  fieldLine: (f: Field) => string,
  actionLine: (a: Action) => string,
  bold: (s: string) => string,
): string[] {
  const lines: string[] = []
  if (section.heading) lines.push(bold(section.heading))
  for (const t of section.text ?? []) lines.push(text(t))
  for (const f of section.fields ?? []) lines.push(fieldLine(f))
  const items = section.items ?? []
  for (const item of items) {
    lines.push(`- ${text(item.text)}`)
    for (const a of item.actions ?? []) lines.push(`    ${actionLine(a)}`)
  }
  if (items.length === 0 && section.empty) lines.push(section.empty)
  return lines
}
