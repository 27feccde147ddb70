import { describe, expect, it } from 'vitest'
import { terminalRequest } from '../../adapters/cli/terminal-request.ts'
import { openTickler } from '../../src/app/open-tickler.ts'
import { loadConfig } from '../../src/config/config.ts'
import { silentLogger } from '../../src/log/logger.ts'
import { plain } from '../../src/reply/reply.ts'
import { MemoryStore } from '../../src/store/memory-store.ts'
import { fixedClock } from '../../src/time/clock.ts'

async function app(env: Record<string, string> = {}) {
  return openTickler({
    config: loadConfig(env),
    clock: fixedClock('2027-01-15T10:00:00Z'),
    log: silentLogger,
    store: new MemoryStore(),
  })
}

const slack = (user: string, text: string) => ({
  text,
  user,
  platform: 'slack' as const,
  workspace: 'T1',
  channel: 'slack:T1:C1',
})

function allText(reply: { text?: unknown[]; sections?: { items?: { text: unknown }[] }[] }): string {
  const lines = (reply.text ?? []).map((t) => plain(t as never))
  for (const s of reply.sections ?? []) for (const i of s.items ?? []) lines.push(plain(i.text as never))
  return lines.join('\n')
}

describe('admins', () => {
  it('lets the terminal add an admin, who may then add another; others are refused and told who may', async () => {
    const t = await app({ TICKLER_ADMINS: 'U0BOSS' })
    expect((await t.run(terminalRequest('admins add U0NORTH'))).status).toBe('ok')
    expect((await t.run(slack('U0NORTH', 'admins add <@U0SOUTH|south>'))).status).toBe('ok')
    const refused = await t.run(slack('U0RANDOM', 'admins add U0RANDOM'))
    expect(refused.status).toBe('rejected')
    expect(allText(refused)).toContain('Only Tickler admins may add admins')
    expect(t.context.store.get('admins', 'U0RANDOM')).toBeUndefined()

    const list = allText(await t.run(slack('U0RANDOM', 'admins')))
    expect(list).toContain('U0BOSS (TICKLER_ADMINS)')
    expect(list).toContain('U0NORTH (added by terminal')
    expect(list).toContain('U0SOUTH (added by U0NORTH')
  })

  it('refuses to remove a configured admin or a non-admin, and removes an added one', async () => {
    const t = await app({ TICKLER_ADMINS: 'U0BOSS' })
    await t.run(terminalRequest('admins add U0NORTH'))
    const configured = await t.run(slack('U0BOSS', 'admins remove U0BOSS'))
    expect(allText(configured)).toContain('through TICKLER_ADMINS')
    const unknown = await t.run(slack('U0BOSS', 'admins remove U0NOBODY'))
    expect(allText(unknown)).toContain('U0NOBODY is not an admin')
    const before = t.context.store.revision
    expect(configured.status).toBe('rejected')
    expect(t.context.store.revision).toBe(before)
    expect((await t.run(slack('U0BOSS', 'admins remove U0NORTH'))).status).toBe('ok')
    expect(t.context.store.get('admins', 'U0NORTH')).toBeUndefined()
  })

  it('asks for exactly one user', async () => {
    const t = await app()
    const reply = await t.run(terminalRequest('admins add'))
    expect(reply.status).toBe('rejected')
    expect(allText(reply)).toContain('Give exactly one user')
  })
})
