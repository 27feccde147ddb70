// The Teams door of `tickler serve`: off (404) without MicrosoftAppId even with Slack on, 401
// without a token when on, and in Emulator mode (TEAMS_EMULATOR=1) only this machine may call it
// or be called back. An unauthenticated `admins add` as an admin must store nothing.
import { EventEmitter } from 'node:events'
import { Writable } from 'node:stream'
import nock from 'nock'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { serveCommand } from '../../../adapters/cli/serve.ts'
import { openTickler } from '../../../src/app/open-tickler.ts'
import { loadConfig } from '../../../src/config/config.ts'
import { createLogger } from '../../../src/log/logger.ts'
import { answer } from '../../../src/reply/reply.ts'
import { MemoryStore } from '../../../src/store/memory-store.ts'
import { fixedClock } from '../../../src/time/clock.ts'
import { SECRET, Recorder as SlackRecorder } from '../slack/slack-harness.ts'
import { type Bot, JANE, personalMessage, type Recorder, startBot, startRecorder } from './helpers.ts'

const APP_ID = '0f6e3a52-7d1c-4a8e-9b57-2c1d4e5f6a7b'
/** TEST-NET-3: never routed. Nothing is sent there; nock stands in to prove no request is made. */
const REMOTE = 'http://203.0.113.9:3978'

let teams: Recorder
let slackApi: SlackRecorder

beforeAll(async () => {
  teams = await startRecorder()
  slackApi = new SlackRecorder()
  await slackApi.start()
})
afterAll(async () => {
  await teams.close()
  await slackApi.close()
})

/** `tickler serve` in this process (serve.ts and platforms.ts as the CLI runs them), Slack on. */
async function serve(env: Record<string, string>) {
  let out = ''
  const sink = new Writable({
    write(chunk, _encoding, done) {
      out += String(chunk)
      done()
    },
  })
  const config = loadConfig({
    PORT: '0',
    SLACK_BOT_TOKEN: 'xoxb-doors',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: `${slackApi.url}/api/`,
    TICKLER_ADMINS: JANE.aadObjectId,
    ...env,
  })
  const store = new MemoryStore()
  const app = await openTickler({
    config,
    clock: fixedClock('2027-01-15T09:00:00Z'),
    log: createLogger('info', sink),
    store,
  })
  const signals = new EventEmitter()
  const done = serveCommand(app, signals)
  while (!/"port":(\d+)/.test(out)) await new Promise((resolve) => setTimeout(resolve, 20))
  const port = Number(/"port":(\d+)/.exec(out)![1])
  return {
    store,
    log: () => out,
    post: (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      }),
    async stop() {
      signals.emit('SIGTERM', 'SIGTERM')
      await done
      await app.close()
    },
  }
}

describe('the Teams route of tickler serve', { timeout: 60_000 }, () => {
  const adminsAdd = () => personalMessage(teams.url, 'admins add 29:1mallory')

  it('is off (404) with Slack on and no MicrosoftAppId: an admin command from nobody stores nothing', async () => {
    const s = await serve({})
    try {
      const before = s.store.revision
      expect((await s.post(adminsAdd())).status).toBe(404)
      expect(s.store.revision).toBe(before)
      expect(s.log()).toContain('Teams is off: set MicrosoftAppId')
    } finally {
      await s.stop()
    }
  })

  it('answers 401 without a token when MicrosoftAppId is set, and stores nothing', async () => {
    const s = await serve({
      MicrosoftAppId: APP_ID,
      ToBotFromChannelOpenIdMetadataUrl: `${teams.url}/openid`,
    })
    try {
      const before = s.store.revision
      expect((await s.post(adminsAdd())).status).toBe(401)
      expect(s.store.revision).toBe(before)
    } finally {
      await s.stop()
    }
  })

  it('runs the same request in Emulator mode from this machine (so the two above are real refusals)', async () => {
    const s = await serve({ TEAMS_EMULATOR: '1' })
    try {
      const before = s.store.revision
      expect((await s.post(adminsAdd())).status).toBe(200)
      expect(s.store.revision).toBeGreaterThan(before)
    } finally {
      await s.stop()
    }
  })
})

describe('Emulator mode (TEAMS_EMULATOR=1)', { timeout: 60_000 }, () => {
  let bot: Bot
  afterEach(async () => {
    nock.cleanAll()
    await bot?.close()
  })

  it('refuses (403) a request from a peer off this machine and runs nothing; runs it from loopback', async () => {
    bot = await startBot({ env: { TICKLER_ADMINS: JANE.aadObjectId } })
    const before = teams.posts().length
    // No address but loopback is reachable here, so the accepted socket is given another peer
    // address: the route must judge by the socket, whatever the request says.
    const remote = (socket: { remoteAddress?: string }) =>
      Object.defineProperty(socket, 'remoteAddress', { value: '198.51.100.23', configurable: true })
    bot.server.server.prependListener('connection', remote)
    const refused = await bot.post(adminsAddFrom(teams.url), { 'x-forwarded-for': '127.0.0.1' })
    expect(refused.status).toBe(403)
    expect(bot.store.revision).toBe(0)
    expect(teams.posts().length).toBe(before)

    bot.server.server.off('connection', remote)
    // A new connection: fetch may have kept the one above alive.
    const ran = await bot.post(adminsAddFrom(teams.url), { connection: 'close' })
    expect(ran.status).toBe(200)
    expect(bot.store.revision).toBeGreaterThan(0)
    expect(teams.posts().length).toBeGreaterThan(before)
  })

  it('never contacts a serviceUrl off this machine: the request is refused (403) before the turn', async () => {
    bot = await startBot({ env: { TICKLER_ADMINS: JANE.aadObjectId } })
    const channel = nock(REMOTE).post(/.*/).reply(200, { id: 'x' })
    const response = await bot.post(adminsAddFrom(REMOTE))
    expect(response.status).toBe(403)
    expect(channel.isDone()).toBe(false)
    expect(bot.store.revision).toBe(0)
  })

  it('never posts a reminder to a stored conversation whose serviceUrl is off this machine', async () => {
    bot = await startBot()
    const channel = nock(REMOTE).post(/.*/).reply(200, { id: 'x' })
    await bot.store.transact({ who: 'test', at: bot.tickler.context.clock.now(), action: 'seed' }, (tx) => {
      tx.put('conversations', {
        id: 'teams:19:remote@thread.tacv2',
        platform: 'teams',
        reference: {
          serviceUrl: `${REMOTE}/`,
          channelId: 'msteams',
          conversation: { id: '19:remote@thread.tacv2' },
          bot: { id: '28:tickler-bot' },
        },
        updatedAt: '2027-01-15T09:00:00.000Z',
      })
    })
    const result = await bot.teams.notifier.post(
      'teams:19:remote@thread.tacv2',
      answer({ title: 'Renewal due' }),
    )
    expect(result.ok).toBe(false)
    expect(channel.isDone()).toBe(false)
  })
})

function adminsAddFrom(serviceUrl: string) {
  return personalMessage(serviceUrl, 'admins add 29:1mallory')
}
