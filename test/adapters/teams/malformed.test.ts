// Any malformed body on POST /api/messages gets a 4xx, never a 5xx, and runs nothing: not JSON,
// not an activity, or an activity (past authentication, here Emulator mode on loopback) whose
// conversation, sender or serviceUrl is missing or of the wrong type.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testCommands } from './commands.ts'
import { type Bot, personalMessage, type Recorder, startBot, startRecorder } from './helpers.ts'

let recorder: Recorder
let bot: Bot

beforeAll(async () => {
  recorder = await startRecorder()
  bot = await startBot({ commands: testCommands })
})
afterAll(async () => {
  await bot.close()
  await recorder.close()
})

const good = () => personalMessage(recorder.url, 'bump')
const rows: [string, () => unknown][] = [
  ['null', () => 'null'],
  ['a list', () => '[]'],
  ['a string', () => '"x"'],
  ['a number', () => '1'],
  ['not JSON', () => '{"type":'],
  ['empty', () => ''],
  ['no type', () => ({ ...good(), type: undefined })],
  ['an empty type', () => ({ ...good(), type: '' })],
  ['a numeric type', () => ({ ...good(), type: 5 })],
  ['no conversation', () => ({ ...good(), conversation: undefined })],
  ['conversation null', () => ({ ...good(), conversation: null })],
  ['conversation a string', () => ({ ...good(), conversation: 'a:1' })],
  ['conversation id a number', () => ({ ...good(), conversation: { id: 5 } })],
  ['no sender', () => ({ ...good(), from: undefined })],
  ['sender a list', () => ({ ...good(), from: [] })],
  ['sender id empty', () => ({ ...good(), from: { id: '' } })],
  ['no serviceUrl', () => ({ ...good(), serviceUrl: undefined })],
  ['serviceUrl a number', () => ({ ...good(), serviceUrl: 5 })],
  ['serviceUrl not a URL', () => ({ ...good(), serviceUrl: 'here' })],
  ['text a number', () => ({ ...good(), text: 5 })],
  ['entities a string', () => ({ ...good(), entities: 'x' })],
  ['an entity null', () => ({ ...good(), entities: [null] })],
  ['membersAdded a string', () => ({ ...good(), type: 'conversationUpdate', membersAdded: 'bot' })],
  ['channelData a string', () => ({ ...good(), channelData: 'x' })],
  ['recipient a number', () => ({ ...good(), recipient: 7 })],
]

describe('malformed Teams bodies', () => {
  it.each(rows)('%s: 4xx, nothing run or stored', async (_name, body) => {
    const value = body()
    const response = await bot.post(typeof value === 'string' ? value : JSON.stringify(value))
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(bot.store.revision).toBe(0)
    expect(recorder.posts()).toHaveLength(0)
  })

  it('still runs the well-formed activity the rows were made from', async () => {
    expect((await bot.post(good())).status).toBe(200)
    expect(recorder.posts().length).toBeGreaterThan(0)
  })
})
