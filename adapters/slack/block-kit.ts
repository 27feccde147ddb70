// Reply → Block Kit messages. Pure: the same Reply always gives the same JSON. Long replies are
// split into several messages that each stay inside Slack's limits; what still does not fit in
// `maxMessages` ends with a note saying how many lines were left out.
import {
  type Action,
  type Field,
  type Item,
  plain,
  type Reply,
  type Section,
  type Text,
} from '../../src/reply/reply.ts'
import { buttonLabels, clipEnd } from '../button-labels.ts'
import { moreLinesNote } from '../long-answer.ts'
import { Body, type Piece, paginate } from './block-pages.ts'
import type { Block, Button, SectionBlock } from './blocks.ts'
import { LIMITS } from './limits.ts'
import { escapeMrkdwn, mention, toMrkdwn } from './mrkdwn.ts'

export { LIMITS }

export const RUN_ACTION = 'tickler_run'
export const SHARE_ACTION = 'tickler_share'

export interface SlackMessage {
  /** Notification and accessibility fallback (mrkdwn, escaped). */
  text: string
  blocks: Block[]
}

export interface RenderOptions {
  /** Adds a "Share in channel" button that re-runs this command into the channel. */
  shareCommand?: string
  /** Adds "Shared by @user" under a shared reply. */
  sharedBy?: string
  /** How many messages the reply may use (a slash command can send six, a button press five). */
  maxMessages?: number
  /** The command as typed, so a capped answer's note can say how to narrow it. */
  command?: string
}

/** Numbers the buttons' action ids and holds their labels, made distinct across the reply. */
interface Counter {
  next: number
  labels: Map<Action, string>
}

export function renderMessages(reply: Reply, options: RenderOptions = {}): SlackMessage[] {
  const counter: Counter = { next: 0, labels: buttonLabels(reply, LIMITS.buttonText, (a) => a.command) }
  const maxMessages = options.maxMessages ?? Number.POSITIVE_INFINITY
  const body = new Body(maxMessages)
  if (reply.title) body.push([titlePiece(reply.title)])
  body.push(textPieces(reply.text ?? []))
  body.push(fieldPieces(reply.fields ?? []))
  for (const section of reply.sections ?? []) sectionPieces(section, counter, body)
  // Past the cap nothing more is shown, and text counts no rows.
  if (!body.full()) {
    body.push(textPieces(reply.footer ?? []))
    if (reply.form) body.push(textPieces([formNote(reply)]))
  }
  const pieces = body.pieces
  const buttons = (reply.actions ?? []).map((a) => button(a, counter)).filter((b) => b !== undefined)
  const share = options.shareCommand ? shareButton(options.shareCommand) : undefined
  if (share) buttons.push(share)
  // The closing buttons and notes always sit at the end of the last message.
  const tail = actionPieces(buttons)
  if (options.sharedBy) tail.push(contextPiece(`Shared by ${mention(options.sharedBy)}`))
  if (pieces.length === 0 && tail.length === 0) {
    pieces.push(...textPieces([reply.status === 'ok' ? 'Done.' : 'Not done.']))
  }

  const pages = paginate(
    pieces,
    tail,
    maxMessages,
    (leftOut) => contextPiece(escapeMrkdwn(moreLinesNote(leftOut, options.command ?? options.shareCommand))),
    body.unrenderedRows,
  )
  const fallback = fallbackText(reply)
  return pages.map((blocks, i) => ({
    text: pages.length > 1 ? `${fallback} (${i + 1}/${pages.length})` : fallback,
    blocks,
  }))
}

function fallbackText(reply: Reply): string {
  const first = reply.title ?? reply.text?.[0] ?? reply.sections?.[0]?.heading ?? 'Tickler'
  return truncate(escapeMrkdwn(plain(first)), LIMITS.fallbackText)
}

function formNote(reply: Reply): string {
  return `Some fields are missing for ${reply.form!.command}. Type the whole command, or run it again to open the form.`
}

function titlePiece(title: string): Piece {
  // A header holds 150 plain characters; a longer title is shown whole in bold rather than cut.
  if (title.length <= LIMITS.headerText) {
    return {
      block: { type: 'header', text: { type: 'plain_text', text: title, emoji: false } },
      chars: title.length,
      rows: 0,
    }
  }
  const text = `*${escapeMrkdwn(title)}*`
  return { block: mrkdwnSection(text), chars: text.length, rows: 0 }
}

function mrkdwnSection(text: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } }
}

/**
 * Lines packed into sections of at most 3000 characters; each line counts as `rowsPerLine` rows,
 * in the section that holds its start (a line too long for one is still one listed row).
 */
function packLines(lines: string[], rowsPerLine: number): Piece[] {
  const pieces: Piece[] = []
  let current: string[] = []
  let length = 0
  let starts = 0
  const flush = () => {
    if (current.length === 0) return
    const text = current.join('\n')
    // Slack refuses an empty section text (invalid_blocks).
    if (text.trim() === '') {
      current = []
      length = 0
      starts = 0
      return
    }
    pieces.push({ block: mrkdwnSection(text), chars: text.length, rows: starts * rowsPerLine })
    current = []
    length = 0
    starts = 0
  }
  for (const line of lines) {
    splitLong(line, LIMITS.sectionText).forEach((part, i) => {
      const added = (current.length > 0 ? 1 : 0) + part.length
      if (length + added > LIMITS.sectionText) flush()
      length += (current.length > 0 ? 1 : 0) + part.length
      current.push(part)
      if (i === 0) starts++
    })
  }
  flush()
  return pieces
}

