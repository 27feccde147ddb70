// The Adaptive Card envelope every Teams message uses: schema version, size rule, one card per
// message with its plain-text fallback and mention entities.
import type { MentionEntity, OutboundActivity } from './activity.ts'
import type { Rendered } from './text.ts'

export const CARD_VERSION = '1.5'
export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive'
export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json'

/**
 * Teams counts a message's size in UTF-16 (documented limits have been 28-100 KB over time); 28 KB
 * of UTF-16 stays inside every one of them, mentions and fallback text included.
 */
export const MAX_ACTIVITY_BYTES = 28 * 1024

export type CardElement = Record<string, unknown>

/**
 * The activity summary is what a notification, the chat list and a screen reader show for a card
 * (without it Teams shows "Card"); kept to one short line.
 */
export const SUMMARY_MAX = 150

export function textBlock(rendered: Rendered, extra: CardElement = {}): CardElement {
  return { type: 'TextBlock', text: rendered.markdown, wrap: true, ...extra }
}

/** UTF-16 bytes of a JSON value, the way Teams measures a message. */
export function utf16Bytes(value: unknown): number {
  return JSON.stringify(value).length * 2
}

/**
 * One message carrying one Adaptive Card, with its plain-text fallback, mention entities and a
 * summary (the one given, else the card's first line of text).
 */
export function cardActivity(
  body: CardElement[],
  plain: string[],
  mentions: MentionEntity[],
  actions: CardElement[] | undefined,
  summary?: string,
): OutboundActivity {
  const msteams: Record<string, unknown> = { width: 'Full' }
  if (mentions.length > 0) msteams.entities = mentions
  const content: Record<string, unknown> = {
    type: 'AdaptiveCard',
    $schema: CARD_SCHEMA,
    version: CARD_VERSION,
    body,
    fallbackText: plain.join('\n'),
    msteams,
  }
  if (actions?.length) content.actions = actions
  return {
    type: 'message',
    summary: summaryOf(summary, plain),
    attachments: [{ contentType: CARD_CONTENT_TYPE, content }],
  }
}

function summaryOf(given: string | undefined, plain: string[]): string {
  const line = (given?.trim() || plain.find((p) => p.trim() !== '') || 'Tickler').split('\n')[0]!.trim()
  return line.length <= SUMMARY_MAX ? line : `${line.slice(0, SUMMARY_MAX - 1)}…`
}
