import { describe, expect, it } from 'vitest'
import { openTickler } from '../../src/app/open-tickler.ts'
import type { Command } from '../../src/commands/command.ts'
import { loadConfig } from '../../src/config/config.ts'
import { silentLogger } from '../../src/log/logger.ts'
import { answer } from '../../src/reply/reply.ts'
import { MemoryStore } from '../../src/store/memory-store.ts'
import { fixedClock } from '../../src/time/clock.ts'

const echo: Command = {
  name: 'echo',
  usage: 'echo <text>',
  summary: 'Repeats the text',
  examples: ['echo hi'],
  writes: false,
  handler: (request) => answer({ text: [`${request.args}|${request.requestId}|${request.user}`] }),
}

function echoApp() {
  return openTickler({
    config: loadConfig({}),
    clock: fixedClock('2027-01-15T00:00:00Z'),
    log: silentLogger,
    store: new MemoryStore(),
    commands: [echo],
  })
}

describe('openTickler', () => {
  it('dispatches through the registry and makes a request id when none is given', async () => {
    const app = await echoApp()
    const reply = await app.run({ text: 'echo hello', user: 'terminal', platform: 'terminal' })
    const [args, id, user] = String(reply.text?.[0]).split('|')
    expect(args).toBe('hello')
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(user).toBe('terminal')
    const given = await app.run({ text: 'echo x', user: 'u', platform: 'terminal', requestId: 'r1' })
    expect(String(given.text?.[0])).toBe('x|r1|u')
    expect(app.context.commands.map((c) => c.name)).toEqual(['echo'])
    await app.close()
  })

  it('answers an unknown command with a rejection', async () => {
    const app = await echoApp()
    const reply = await app.run({ text: 'frobnicate', user: 'terminal', platform: 'terminal' })
    expect(reply.status).toBe('rejected')
  })
})
