// A reply's picture (the renewals chart) inside the Adaptive Card, as an Image with a data URI and
// its alt text. Teams documents a bot message limit of 100 KB (older pages: 40 KB) of UTF-16 text,
// base64 images not counted. The picture's message keeps its text inside the 28 KB every message
// keeps (card-envelope.ts) and its whole body as sent, image included, under 100 KB, so it is
// accepted under any of those readings. A larger picture is not sent: the card says so, and the
// reply's list carries the same facts.
import type { Reply } from '../../src/reply/reply.ts'
import type { MentionEntity } from './activity.ts'
import type { CardElement } from './card-envelope.ts'

export const IMAGE_ACTIVITY_MAX_BYTES = 100 * 1024
/** The envelope, title and fallback text around the picture, generously (UTF-16: 2 bytes a character). */
const AROUND_IMAGE = 8 * 1024

interface ImageUnit {
  elements: CardElement[]
  plain: string[]
  mentions: MentionEntity[]
}

export function imageUnits(reply: Reply): ImageUnit[] {
  const file = reply.attachment
  if (file?.mediaType !== 'image/png' || reply.status !== 'ok') return []
  const image: CardElement = {
    type: 'Image',
    url: `data:image/png;base64,${Buffer.from(file.content).toString('base64')}`,
    altText: file.alt,
    size: 'Stretch',
    msteams: { allowExpand: true },
  }
  // Base64 is ASCII: one byte a character as sent.
  if (JSON.stringify(image).length + AROUND_IMAGE > IMAGE_ACTIVITY_MAX_BYTES) {
    const kb = Math.ceil(file.content.length / 1024)
    const text = `The chart (${kb} KB) is too large to show in Teams; the list below has the same facts.`
    return [
      { elements: [{ type: 'TextBlock', text, wrap: true, isSubtle: true }], plain: [text], mentions: [] },
    ]
  }
  return [{ elements: [image], plain: [file.alt], mentions: [] }]
}