/** Cuts a line longer than `max` at spaces where it can, never inside an HTML entity. */
export function splitLong(line: string, max: number): string[] {
  const parts: string[] = []
  let rest = line
  while (rest.length > max) {
    let cut = rest.lastIndexOf(' ', max)
    if (cut < max / 2) cut = max
    const amp = rest.lastIndexOf('&', cut)
    if (amp >= 0 && cut - amp < 6 && !rest.slice(amp, cut).includes(';')) cut = amp
    parts.push(rest.slice(0, cut))
    rest = rest.slice(cut).replace(/^ /, '')
  }
  parts.push(rest)
  return parts
}

function textPieces(lines: Text[]): Piece[] {
  return packLines(lines.map(toMrkdwn), 0)
}

function fieldText(field: Field): string {
  return `*${escapeMrkdwn(field.label)}*\n${toMrkdwn(field.value)}`
}

function fieldPieces(fields: Field[]): Piece[] {
  const pieces: Piece[] = []
  let group: string[] = []
  const flush = () => {
    if (group.length === 0) return
    pieces.push({
      block: { type: 'section', fields: group.map((text) => ({ type: 'mrkdwn', text })) },
      chars: group.reduce((n, t) => n + t.length, 0),
      rows: 0,
    })
    group = []
  }
  for (const field of fields) {
    const text = fieldText(field)
    if (text.length > LIMITS.fieldText) {
      // Too long for a field: shown as its own section so nothing is cut.
      flush()
      pieces.push(...packLines([text], 0))
      continue
    }
    group.push(text)
    if (group.length === LIMITS.fieldsPerSection) flush()
  }
  flush()
  return pieces
}

function sectionPieces(section: Section, counter: Counter, body: Body): void {
  const items = section.items ?? []
  if (body.full()) {
    body.unrenderedRows += items.length
    return
  }
  if (section.heading) body.push(packLines([`*${escapeMrkdwn(section.heading)}*`], 0))
  body.push(textPieces(section.text ?? []))
  body.push(fieldPieces(section.fields ?? []))
  if (items.length === 0 && section.empty) body.push(packLines([escapeMrkdwn(section.empty)], 0))
  itemPieces(items, counter, body)
}

function itemLine(item: Item): string {
  return `• ${toMrkdwn(item.text)}`
}

function itemPieces(items: Item[], counter: Counter, body: Body): void {
  let run: string[] = []
  let runChars = 0
  const flush = () => {
    body.push(packLines(run, 1))
    run = []
    runChars = 0
  }
  for (let i = 0; i < items.length; i++) {
    if (body.full([runChars])) {
      body.unrenderedRows += items.length - i
      break
    }
    const item = items[i]!
    const buttons = (item.actions ?? []).map((a) => button(a, counter)).filter((b) => b !== undefined)
    if (buttons.length === 0) {
      const line = itemLine(item)
      run.push(line)
      runChars += line.length
      continue
    }
    flush()
    const [first, ...more] = packLines([itemLine(item)], 1)
    if (buttons.length === 1 && more.length === 0 && first) {
      // One button fits beside the line as the section's accessory: one block per row.
      const block = { ...(first.block as SectionBlock), accessory: buttons[0]! }
      body.push([{ block, chars: first.chars, rows: 1 }])
    } else {
      if (first) body.push([first, ...more])
      const actions = actionPieces(buttons)
      if (actions[0]) actions[0].rows = 0
      body.push(actions)
    }
  }
  flush()
}

function button(action: Action, counter: Counter): Button | undefined {
  // A command too long for a button value cannot be carried; such a button is left out.
  if (action.command.trim() === '' || action.command.length > LIMITS.buttonValue) return undefined
  const b: Button = {
    type: 'button',
    action_id: `${RUN_ACTION}:${counter.next++}`,
    text: {
      type: 'plain_text',
      text: counter.labels.get(action) ?? clipEnd(action.label.trim() || action.command, LIMITS.buttonText),
      emoji: false,
    },
    value: action.command,
  }
  if (action.style) b.style = action.style
  return b
}

function shareButton(command: string): Button | undefined {
  if (command.length > LIMITS.buttonValue) return undefined
  return {
    type: 'button',
    action_id: SHARE_ACTION,
    text: { type: 'plain_text', text: 'Share in channel', emoji: false },
    value: command,
  }
}

function actionPieces(buttons: Button[]): Piece[] {
  const pieces: Piece[] = []
  for (let i = 0; i < buttons.length; i += LIMITS.elementsPerActions) {
    const elements = buttons.slice(i, i + LIMITS.elementsPerActions)
    const chars = elements.reduce((n, b) => n + b.text.text.length + (b.value?.length ?? 0), 0)
    pieces.push({ block: { type: 'actions', elements }, chars, rows: 0 })
  }
  return pieces
}

function contextPiece(text: string): Piece {
  const t = truncate(text, LIMITS.contextText)
  return { block: { type: 'context', elements: [{ type: 'mrkdwn', text: t }] }, chars: t.length, rows: 0 }
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
