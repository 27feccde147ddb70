// `renewals chart` over Teams (SPEC §13): the first message's Adaptive Card carries the PNG as an
// Image with a data URI and alt text, and the whole activity, image included, stays under the
// documented bot message limit; the list follows. A picture too large for that is not sent: the
// card says so and the list carries the facts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { renderReply } from '../../../adapters/teams/card.ts'
import { MAX_ACTIVITY_BYTES } from '../../../adapters/teams/card-envelope.ts'
import { IMAGE_ACTIVITY_MAX_BYTES } from '../../../adapters/teams/image-card.ts'
import { loadDemo } from '../../../src/import/demo.ts'
import { answer } from '../../../src/reply/reply.ts'
import { MemoryStore } from '../../support/memory-store.ts'
import { decodePng } from '../../support/png.ts'
import {
  type Bot,
  cardOf,
  personalMessage,
  type Recorder,
  startBot,
  startRecorder,
  texts,
} from './helpers.ts'

let recorder: Recorder
let bot: Bot

beforeEach(async () => {
  recorder = await startRecorder()
  const store = new MemoryStore()
  bot = await startBot({ store, now: '2026-12-07T10:00:00Z' })
  const { clock, config } = bot.tickler.context
  await loadDemo(store, { who: 'demo', at: clock.now(), zone: config.TICKLER_TIMEZONE, maxBytes: 5_000_000 })
})

afterEach(async () => {
  await bot.close()
  await recorder.close()
})

function images(card: Record<string, unknown>): Record<string, unknown>[] {
  return (card.body as Record<string, unknown>[]).filter((e) => e.type === 'Image')
}

describe('renewals chart over Teams', { timeout: 60_000 }, () => {
  it('shows the PNG in the card as a data URI image with alt text, under the size limit', async () => {
    const response = await fetch(`${bot.url}${bot.teams.route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(personalMessage(recorder.url, 'renewals chart')),
    })
    expect(response.status).toBe(200)
    // The picture is a message of its own, the list the next one (a typing indicator may come first).
    const messages = () => recorder.posts().filter((p) => p.body.type === 'message')
    await expect.poll(() => messages().length).toBeGreaterThanOrEqual(2)
    const posts = messages()
    const first = cardOf(posts[0]!)
    expect(texts(first)[0]).toBe('Renewals chart: next 90 days (2026-12-07 to 2027-03-07)')
    const [image] = images(first)
    const url = String(image!.url)
    expect(url.startsWith('data:image/png;base64,')).toBe(true)
    const png = await decodePng(Buffer.from(url.slice('data:image/png;base64,'.length), 'base64'))
    expect(png.width).toBeGreaterThanOrEqual(800)
    expect(String(image!.altText)).toMatch(/^Bar chart, Renewals chart: next 90 days/)
    // Each message as sent is under 100 KB with the image; its text, measured as Teams does (UTF-16,
    // base64 image left out), is under the 28 KB every message keeps.
    for (const post of posts) {
      expect(Buffer.byteLength(JSON.stringify(post.body))).toBeLessThan(IMAGE_ACTIVITY_MAX_BYTES)
      const withoutImage = JSON.stringify(post.body).replace(/data:image\/png;base64,[A-Za-z0-9+/=]+/, '')
      expect(withoutImage.length * 2).toBeLessThan(MAX_ACTIVITY_BYTES)
    }
    // The facts in words follow the picture.
    const words = posts.flatMap((p) => texts(cardOf(p)))
    expect(words).toContain('What the chart shows')
    expect(words.some((t) => t.includes('Contoso Cloud Services — Cloud hosting: notice deadline'))).toBe(
      true,
    )
  })

  it('sends no image larger than the limit: the card says the chart is too large', () => {
    const big = new Uint8Array(IMAGE_ACTIVITY_MAX_BYTES).map((_, i) => (i * 7919) % 251)
    const reply = answer({
      title: 'Renewals chart: next 365 days (2026-12-07 to 2027-12-07)',
      sections: [
        { heading: 'What the chart shows', items: [{ text: 'Contoso — Hosting: notice deadline' }] },
      ],
      attachment: {
        name: 'renewals-chart-2026-12-07.png',
        mediaType: 'image/png',
        content: big,
        alt: 'Bar chart',
        width: 960,
        height: 2000,
        asOf: '2026-12-07T10:00:00Z',
      },
    })
    const activities = renderReply(reply)
    const cards = activities.map((a) => a.attachments![0]!.content as Record<string, unknown>)
    expect(cards.flatMap(images)).toEqual([])
    expect(cards.flatMap(texts)).toContain(
      `The chart (${IMAGE_ACTIVITY_MAX_BYTES / 1024} KB) is too large to show in Teams; the list below has the same facts.`,
    )
    expect(cards.flatMap(texts)).toContain('Contoso — Hosting: notice deadline')
  })
})
