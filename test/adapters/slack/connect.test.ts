// Which way Slack is wired, from configuration alone (nothing is started here).
import { Writable } from 'node:stream'
import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { connectSlack } from '../../../adapters/slack/connect.ts'
import { requiredBotScopes } from '../../../adapters/slack/scopes.ts'
import { createRegistry } from '../../../src/commands/registry.ts'
import { loadConfig } from '../../../src/config/config.ts'
import { answer } from '../../../src/reply/reply.ts'
import { silentLogger } from '../../support/silent-logger.ts'
import { Recorder, SECRET } from './slack-harness.ts'

const tickler = {
  registry: createRegistry([]),
  run: async () => answer({ text: ['x'] }),
  requestKeys: { seen: async () => false },
}

describe('connectSlack', () => {
  it.each([
    [{}, 'off', false],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }, 'http', true],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }, 'socket', false],
  ] as const)('%j → %s', (env, mode, hasRoute) => {
    const slack = connectSlack({ config: loadConfig(env), log: silentLogger, tickler })
    expect(slack.mode).toBe(mode)
    expect(slack.handle !== undefined).toBe(hasRoute)
  })

  it('refuses a set but empty signing secret at configuration time', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: '' })).toThrow(
      /SLACK_SIGNING_SECRET/,
    )
  })

  it.each([
    { granted: requiredBotScopes().filter((s) => s !== 'users:read.email'), missing: ['users:read.email'] },
    { granted: requiredBotScopes(), missing: undefined },
  ])('names at start the scopes the token lacks: $missing', async ({ granted, missing }) => {
    const recorder = new Recorder()
    await recorder.start()
    recorder.responders.push((call) =>
      call.path === '/api/auth.test'
        ? {
            headers: { 'x-oauth-scopes': granted.join(',') },
            json: { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' },
          }
        : undefined,
    )
    const lines: { msg: string; missing?: string[] }[] = []
    const log = pino(
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(JSON.parse(String(chunk)))
          done()
        },
      }),
    )
    const env = {
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: `${recorder.url}/api/`,
    }
    const slack = connectSlack({ config: loadConfig(env), log, tickler })
    await slack.start()
    await slack.stop()
    await recorder.close()
    expect(lines.find((l) => l.msg.includes('lacks scopes'))?.missing).toEqual(missing)
  })
})
