// A core Reply → Adaptive Card messages (schema 1.5, what Teams renders today): the reply's parts
// as units that card-pages.ts spreads over as many messages as the size limit and the cap allow.
import type { Action, Field, Reply, Section, Text } from '../../src/reply/reply.ts'
import { buttonLabels } from '../button-labels.ts'
import { moreLinesNote, RenderBudget } from '../long-answer.ts'
import type { MentionEntity, OutboundActivity } from './activity.ts'
import { type CardElement, MAX_ACTIVITY_BYTES, textBlock } from './card-envelope.ts'
import { paginate, type Unit, unitSize } from './card-pages.ts'
import { renderFormCard } from './form-card.ts'
import { imageUnits } from './image-card.ts'
import { type NameOf, renderText } from './text.ts'

/** How a reply's file is offered: a download link (a button), or why there is none. */
export type Download = { url: string; name: string } | { unavailable: string }

export interface RenderOptions {
  nameOf?: NameOf
  maxBytes?: number
  download?: Download
  /** At most this many messages, the last ending with a note of what was left out. */
  maxMessages?: number
  /** The command as typed, so the note can say how to narrow it. */
  command?: string
}

export function renderReply(reply: Reply, options: RenderOptions = {}): OutboundActivity[] {
  const nameOf = options.nameOf ?? (() => undefined)
  if (reply.form) {
    // The card is the form: its prompt replaces the rejection's grammar and example lines.
    const { form, fieldErrors } = reply
    const message = form.prompt ? [form.prompt] : reply.text
    const attention = Object.keys(fieldErrors ?? {}).length > 0
    return [renderFormCard(form, { fieldErrors, message, attention, nameOf })]
  }
  const labels = buttonLabels(reply, TEAMS_BUTTON_TITLE, (a) => a.command)
  const toButton = (a: Action) => submitAction(a, labels.get(a))
  // A picture larger than a page goes alone on the first message, the list after it.
  const maxMessages = options.maxMessages ?? Number.POSITIVE_INFINITY
  const maxBytes = options.maxBytes ?? MAX_ACTIVITY_BYTES
  const budget = new Budget(maxMessages, maxBytes)
  const units = [...imageUnits(reply), ...replyUnits(reply, nameOf, toButton, budget)]
  const actions = reply.actions?.length ? reply.actions.map(toButton) : undefined
  const download = options.download
  if (download && 'url' in download) {
    units.push(textUnit(`${download.name}: the download link works for 7 days.`, nameOf, { isSubtle: true }))
  } else if (download) units.push(textUnit(download.unavailable, nameOf, { isSubtle: true }))
  const withDownload =
    download && 'url' in download
      ? [...(actions ?? []), { type: 'Action.OpenUrl', title: 'Download CSV', url: download.url }]
      : actions
  // An empty card renders as a blank bubble; say at least whether it was done.
  if (units.length === 0 && !withDownload && !reply.title) {
    units.push(textUnit(reply.status === 'ok' ? 'Done.' : 'Not done.', nameOf))
  }
  return paginate(units, withDownload, reply, nameOf, {
    maxBytes,
    maxMessages,
    note: (leftOut) =>
      textUnit(moreLinesNote(leftOut, options.command), nameOf, { isSubtle: true, separator: true }),
    unrenderedRows: budget.unrenderedRows,
  })
}

/** The units made so far, against what `maxMessages` messages can hold (RenderBudget). */
class Budget extends RenderBudget {
  constructor(maxMessages: number, maxBytes: number) {
    super(maxMessages, [maxBytes])
  }

  /** The units, counted. */
  count(...units: Unit[]): Unit[] {
    for (const unit of units) this.add([unitSize(unit)])
    return units
  }
}

