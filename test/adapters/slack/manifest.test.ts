// manifest.yml must parse and declare exactly the slash commands the adapter handles, and the
// running Slack listener must answer those and no others.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { SLASH_COMMANDS } from '../../../adapters/slack/inbound.ts'
import { EVENT_SCOPES, METHOD_SCOPES, requiredBotScopes } from '../../../adapters/slack/scopes.ts'
import { allCommands } from '../../../src/app/command-table.ts'
import { type Harness, postSlack, slashBody, startHarness } from './slack-harness.ts'

interface Manifest {
  features: {
    bot_user: { display_name: string }
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean }
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

/** Every Web API method the one Slack SDK module calls: `client.<family>.<method>(`. */
function methodsCalled(): string[] {
  const source = readFileSync(new URL('../../../adapters/slack/bolt.ts', import.meta.url), 'utf8')
  return [
    ...new Set([...source.matchAll(/\bclient\.([a-z]+)\.([A-Za-z0-9]+)\(/g)].map((m) => `${m[1]}.${m[2]}`)),
  ].sort()
}

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

  it('has the bot user, interactivity, the Home tab and the events the adapter listens to', () => {
    expect(manifest.features.bot_user.display_name).toBe('Tickler')
    expect(manifest.features.app_home.home_tab_enabled).toBe(true)
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true)
    expect(manifest.settings.interactivity.is_enabled).toBe(true)
    expect(manifest.settings.interactivity.request_url).toMatch(/\/slack\/events$/)
    expect(manifest.settings.event_subscriptions.request_url).toMatch(/\/slack\/events$/)
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(
      ['app_home_opened', 'app_mention', 'message.im'].sort(),
    )
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(
      Object.keys(EVENT_SCOPES).sort(),
    )
    expect(manifest.settings.socket_mode_enabled).toBe(false)
  })

  it('lists every Web API method the adapter calls with its scopes', () => {
    expect(methodsCalled()).toEqual(Object.keys(METHOD_SCOPES).sort())
    expect(methodsCalled()).toContain('views.publish')
  })

  it('asks for exactly the bot scopes those methods, events and slash commands need', () => {
    const asked = [...manifest.oauth_config.scopes.bot].sort()
    const missing = requiredBotScopes().filter((scope) => !asked.includes(scope))
    const unused = asked.filter((scope) => !requiredBotScopes().includes(scope))
    expect({ missing, unused }).toEqual({ missing: [], unused: [] })
    expect(asked).toEqual([
      'app_mentions:read',
      'chat:write',
      'chat:write.public',
      'commands',
      'files:write',
      'im:history',
      'users:read',
      'users:read.email',
    ])
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
