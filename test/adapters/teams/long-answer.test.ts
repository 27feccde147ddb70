// A long answer in Teams over real HTTP: `renewals 365 days` on a large register is sent as at
// most MAX_MESSAGES cards, the last ending with the "N more lines" note that counts exactly the
// rows not shown and says how to narrow the request; every card carries a summary.
import { Temporal } from 'temporal-polyfill'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_MESSAGES } from '../../../adapters/long-answer.ts'
import { MAX_ACTIVITY_BYTES, utf16Bytes } from '../../../adapters/teams/card-envelope.ts'
import { generateRegister, writeRegister } from '../../../bench/generate.ts'
import { MemoryStore } from '../../support/memory-store.ts'
import {
  type Bot,
  cardOf,
  personalMessage,
  type Recorder,
  startBot,
  startRecorder,
  TENANT,
} from './helpers.ts'

const NOW = Temporal.Instant.from('2027-01-15T09:00:00Z')

let recorder: Recorder
let bot: Bot
let store: MemoryStore

beforeAll(async () => {
  store = new MemoryStore()
  await writeRegister(store, generateRegister({ vendors: 1000, now: NOW }), NOW)
  recorder = await startRecorder()
  bot = await startBot({ store })
})
afterAll(async () => {
  await bot?.close()
  await recorder?.close()
})

/** Every TextBlock of a card, with its spacing (list rows are the "Small" ones). */
function blocks(card: Record<string, unknown>): { text: string; spacing?: string }[] {
  return (card.body as { type: string; text?: string; spacing?: string }[])
    .filter((b) => b.type === 'TextBlock')
    .map((b) => ({ text: b.text ?? '', spacing: b.spacing }))
}

describe('a long Teams answer', () => {
  it('is capped at six cards with a note counting the rows left out', async () => {
    const reply = await bot.tickler.run({
      text: 'renewals 365 days',
      user: 'someone',
      platform: 'teams',
      workspace: TENANT,
      channel: 'teams:x',
    })
    const total = (reply.sections ?? []).reduce((n, s) => n + (s.items?.length ?? 0), 0)

    await bot.post(personalMessage(recorder.url, 'renewals 365 days'))
    const posts = recorder.posts()
    expect(posts).toHaveLength(MAX_MESSAGES)
    const rows = posts.flatMap((p) => blocks(cardOf(p)).filter((b) => b.spacing === 'Small'))
    // The register must overflow for this test to mean anything.
    expect(total).toBeGreaterThan(rows.length)
    const note = blocks(cardOf(posts.at(-1)!)).at(-1)!.text
    expect(note).toBe(
      `… and ${total - rows.length} more lines not shown here. Narrow the request to see them, e.g. "renewals next 30 days tier critical" (or owner, kind, over 100000).`,
    )
    for (const post of posts) {
      expect(utf16Bytes(post.body)).toBeLessThanOrEqual(MAX_ACTIVITY_BYTES)
      expect(post.body.summary).toMatch(/^Renewals/)
    }
  })
})