function replyUnits(reply: Reply, nameOf: NameOf, toButton: ToButton, budget: Budget): Unit[] {
  const units: Unit[] = []
  reply.text?.forEach((text, i) => {
    const attention = reply.status === 'rejected' && i === 0
    units.push(
      ...budget.count(textUnit(text, nameOf, attention ? { color: 'Attention', weight: 'Bolder' } : {})),
    )
  })
  if (reply.fields?.length) units.push(...budget.count(...factsUnits(reply.fields, nameOf)))
  for (const section of reply.sections ?? []) units.push(...sectionUnits(section, nameOf, toButton, budget))
  // Past the cap the footer would be left out with the rest (it counts no rows).
  if (budget.full()) return units
  reply.footer?.forEach((text, i) => {
    units.push(textUnit(text, nameOf, i === 0 ? { separator: true, spacing: 'Medium' } : {}))
  })
  return units
}

function sectionUnits(section: Section, nameOf: NameOf, toButton: ToButton, budget: Budget): Unit[] {
  const units: Unit[] = []
  if (budget.full()) {
    budget.unrenderedRows += section.items?.length ?? 0
    return units
  }
  if (section.heading) {
    units.push(
      textUnit(section.heading, nameOf, {
        weight: 'Bolder',
        size: 'Medium',
        separator: true,
        spacing: 'Medium',
      }),
    )
  }
  for (const text of section.text ?? []) units.push(textUnit(text, nameOf))
  if (section.fields?.length) units.push(...factsUnits(section.fields, nameOf))
  if (section.items) {
    if (section.items.length === 0 && section.empty) {
      units.push(textUnit(section.empty, nameOf, { isSubtle: true }))
    }
    budget.count(...units)
    const { items } = section
    for (let i = 0; i < items.length; i++) {
      if (budget.full()) {
        budget.unrenderedRows += items.length - i
        break
      }
      const item = items[i]!
      const unit: Unit = { ...textUnit(item.text, nameOf, { spacing: 'Small' }), rows: 1 }
      if (item.actions?.length) unit.elements.push({ type: 'ActionSet', actions: item.actions.map(toButton) })
      units.push(...budget.count(unit))
    }
  } else if (section.empty) {
    units.push(textUnit(section.empty, nameOf, { isSubtle: true }))
  }
  return units
}

function textUnit(text: Text, nameOf: NameOf, extra: CardElement = {}): Unit {
  const rendered = renderText(text, nameOf)
  return { elements: [textBlock(rendered, extra)], plain: [rendered.plain], mentions: rendered.mentions }
}

/** Facts in runs of FACTS_PER_UNIT, so a long field list can still be split across messages. */
const FACTS_PER_UNIT = 20

function factsUnits(fields: Field[], nameOf: NameOf): Unit[] {
  const units: Unit[] = []
  for (let i = 0; i < fields.length; i += FACTS_PER_UNIT) {
    units.push(factsUnit(fields.slice(i, i + FACTS_PER_UNIT), nameOf))
  }
  return units
}

function factsUnit(fields: Field[], nameOf: NameOf): Unit {
  const mentions: MentionEntity[] = []
  const plain: string[] = []
  const facts = fields.map((field) => {
    const value = renderText(field.value, nameOf)
    mentions.push(...value.mentions)
    plain.push(`${field.label}: ${value.plain}`)
    return { title: renderText(field.label, nameOf).markdown, value: value.markdown }
  })
  return { elements: [{ type: 'FactSet', facts }], plain, mentions }
}

type ToButton = (action: Action) => CardElement

/**
 * Teams documents no hard limit on a button title but clips it to the button's width; 40
 * characters stay whole on the desktop client's row of buttons, and the cut is made here so that
 * two choices never show the same clipped label.
 */
export const TEAMS_BUTTON_TITLE = 40

/** A button: pressing it sends { command } back, which runs as the presser through the core. */
export function submitAction(action: Action, title = action.label): CardElement {
  const style =
    action.style === 'primary' ? 'positive' : action.style === 'danger' ? 'destructive' : undefined
  return {
    type: 'Action.Submit',
    title,
    data: { command: action.command },
    ...(style ? { style } : {}),
  }
}
