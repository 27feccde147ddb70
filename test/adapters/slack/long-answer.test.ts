// A long answer to a Slack DM or @mention over real HTTP: as on the slash-command path, at most
// MAX_MESSAGES messages, the last ending with the "N more lines" note that counts exactly the rows
// not shown, instead of one post per page of a 2,000-row list.
import { Temporal } from 'temporal-polyfill'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_MESSAGES } from '../../../adapters/long-answer.ts'
import { generateRegister, writeRegister } from '../../../bench/generate.ts'
import { allCommands } from '../../../src/app/command-table.ts'
import { MemoryStore } from '../../support/memory-store.ts'
import { eventBody, type Harness, postEvent, type Recorded, startHarness } from './slack-harness.ts'

const NOW = Temporal.Instant.from('2026-11-25T10:00:00Z')
let h: Harness
let total = 0

beforeAll(async () => {
  const store = new MemoryStore()
  await writeRegister(store, generateRegister({ vendors: 2000, now: NOW }), NOW)
  h = await startHarness(allCommands, {}, { store })
  const reply = await h.tickler.run({
    text: 'renewals 365 days',
    user: 'U1',
    platform: 'slack',
    workspace: 'T1',
    channel: 'slack:T1:D1',
  })
  total = (reply.sections ?? []).reduce((n, s) => n + (s.items?.length ?? 0), 0)
})
afterAll(async () => {
  await h?.close()
})

type Block = { type: string; text?: { text: string }; elements?: { text: string }[] }

function blocksOf(call: Recorded): Block[] {
  const blocks = call.body.blocks
  return (typeof blocks === 'string' ? JSON.parse(blocks) : blocks) as Block[]
}

/** Posts to `path` once the one carrying the note has arrived (the note closes the answer). */
async function answerAt(path: string): Promise<Recorded[]> {
  const isNote = (c: Recorded) => JSON.stringify(c.body.blocks).includes('not shown here')
  while (!h.recorder.of(path).some(isNote)) await h.recorder.waitFor(path, h.recorder.of(path).length + 1)
  return h.recorder.of(path)
}

function expectCapped(posts: Recorded[]): void {
  expect(posts).toHaveLength(MAX_MESSAGES)
  const rows = posts
    .flatMap(blocksOf)
    .filter((b) => b.type === 'section' && b.text)
    .flatMap((b) => b.text!.text.split('\n'))
    .filter((line) => line.startsWith('• '))
  expect(total).toBeGreaterThan(rows.length)
  const note = blocksOf(posts.at(-1)!).find((b) => b.type === 'context')!
  expect(note.elements![0]!.text).toMatch(
    new RegExp(
      `^… and ${total - rows.length} more lines not shown here\\. Narrow the request to see them, e\\.g\\. "renewals next 30 days`,
    ),
  )
}

describe('a long Slack answer to a message', () => {
  it('in a DM is capped at six messages with the note', async () => {
    const event = { type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', ts: '1.1' }
    await postEvent(h, eventBody('EvLongDm', { ...event, text: 'renewals 365 days' }))
    expectCapped(await answerAt('/api/chat.postMessage'))
  })

  it('to an @mention is capped the same way', async () => {
    const event = { type: 'app_mention', channel: 'C7', user: 'U1', ts: '2.2' }
    await postEvent(h, eventBody('EvLongMention', { ...event, text: '<@UBOT> renewals 365 days' }))
    expectCapped(await answerAt('/api/chat.postEphemeral'))
  })
})
