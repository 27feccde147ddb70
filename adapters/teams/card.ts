// A core Reply → Adaptive Card messages (schema 1.5, what Teams renders today). Long lists are
// split over several messages so each stays inside Teams' message size limit.
import type { Action, Field, Reply, Section, Text } from '../../src/reply/reply.ts'
import type { MentionEntity, OutboundActivity } from './activity.ts'
import { type CardElement, cardActivity, MAX_ACTIVITY_BYTES, textBlock, utf16Bytes } from './card-envelope.ts'
import { renderFormCard } from './form-card.ts'
import { imageUnits } from './image-card.ts'
import { type NameOf, renderText } from './text.ts'

/** How a reply's file is offered: a download link (a button), or why there is none. */
export type Download = { url: string; name: string } | { unavailable: string }

export interface RenderOptions {
  nameOf?: NameOf
  maxBytes?: number
  download?: Download
}

/** A piece of the card that is never split across messages (a heading, one item with its buttons). */
interface Unit {
  elements: CardElement[]
  plain: string[]
  mentions: MentionEntity[]
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
  // A picture larger than a page goes alone on the first message, the list after it.
  const units = [...imageUnits(reply), ...replyUnits(reply, nameOf)]
  const actions = reply.actions?.length ? reply.actions.map(submitAction) : undefined
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
  return paginate(units, withDownload, reply, options.maxBytes ?? MAX_ACTIVITY_BYTES, nameOf)
}

function replyUnits(reply: Reply, nameOf: NameOf): Unit[] {
  const units: Unit[] = []
  reply.text?.forEach((text, i) => {
    const attention = reply.status === 'rejected' && i === 0
    units.push(textUnit(text, nameOf, attention ? { color: 'Attention', weight: 'Bolder' } : {}))
  })
  if (reply.fields?.length) units.push(...factsUnits(reply.fields, nameOf))
  for (const section of reply.sections ?? []) units.push(...sectionUnits(section, nameOf))
  reply.footer?.forEach((text, i) => {
    units.push(textUnit(text, nameOf, i === 0 ? { separator: true, spacing: 'Medium' } : {}))
  })
  return units
}

function sectionUnits(section: Section, nameOf: NameOf): Unit[] {
  const units: Unit[] = []
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
    for (const item of section.items) {
      const unit = textUnit(item.text, nameOf, { spacing: 'Small' })
      if (item.actions?.length)
        unit.elements.push({ type: 'ActionSet', actions: item.actions.map(submitAction) })
      units.push(unit)
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

/** A button: pressing it sends { command } back, which runs as the presser through the core. */
export function submitAction(action: Action): CardElement {
  const style =
    action.style === 'primary' ? 'positive' : action.style === 'danger' ? 'destructive' : undefined
  return {
    type: 'Action.Submit',
    title: action.label,
    data: { command: action.command },
    ...(style ? { style } : {}),
  }
}

function paginate(
  units: Unit[],
  actions: CardElement[] | undefined,
  reply: Reply,
  maxBytes: number,
  nameOf: NameOf,
): OutboundActivity[] {
  const title = reply.title ? renderText(reply.title, nameOf) : undefined
  const pages: Unit[][] = [[]]
  // Fixed cost of a page: the envelope, the title (or its "continued" form) and the actions.
  const base =
    utf16Bytes(cardActivity([], [], [], actions, title?.plain)) + (title ? utf16Bytes(title) * 3 : 0)
  let used = base
  for (const unit of units) {
    const size = utf16Bytes(unit.elements) + utf16Bytes(unit.plain) + utf16Bytes(unit.mentions) * 2 + 16
    const page = pages[pages.length - 1]!
    if (page.length > 0 && used + size > maxBytes) {
      pages.push([unit])
      used = base + size
    } else {
      page.push(unit)
      used += size
    }
  }
  return pages.map((page, i) => {
    const last = i === pages.length - 1
    const head: Unit[] = []
    if (title) {
      const heading = i === 0 ? title.markdown : `${title.markdown} (continued, ${i + 1} of ${pages.length})`
      head.push({
        elements: [textBlock({ ...title, markdown: heading }, { size: 'Large', weight: 'Bolder' })],
        plain: [i === 0 ? title.plain : `${title.plain} (continued, ${i + 1} of ${pages.length})`],
        mentions: title.mentions,
      })
    } else if (pages.length > 1) {
      head.push({
        elements: [
          { type: 'TextBlock', text: `Part ${i + 1} of ${pages.length}`, isSubtle: true, wrap: true },
        ],
        plain: [`Part ${i + 1} of ${pages.length}`],
        mentions: [],
      })
    }
    const all = [...head, ...page]
    return cardActivity(
      all.flatMap((u) => u.elements),
      all.flatMap((u) => u.plain),
      dedupe(all.flatMap((u) => u.mentions)),
      last ? actions : undefined,
      title?.plain,
    )
  })
}

function dedupe(mentions: MentionEntity[]): MentionEntity[] {
  const seen = new Set<string>()
  return mentions.filter((m) => !seen.has(m.text) && seen.add(m.text))
}
