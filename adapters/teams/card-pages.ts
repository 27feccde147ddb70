// Spreading a reply's card units over messages: each inside Teams' size limit, the title (or
// "Part i of n") on every one, the buttons on the last; past `maxMessages` the last ends with the
// shared "N more lines" note (long-answer.ts) instead of posting every page.
import type { Reply } from '../../src/reply/reply.ts'
import { capPages } from '../long-answer.ts'
import type { MentionEntity, OutboundActivity } from './activity.ts'
import { type CardElement, cardActivity, SUMMARY_MAX, textBlock, utf16Bytes } from './card-envelope.ts'
import { type NameOf, renderText } from './text.ts'

/** A piece of the card that is never split across messages (a heading, one item with its buttons). */
export interface Unit {
  elements: CardElement[]
  plain: string[]
  mentions: MentionEntity[]
  /** Listed rows it carries (1 for an item), counted in the "N more lines" note. */
  rows?: number
}

export interface PageLimits {
  maxBytes: number
  maxMessages: number
  /** The closing note of a capped answer, given how many rows it left out. */
  note: (leftOut: number) => Unit
  /** Rows left out before they were made into units (card.ts stops past the cap). */
  unrenderedRows?: number
}

export function paginate(
  units: Unit[],
  actions: CardElement[] | undefined,
  reply: Reply,
  nameOf: NameOf,
  limits: PageLimits,
): OutboundActivity[] {
  const pages = pageUnits(units, actions, reply, limits.maxBytes, nameOf)
  if (pages.length <= limits.maxMessages) return renderPages(pages, actions, reply, nameOf)
  // Sized with a count larger than any real one, so the real note fits where this one does.
  const noteSize = unitSize(limits.note(9_999_999))
  const base = pages[0]!.base
  const capped = capPages(
    pages.map((p) => p.units),
    limits.maxMessages,
    (u) => u.rows ?? 0,
    (page) => pageSize(page, base) + noteSize <= limits.maxBytes,
  )
  capped.pages[capped.pages.length - 1]!.push(limits.note(capped.leftOut + (limits.unrenderedRows ?? 0)))
  const kept = capped.pages.map((units) => ({ units, base }))
  return renderPages(kept, actions, reply, nameOf)
}

interface Page {
  units: Unit[]
  /** Fixed cost of a page: the envelope, the title (or its "continued" form) and the actions. */
  base: number
}

export function unitSize(unit: Unit): number {
  return utf16Bytes(unit.elements) + utf16Bytes(unit.plain) + utf16Bytes(unit.mentions) * 2 + 16
}

function pageSize(units: Unit[], base: number): number {
  return units.reduce((n, u) => n + unitSize(u), base)
}

function pageUnits(
  units: Unit[],
  actions: CardElement[] | undefined,
  reply: Reply,
  maxBytes: number,
  nameOf: NameOf,
): Page[] {
  const title = reply.title ? renderText(reply.title, nameOf) : undefined
  // An untitled page's summary is its first line, up to SUMMARY_MAX characters.
  const base =
    utf16Bytes(cardActivity([], [], [], actions, title?.plain)) +
    (title ? utf16Bytes(title) * 3 : SUMMARY_MAX * 2)
  const pages: Page[] = [{ units: [], base }]
  let used = base
  for (const unit of units) {
    const size = unitSize(unit)
    const page = pages[pages.length - 1]!
    if (page.units.length > 0 && used + size > maxBytes) {
      pages.push({ units: [unit], base })
      used = base + size
    } else {
      page.units.push(unit)
      used += size
    }
  }
  return pages
}

function renderPages(
  pages: Page[],
  actions: CardElement[] | undefined,
  reply: Reply,
  nameOf: NameOf,
): OutboundActivity[] {
  const title = reply.title ? renderText(reply.title, nameOf) : undefined
  return pages.map(({ units: page }, i) => {
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
