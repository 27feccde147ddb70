// Which way Slack is wired, from configuration alone (nothing is started here).
import { describe, expect, it } from 'vitest'
import { connectSlack } from '../../../adapters/slack/connect.ts'
import { createRegistry } from '../../../src/commands/registry.ts'
import { loadConfig } from '../../../src/config/config.ts'
import { answer } from '../../../src/reply/reply.ts'
import { silentLogger } from '../../support/silent-logger.ts'

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
})
