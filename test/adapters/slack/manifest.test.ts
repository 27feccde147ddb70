// manifest.yml must parse and declare exactly the slash commands the adapter handles, and the
// running Slack listener must answer those and no others.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { SLASH_COMMANDS } from '../../../adapters/slack/inbound.ts'
import { allCommands } from '../../../src/app/command-table.ts'
import { type Harness, postSlack, slashBody, startHarness } from './slack-harness.ts'

interface Manifest {
  features: {
    bot_user: { display_name: string }
    slash_commands: { command: string; url: string; description: string }[]
  }
  oauth_config: { scopes: { bot: string[] } }
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] }
    interactivity: { is_enabled: boolean; request_url: string }
    socket_mode_enabled: boolean
  }
}

const manifest = parse(readFileSync(new URL('../../../manifest.yml', import.meta.url), 'utf8')) as Manifest

describe('manifest.yml', () => {
  it('declares the slash commands the code registers, all pointing at /slack/events', () => {
    const declared = manifest.features.slash_commands.map((c) => c.command)
    expect([...declared].sort()).toEqual([...SLASH_COMMANDS].sort())
    for (const c of manifest.features.slash_commands) {
      expect(c.url).toMatch(/\/slack\/events$/)
      expect(c.description.length).toBeGreaterThan(0)
      expect(c.description.length).toBeLessThanOrEqual(100)
    }
  })

  it('has the bot user, interactivity, the events and scopes the adapter uses', () => {
    expect(manifest.features.bot_user.display_name).toBe('Tickler')
    expect(manifest.settings.interactivity.is_enabled).toBe(true)
    expect(manifest.settings.interactivity.request_url).toMatch(/\/slack\/events$/)
    expect(manifest.settings.event_subscriptions.request_url).toMatch(/\/slack\/events$/)
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(['app_mention', 'message.im'])
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining([
        'commands',
        'chat:write',
        'users:read',
        'im:history',
        'app_mentions:read',
        'files:write',
      ]),
    )
    expect(manifest.settings.socket_mode_enabled).toBe(false)
  })
})

describe('the slash listener, over HTTP through Bolt', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness(allCommands)
  })
  afterAll(() => h.close())

  it('answers every command the manifest declares', async () => {
    const declared = manifest.features.slash_commands.map((c) => c.command)
    expect([...declared].sort()).toEqual(['/renewals', '/risk', '/sla', '/tickler', '/vendor', '/vendors'])
    for (const command of declared) {
      const response = await postSlack(h, slashBody(h, command, 'help'))
      expect(response.status, command).toBe(200)
      await response.body?.cancel()
    }
  })

  // No listener acknowledges it, so Bolt's unhandled-request timer answers 404 after 3 s.
  it('answers nothing for a command the manifest does not declare', async () => {
    const response = await postSlack(h, slashBody(h, '/contract', 'list'))
    expect(response.status).toBe(404)
    expect(h.store.revision).toBe(0)
  }, 10_000)
})
